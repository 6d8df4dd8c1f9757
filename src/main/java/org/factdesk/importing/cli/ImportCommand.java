package org.factdesk.importing.cli;

import org.factdesk.common.HasUserMessage;
import org.factdesk.common.cli.CommandMessages;
import org.factdesk.common.cli.RunningApp;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.NewVersionImport;
import org.factdesk.importing.VersionTarget;
import org.factdesk.importing.ImportResult;
import org.factdesk.importing.ImportService;
import org.factdesk.security.SystemAuthentication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code import PATH|URL…}: files, folders (recursively), ZIPs and web pages through the
 * {@link ImportService}, one line per input on stderr. The command line reads the files itself (with
 * its user's rights and paths); when FactDesk runs on the data directory it hands each file's bytes
 * to it over the command channel (the app never opens a path for the command line), else it starts
 * the application without web and imports here. Web pages are fetched by the app either way, through
 * its address guard. Exit 0: all imported or already there; 2: an input refused (or bad arguments);
 * 1: the database could not be used.
 */
public final class ImportCommand {

    static final String NAME = "import";
    static final String PREFIX = "factdesk import: ";
    /** The longest source name the article table keeps. */
    private static final int MAX_NAME_LENGTH = 500;

    private ImportCommand() {
    }

    /** One thing to import, or why it cannot be: a file (with the name it is imported under) or an address. */
    record Input(String name, Path file, String address, String problem) {

        static Input file(String name, Path file) {
            return new Input(sourceName(name), file, null, null);
        }

        static Input address(String address) {
            return new Input(address, null, address, null);
        }

        static Input refused(String name, String problem) {
            return new Input(name, null, null, problem);
        }
    }

    /** Runs on the command line: hands the inputs to the running app, or starts Spring when none runs. */
    public static int run(List<String> args, Path workingDirectory, RunningApp app,
                          Supplier<ConfigurableApplicationContext> startSpring, PrintStream out, PrintStream err) {
        ImportArguments arguments;
        try {
            arguments = ImportArguments.parse(args);
        } catch (ImportArguments.BadArguments e) {
            err.println(PREFIX + e.getMessage());
            return 2;
        }
        if (arguments.help()) {
            out.print(ImportArguments.USAGE);
            out.flush();
            return 0;
        }
        if (arguments.sentName() != null) {
            err.println(PREFIX + "unknown option --name");
            return 2;
        }
        List<Input> inputs = expand(arguments.inputs(), workingDirectory);
        boolean refused = false;
        boolean appGone = false;
        ConfigurableApplicationContext context = null;
        try {
            for (Input input : inputs) {
                if (input.problem() != null) {
                    err.println(input.name() + ": refused: " + input.problem());
                    refused = true;
                    continue;
                }
                int exit;
                OptionalInt inApp = appGone ? OptionalInt.empty() : sendToApp(app, arguments, input, err);
                if (inApp.isPresent()) {
                    exit = inApp.getAsInt();
                } else {
                    appGone = true;
                    if (context == null) {
                        Optional<ConfigurableApplicationContext> started = CommandMessages.start(startSpring, PREFIX, err);
                        if (started.isEmpty()) {
                            return 1;
                        }
                        context = started.get();
                    }
                    exit = importHere(context.getBean(ImportService.class),
                            context.getBeanProvider(NewVersionImport.class).getIfAvailable(), input, arguments.options(),
                            err);
                }
                if (exit == 1) {
                    return 1;
                }
                refused |= exit != 0;
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
        return refused ? 2 : 0;
    }

    /**
     * Runs in the app for the command channel: one input, either the file the command line sent
     * ({@code --name} says its name) or a web address. Paths are refused: the app reads none for it.
     */
    public static int runInApp(List<String> args, byte[] attachment, ImportService imports, PrintStream out,
                               PrintStream err) {
        return runInApp(args, attachment, imports, null, out, err);
    }

    /** As {@link #runInApp(List, byte[], ImportService, PrintStream, PrintStream)}, hinting at new versions. */
    public static int runInApp(List<String> args, byte[] attachment, ImportService imports, NewVersionImport newVersions,
                               PrintStream out, PrintStream err) {
        ImportArguments arguments;
        try {
            arguments = ImportArguments.parse(args);
        } catch (ImportArguments.BadArguments e) {
            err.println(PREFIX + e.getMessage());
            return 2;
        }
        if (arguments.help()) {
            out.print(ImportArguments.USAGE);
            return 0;
        }
        if (arguments.inputs().size() != 1) {
            err.println(PREFIX + "the running FactDesk takes one input per request");
            return 2;
        }
        String input = arguments.inputs().getFirst();
        if (attachment != null) {
            String name = sourceName(arguments.sentName() != null ? arguments.sentName() : input);
            hintFile(imports, newVersions, name, attachment, arguments.options(), err);
            return report(err, name, () -> imports.importFiles(name, null, attachment, arguments.options()));
        }
        if (ImportArguments.isWebAddress(input)) {
            return importWebPage(imports, newVersions, input, arguments.options(), err);
        }
        err.println(input + ": refused: the running FactDesk reads no files for the command line; "
                + "the command line sends them");
        return 2;
    }

    private static OptionalInt sendToApp(RunningApp app, ImportArguments arguments, Input input, PrintStream err) {
        if (input.address() != null) {
            return app.run(NAME, arguments.forOneInput(input.address(), null), null, err, err);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(input.file())) {
            bytes = in.readNBytes(RunningApp.MAX_ATTACHMENT_BYTES + 1);
        } catch (IOException e) {
            err.println(input.name() + ": refused: cannot be read: " + CommandMessages.describe(e));
            return OptionalInt.of(2);
        }
        if (bytes.length > RunningApp.MAX_ATTACHMENT_BYTES) {
            err.println(input.name() + ": refused: larger than the " + RunningApp.MAX_ATTACHMENT_BYTES / (1024 * 1024)
                    + " MB the command line hands to the running FactDesk");
            return OptionalInt.of(2);
        }
        // The input argument is only the name: the app imports the bytes and opens no path.
        return app.run(NAME, arguments.forOneInput(input.name(), input.name()), bytes, err, err);
    }

    private static int importHere(ImportService imports, NewVersionImport newVersions, Input input,
                                  ImportOptions options, PrintStream err) {
        if (input.address() != null) {
            return importWebPage(imports, newVersions, input.address(), options, err);
        }
        if (newVersions != null && !input.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            try {
                byte[] bytes = Files.readAllBytes(input.file());
                if (bytes.length <= imports.limits().maxFileBytes()) {
                    hintFile(imports, newVersions, input.name(), bytes, options, err);
                }
            } catch (IOException e) {
                // the import below says what is wrong with the file
            }
        }
        InputStream in;
        try {
            in = Files.newInputStream(input.file());
        } catch (IOException e) {
            err.println(input.name() + ": refused: cannot be read: " + CommandMessages.describe(e));
            return 2;
        }
        // The service reads the stream up to its per-file limit and refuses a larger file before reading it whole.
        return report(err, input.name(), () -> imports.importFiles(input.name(), null, in, options));
    }

    /** A page is fetched once: its preview tells whether it looks like a new version, then it is stored as read. */
    private static int importWebPage(ImportService imports, NewVersionImport newVersions, String address,
                                     ImportOptions options, PrintStream err) {
        return report(err, address, () -> {
            ImportPreview preview = imports.previewWebPage(address, options);
            hint(newVersions, preview, options, address, err);
            ImportResult stored = imports.importPreviewed(preview);
            // Named as typed, as every other line of the command names its input.
            return List.of(new ImportResult(address.strip(), stored.outcome(), stored.articleId(), stored.title(),
                    stored.refusal()));
        });
    }

    /** The hint for one file (not a ZIP), before it is imported; a file the import refuses gets none. */
    private static void hintFile(ImportService imports, NewVersionImport newVersions, String name, byte[] bytes,
                                 ImportOptions options, PrintStream err) {
        if (newVersions == null || name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return;
        }
        try {
            SystemAuthentication.runAsSystem(() -> {
                hint(newVersions, imports.previewFile(name, null, bytes, options), options, name, err);
                return null;
            });
        } catch (RuntimeException e) {
            if (!(e instanceof HasUserMessage)) {
                throw e;
            }
        }
    }

    /**
     * One line on stderr when the input looks like a new version of a stored article (ADR 0029): the command
     * imports it as an article of its own all the same; {@code --new-version-of} would make it the new version.
     */
    private static void hint(NewVersionImport newVersions, ImportPreview preview, ImportOptions options, String input,
                             PrintStream err) {
        if (newVersions == null) {
            return;
        }
        // One --title for a batch would make every file "a new version" of the one before: the title counts
        // only when the input names it itself.
        newVersions.candidateFor(preview)
                .filter(candidate -> candidate.matchedBy() != VersionTarget.MatchedBy.TITLE
                        || options.metadata().title() == null)
                .ifPresent(candidate -> err.println(input
                + ": hint: looks like a new version of article " + candidate.articleId().value() + " (" + candidate.title()
                + ", " + (candidate.matchedBy() == VersionTarget.MatchedBy.SOURCE_URL ? "the same source address"
                : "the same title") + "); imported as an article of its own. To import it as version "
                + (candidate.number() + 1) + ": import --new-version-of " + candidate.articleId().value() + " " + input));
    }

    /** Imports as the system (the command line's user owns the data directory) and prints a line per result. */
    private static int report(PrintStream err, String input, Supplier<List<ImportResult>> importing) {
        List<ImportResult> results;
        try {
            results = SystemAuthentication.runAsSystem(importing);
        } catch (RuntimeException e) {
            if (e instanceof HasUserMessage message) {
                err.println(input + ": refused: " + message.userMessage().english());
                return 2;
            }
            err.println(PREFIX + input + ": failed: " + CommandMessages.firstLine(CommandMessages.rootCause(e)));
            return 1;
        }
        boolean refused = false;
        for (ImportResult result : results) {
            err.println(switch (result.outcome()) {
                case IMPORTED -> result.input() + ": imported as " + result.articleId().value() + ": " + result.title();
                case ALREADY_THERE -> result.input() + ": already article " + result.articleId().value() + ": "
                        + result.title();
                case REFUSED -> result.input() + ": refused: " + result.refusal().english();
            });
            refused |= result.isRefused();
        }
        return refused ? 2 : 0;
    }

    /** Paths and addresses as the inputs to import, folders walked (sorted, hidden files left out). */
    static List<Input> expand(List<String> arguments, Path workingDirectory) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (ImportArguments.isWebAddress(argument)) {
                inputs.add(Input.address(argument));
                continue;
            }
            Path path = workingDirectory.resolve(argument).normalize();
            if (Files.isRegularFile(path)) {
                inputs.add(Input.file(path.getFileName().toString(), path));
            } else if (Files.isDirectory(path)) {
                inputs.addAll(folder(argument, path));
            } else if (Files.exists(path)) {
                inputs.add(Input.refused(argument, "not a file or folder"));
            } else {
                inputs.add(Input.refused(argument, "no such file or folder"));
            }
        }
        return inputs;
    }

    private static List<Input> folder(String argument, Path folder) {
        String base = folder.getFileName() == null ? "" : folder.getFileName() + "/";
        List<Input> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted()
                    .forEach(file -> files.add(Input.file(
                            base + folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                            file)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(Input.refused(argument, "cannot be read: " + CommandMessages.describe(
                    e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e)));
        }
        if (files.isEmpty()) {
            return List.of(Input.refused(argument, "the folder holds no files"));
        }
        return files;
    }

    /** Dot files and folders (.git, .DS_Store) are not articles. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** One line and short enough for the article's source name (the end of a long path says most). */
    private static String sourceName(String name) {
        String line = name.replaceAll("\\p{Cntrl}", "").strip();
        return line.length() <= MAX_NAME_LENGTH ? line : "…" + line.substring(line.length() - MAX_NAME_LENGTH + 1);
    }
}
