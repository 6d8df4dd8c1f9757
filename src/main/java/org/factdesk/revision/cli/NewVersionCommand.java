package org.factdesk.revision.cli;

import org.factdesk.common.HasUserMessage;
import org.factdesk.common.cli.CommandMessages;
import org.factdesk.common.cli.RunningApp;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportService;
import org.factdesk.revision.RevisionResult;
import org.factdesk.revision.RevisionService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * {@code import --new-version-of ID PATH|URL} (ADR 0029): reads the file (or has the app fetch the page)
 * as the import does and imports it as the new version of article ID through the {@link RevisionService},
 * recorded under the lead or admin {@code --by} names (the command line's user owns the data directory, as
 * for every command). Beside a running FactDesk the file's bytes go over the command channel; else the
 * command starts the application without web. One line on stderr; exit 0 imported, 2 refused or bad
 * arguments, 1 the database could not be used.
 */
public final class NewVersionCommand {

    /** The command channel's name for it (the command line says {@code import --new-version-of}). */
    static final String CHANNEL_NAME = "import-new-version";
    static final String PREFIX = "factdesk import: ";

    private NewVersionCommand() {
    }

    /** Whether these {@code import} arguments ask for a new version (then this command runs them). */
    public static boolean handles(List<String> args) {
        return NewVersionArguments.isNewVersion(args);
    }

    public static int run(List<String> args, Path workingDirectory, RunningApp app,
                          Supplier<ConfigurableApplicationContext> startSpring, PrintStream out, PrintStream err) {
        NewVersionArguments arguments;
        try {
            arguments = NewVersionArguments.parse(args);
        } catch (NewVersionArguments.BadArguments e) {
            err.println(PREFIX + e.getMessage());
            return 2;
        }
        if (arguments.help()) {
            out.print(NewVersionArguments.USAGE);
            out.flush();
            return 0;
        }
        if (arguments.sentName() != null) {
            err.println(PREFIX + "unknown option --name");
            return 2;
        }
        byte[] bytes = null;
        String name = arguments.input();
        if (!arguments.isWebAddress()) {
            Path file = workingDirectory.resolve(arguments.input()).normalize();
            if (!Files.isRegularFile(file)) {
                err.println(arguments.input() + ": refused: " + (Files.exists(file) ? "not a file" : "no such file"));
                return 2;
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(RunningApp.MAX_ATTACHMENT_BYTES + 1);
            } catch (IOException e) {
                err.println(arguments.input() + ": refused: cannot be read: " + CommandMessages.describe(e));
                return 2;
            }
            if (bytes.length > RunningApp.MAX_ATTACHMENT_BYTES) {
                err.println(arguments.input() + ": refused: larger than the "
                        + RunningApp.MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB a command line reads");
                return 2;
            }
            name = file.getFileName().toString();
        }
        OptionalInt inApp = app.run(CHANNEL_NAME, arguments.forApp(bytes == null ? null : name), bytes, err, err);
        if (inApp.isPresent()) {
            return inApp.getAsInt();
        }
        Optional<ConfigurableApplicationContext> started = CommandMessages.start(startSpring, PREFIX, err);
        if (started.isEmpty()) {
            return 1;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            return importHere(context, arguments, name, bytes, err);
        }
    }

    /** The running app's side (the command channel): the file comes as bytes, never as a path to open. */
    static int runInApp(List<String> args, byte[] attachment, ApplicationContext context, PrintStream out,
                        PrintStream err) {
        NewVersionArguments arguments;
        try {
            arguments = NewVersionArguments.parse(args);
        } catch (NewVersionArguments.BadArguments e) {
            err.println(PREFIX + e.getMessage());
            return 2;
        }
        if (arguments.help()) {
            out.print(NewVersionArguments.USAGE);
            return 0;
        }
        if (attachment == null && !arguments.isWebAddress()) {
            err.println(arguments.input() + ": refused: the running FactDesk reads no files for the command line; "
                    + "the command line sends them");
            return 2;
        }
        String name = arguments.sentName() != null ? arguments.sentName() : arguments.input();
        return importHere(context, arguments, name, attachment, err);
    }

    private static int importHere(ApplicationContext context, NewVersionArguments arguments, String name,
                                  byte[] bytes, PrintStream err) {
        ImportService imports = context.getBean(ImportService.class);
        RevisionService revisions = context.getBean(RevisionService.class);
        UserDetails user;
        try {
            user = context.getBean(UserDetailsService.class).loadUserByUsername(arguments.by());
        } catch (UsernameNotFoundException e) {
            err.println(PREFIX + "--by " + arguments.by() + ": no such user");
            return 2;
        }
        if (!(user instanceof FactDeskUser lead) || !user.isEnabled()
                || (lead.role() != AppRoles.LEAD && lead.role() != AppRoles.ADMIN)) {
            err.println(PREFIX + "--by " + arguments.by() + ": not an active team lead or admin");
            return 2;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            ImportPreview preview = bytes == null
                    ? imports.previewWebPage(arguments.input(), arguments.options())
                    : imports.previewFile(name, null, bytes, arguments.options());
            RevisionResult result = revisions.importNewVersion(arguments.article(), preview);
            err.println(name + ": imported as version " + result.number() + " of article "
                    + arguments.article().value() + ": article " + result.article().value() + " ("
                    + result.count(org.factdesk.revision.CarryKind.UNCHANGED) + " unchanged, "
                    + result.count(org.factdesk.revision.CarryKind.CHANGED) + " changed, "
                    + result.count(org.factdesk.revision.CarryKind.SUBSTANCE) + " substance, "
                    + result.added() + " new, " + result.count(org.factdesk.revision.CarryKind.REMOVED)
                    + " removed; " + result.verdictsCarried() + " verdicts carried; "
                    + result.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
            return 0;
        } catch (RuntimeException e) {
            if (e instanceof HasUserMessage message) {
                err.println(name + ": refused: " + message.userMessage().english());
                return 2;
            }
            if (e instanceof org.springframework.dao.DataAccessException) {
                err.println(PREFIX + name + ": failed: " + CommandMessages.firstLine(CommandMessages.rootCause(e)));
                return 1;
            }
            throw e;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
