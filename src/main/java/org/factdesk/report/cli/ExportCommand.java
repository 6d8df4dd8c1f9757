package org.factdesk.report.cli;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.common.AtomicFiles;
import org.factdesk.common.cli.CommandMessages;
import org.factdesk.report.ReportFormats;
import org.factdesk.report.ReportService;
import org.factdesk.report.ReportWriter;
import org.factdesk.security.SystemAuthentication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code export --format FORMAT [--article ID | filters] --out PATH}: writes review reports from the
 * configured database in any format of the registry. Arguments are checked before Spring starts; the export runs
 * through the secured {@link ReportService} as the system principal. Standard output stays empty
 * (only {@code --help} prints there); errors and the one-line summary go to standard error.
 */
public final class ExportCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_ARGUMENTS = 2;
    static final String ERROR_PREFIX = "factdesk export: ";

    private final ReportService reports;
    private final ArticleService articles;
    private final PrintStream err;

    ExportCommand(ReportService reports, ArticleService articles, PrintStream err) {
        this.reports = reports;
        this.articles = articles;
        this.err = err;
    }

    /**
     * Runs the command and returns its exit code. {@code startSpring} is called only for valid
     * arguments; the context it returns is closed before this returns.
     */
    public static int run(List<String> args, Path workingDirectory, Supplier<ConfigurableApplicationContext> startSpring,
                          PrintStream out, PrintStream err) {
        Parsed parsed = parse(args, null, workingDirectory, out, err);
        if (parsed.exitCode() != null) {
            return parsed.exitCode();
        }
        Optional<ConfigurableApplicationContext> started = CommandMessages.start(startSpring, ERROR_PREFIX, err);
        if (started.isEmpty()) {
            return EXIT_FAILED;
        }
        try (ConfigurableApplicationContext context = started.get()) {
            return new ExportCommand(context.getBean(ReportService.class), context.getBean(ArticleService.class), err)
                    .export(parsed.arguments());
        }
    }

    /** Runs the command inside the running app (the command channel), with its services. */
    static int runInApp(List<String> args, Path workingDirectory, ReportService reports, ArticleService articles,
                        PrintStream out, PrintStream err) {
        Parsed parsed = parse(args, reports.formats(), workingDirectory, out, err);
        if (parsed.exitCode() != null) {
            return parsed.exitCode();
        }
        return new ExportCommand(reports, articles, err).export(parsed.arguments());
    }

    /** Either the arguments to export with, or the exit code to stop with (help printed, bad arguments). */
    private record Parsed(ExportArguments arguments, Integer exitCode) {
    }

    /** {@code formats} null: the formats found without Spring. */
    private static Parsed parse(List<String> args, List<ReportWriter> formats, Path workingDirectory,
                                PrintStream out, PrintStream err) {
        try {
            switch (formats == null ? ExportArguments.parse(args)
                    : ExportArguments.parse(args, new ReportFormats(formats))) {
                case ExportArguments.Help help -> {
                    out.print(ExportArguments.USAGE);
                    out.flush();
                    return new Parsed(null, EXIT_OK);
                }
                case ExportArguments.Export export -> {
                    ExportArguments arguments = export.arguments().resolvedAgainst(workingDirectory);
                    checkOutputPath(arguments);
                    return new Parsed(arguments, null);
                }
            }
        } catch (ExportArguments.InvalidArgumentsException e) {
            err.println(ERROR_PREFIX + e.getMessage());
            err.println(ExportArguments.USAGE_HINT);
            return new Parsed(null, EXIT_BAD_ARGUMENTS);
        }
    }

    /** Fails before the database is opened when the output path cannot be what the export writes. */
    private static void checkOutputPath(ExportArguments arguments) throws ExportArguments.InvalidArgumentsException {
        Path out = arguments.out();
        if (writesDirectory(arguments)) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ExportArguments.InvalidArgumentsException("--out " + out + " is a file, but "
                        + arguments.format().id() + " without --article writes one file per article into a directory");
            }
        } else if (Files.isDirectory(out)) {
            throw new ExportArguments.InvalidArgumentsException(
                    "--out " + out + " is a directory; give the file to write");
        } else if (Files.exists(out) && !Files.isRegularFile(out)) {
            // A device or pipe would be replaced by the renamed file, not written to.
            throw new ExportArguments.InvalidArgumentsException("--out " + out + " is not a regular file");
        }
    }

    private static boolean writesDirectory(ExportArguments arguments) {
        return !arguments.format().combinesArticles() && arguments.article() == null;
    }

    int export(ExportArguments found) {
        // The writer of this context's registry (found before Spring started, it is another instance).
        ExportArguments arguments = new ExportArguments(reports.format(found.format().id()).orElseThrow(),
                found.article(), found.filter(), found.locale(), found.out());
        return SystemAuthentication.runAsSystem(() -> {
            try {
                if (arguments.article() != null) {
                    return exportArticle(arguments);
                }
                return writesDirectory(arguments) ? exportPdfs(arguments) : exportCombined(arguments);
            } catch (IOException e) {
                err.println(ERROR_PREFIX + "cannot write " + arguments.out() + ": " + CommandMessages.describe(e));
                return EXIT_FAILED;
            } catch (UncheckedIOException e) {
                err.println(ERROR_PREFIX + "cannot write " + arguments.out() + ": " + CommandMessages.describe(e.getCause()));
                return EXIT_FAILED;
            } catch (BadSelectionException e) {
                err.println(ERROR_PREFIX + e.getMessage());
                return EXIT_BAD_ARGUMENTS;
            } catch (RuntimeException e) {
                err.println(ERROR_PREFIX + "export failed: " + CommandMessages.firstLine(CommandMessages.rootCause(e)));
                return EXIT_FAILED;
            }
        });
    }

    private int exportArticle(ExportArguments arguments) throws IOException {
        ArticleId id = arguments.article();
        if (articles.findText(id).isEmpty()) {
            throw new BadSelectionException("Article " + id.value() + " does not exist.");
        }
        ReportWriter format = arguments.format();
        long[] count = new long[1];
        writeAtomically(arguments.out(), out -> {
            if (format.combinesArticles()) {
                count[0] = reports.writeCombined(List.of(id), format, null, arguments.locale(), out);
            } else {
                reports.writeArticle(id, format, arguments.locale(), out);
            }
        });
        summary(1, format.combinesArticles() ? detail(format, count[0]) : format.id(), arguments.out());
        return EXIT_OK;
    }

    private int exportCombined(ExportArguments arguments) throws IOException {
        List<ArticleId> ids = select(arguments);
        long[] count = new long[1];
        writeAtomically(arguments.out(), out ->
                count[0] = reports.writeCombined(ids, arguments.format(), arguments.filter().verdict(),
                        arguments.locale(), out));
        summary(ids.size(), detail(arguments.format(), count[0]), arguments.out());
        return EXIT_OK;
    }

    private int exportPdfs(ExportArguments arguments) throws IOException {
        List<ArticleId> ids = select(arguments);
        Files.createDirectories(arguments.out());
        int files = 0;
        for (ArticleId id : ids) {
            Optional<ArticleText> article = articles.findText(id);
            if (article.isEmpty()) {
                continue; // deleted since the selection: nothing to report
            }
            Path file = arguments.out().resolve(reports.fileName(id, article.get().title(), arguments.format()));
            writeAtomically(file, out -> reports.writeArticle(id, arguments.format(), arguments.locale(), out));
            files++;
        }
        summary(files, arguments.format().id() + ", " + plural(files, "file"), arguments.out());
        return EXIT_OK;
    }

    private List<ArticleId> select(ExportArguments arguments) {
        try {
            return reports.select(arguments.filter());
        } catch (IllegalArgumentException e) {
            throw new BadSelectionException(e.getMessage()); // e.g. an unknown --assignee
        }
    }

    /** E.g. {@code Wrote 3 articles (csv, 112 rows) to out.csv}. */
    private void summary(int articleCount, String detail, Path out) {
        err.println("Wrote " + plural(articleCount, "article") + " (" + detail + ") to " + out
                + (articleCount == 0 ? "; no article matches the selection" : ""));
    }

    /** The format and what {@code count} counts for it, e.g. {@code csv, 112 rows}. */
    private static String detail(ReportWriter format, long count) {
        return format.countedAs() == null ? format.id() : format.id() + ", " + plural(count, format.countedAs());
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static void writeAtomically(Path target, AtomicFiles.Body body) throws IOException {
        AtomicFiles.write(target, false, body);
    }

    /** The selection names something the database does not have (an article id, a user name). */
    private static final class BadSelectionException extends RuntimeException {

        BadSelectionException(String message) {
            super(message);
        }
    }
}
