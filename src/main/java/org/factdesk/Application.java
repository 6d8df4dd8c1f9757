package org.factdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.factdesk.report.cli.ExportCommand;
import org.factdesk.segmentation.SegmentCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
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
        if (args.length > 0 && args[0].equals("segment")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SegmentCommand.run(Arrays.asList(rest), System.in, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("export")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(ExportCommand.run(Arrays.asList(rest), Application::startForCommand, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
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
    }
}
