package org.factdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.factdesk.assist.cli.AssistCommand;
import org.factdesk.importing.cli.ExtractCommand;
import org.factdesk.importing.cli.ImportCommand;
import org.factdesk.operations.BackupCommand;
import org.factdesk.operations.CommandChannel;
import org.factdesk.operations.RestoreCommand;
import org.factdesk.report.cli.ExportCommand;
import org.factdesk.revision.cli.NewVersionCommand;
import org.factdesk.segmentation.SegmentCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Starts the web application, or runs a command-line tool of the same jar without starting
 * the web server (for example {@code java -jar factdesk.jar segment FILE} or {@code export ...}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("factdesk/styles.css")
public class Application implements AppShellConfigurator {

    private static final String VAADIN_WEB_AUTO_CONFIGURATION = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private static final Map<String, Object> COMMAND_DEFAULTS = Map.of(
            "logging.level.root", "warn",
            // A command reports a failed start in one line; these loggers would repeat it as stack traces.
            "logging.level.org.springframework.boot.SpringApplication", "off",
            "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off",
            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "off",
            "logging.level.com.zaxxer.hikari.pool.HikariPool", "off",
            // Flyway warns on every start that H2 is newer than the version it was verified with, and PDFBox
            // for every PDF that the system lacks the Symbol base font (the reports embed DejaVu Sans).
            "logging.level.org.flywaydb.core.internal.database.base.Database", "error",
            "logging.level.org.apache.pdfbox.pdmodel.font.PDType1Font", "error");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(runCommand(args[0], Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("segment", "extract", "export", "backup",
            "restore", "import", "assist");

    /**
     * Runs a command-line tool. Whatever goes wrong ends in one line on stderr and a non-zero exit code,
     * never a stack trace: running out of memory on a huge input included.
     */
    static int runCommand(String name, List<String> args) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        try {
            return switch (name) {
                case "segment" -> SegmentCommand.run(args, System.in, System.out, System.err);
                case "extract" -> ExtractCommand.runAlone(args, System.out, System.err);
                case "assist" -> AssistCommand.runAlone(args, System.out, System.err);
                case "export" -> CommandChannel.runInApp(dataDirectory(), name, args, System.out, System.err)
                        .orElseGet(() -> ExportCommand.run(args, workingDirectory, Application::startForCommand,
                                System.out, System.err));
                case "backup" -> CommandChannel.runInApp(dataDirectory(), name, args, System.out, System.err)
                        .orElseGet(() -> BackupCommand.run(args, workingDirectory, Application::startForCommand,
                                System.out, System.err));
                case "restore" -> RestoreCommand.run(args, workingDirectory, System.out, System.err);
                // A new version of an article (ADR 0029) is the revision feature's command, same channel.
                case "import" -> NewVersionCommand.handles(args) ? NewVersionCommand.run(args, workingDirectory,
                        (command, commandArgs, attachment, out, err) -> CommandChannel.runInApp(dataDirectory(), command,
                                commandArgs, attachment, out, err),
                        Application::startForCommand, System.out, System.err)
                        // The import sends each file it read itself to a running app, one request per input.
                        : ImportCommand.run(args, workingDirectory, (command, commandArgs, attachment, out, err) ->
                                CommandChannel.runInApp(dataDirectory(), command, commandArgs, attachment, out, err),
                        Application::startForCommand, System.out, System.err);
                default -> throw new IllegalArgumentException(name);
            };
        } catch (OutOfMemoryError e) {
            System.err.println("factdesk " + name + ": out of memory (the input is too large for "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of heap; give more with java -Xmx…)");
            return 1;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("factdesk " + name + ": failed: " + (root.getMessage() == null
                    ? root.getClass().getSimpleName() : root.getMessage().strip().lines().findFirst().orElse("")));
            return 1;
        }
    }

    /** The data directory as the app sees it (system property, environment, default), for the command channel. */
    private static Path dataDirectory() {
        String configured = System.getProperty("factdesk.data-dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("FACTDESK_DATA_DIR");
        }
        return Path.of(configured == null || configured.isBlank() ? "./data" : configured).toAbsolutePath();
    }

    /**
     * The application without the web server, for a command that works on the database: same
     * configuration (data directory, datasource, Flyway), no start-up data, quiet. These are
     * defaults, so the environment can still override them (e.g. {@code LOGGING_LEVEL_ROOT=info}).
     */
    static ConfigurableApplicationContext startForCommand() {
        // A command's standard output is its result: whatever prints there (logging included) goes to stderr.
        System.setOut(System.err);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(COMMAND_DEFAULTS)
                // Vaadin's auto-configuration needs a servlet context (and web security) that a command has not.
                .run("--spring.autoconfigure.exclude=" + VAADIN_WEB_AUTO_CONFIGURATION);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("FactDesk");
        // An SVG beside the other static files under /factdesk/ (open to signed-out users: the login page has it too).
        settings.addFavIcon("icon", "factdesk/favicon.svg", "any");
    }
}
