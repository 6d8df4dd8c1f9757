package org.factdesk.importing.cli;

import org.factdesk.common.HasUserMessage;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ArticleFormats;
import org.factdesk.importing.ImportLimits;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code extract FILE}: prints the text an import of FILE would store, one block per line (headings,
 * paragraphs, "- " list items), in UTF-8 and nothing else on standard output, so scorers can read it.
 * It reads the file with the same formats and the same path as the import, without starting Spring.
 */
public final class ExtractCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    static final int EXIT_CANNOT_READ = 2;

    private ExtractCommand() {
    }

    /**
     * Runs the command as its own process: the scorer starts it once per page, so it skips what it does not
     * need. The classpath scan that finds the formats would set up Logback through commons-logging (a fifth
     * of the start); the command logs nothing, so commons-logging is told to use its no-op log instead.
     */
    public static int runAlone(List<String> args, PrintStream out, PrintStream err) {
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        return run(args, out, err);
    }

    private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.getFirst().startsWith("-")) {
            err.println("usage: factdesk extract FILE");
            return EXIT_USAGE;
        }
        String file = args.getFirst();
        String text;
        try {
            text = extract(ArticleFormats.onClasspath(), Path.of(file), ImportLimits.DEFAULTS);
        } catch (IOException e) {
            err.println("extract: cannot read '" + file + "': " + reason(e));
            return EXIT_CANNOT_READ;
        } catch (RuntimeException e) {
            if (e instanceof HasUserMessage message) {
                err.println("extract: " + message.userMessage().english());
                return EXIT_CANNOT_READ;
            }
            throw e;
        }
        PrintStream utf8 = new PrintStream(out, false, StandardCharsets.UTF_8);
        utf8.print(text);
        utf8.flush();
        return EXIT_OK;
    }

    /**
     * The text an import of the file would store, one block per line and a line break after each.
     *
     * @throws ImportRefusedException when the import would refuse the file (unsupported, too large, empty, not readable)
     */
    public static String extract(ArticleFormats formats, Path file, ImportLimits limits) throws IOException {
        return read(formats, file, limits).text();
    }

    /**
     * The file as an import reads it: the text {@link #extract} gives and, for a format with a layout (HTML), each
     * line's layout ({@link ReadArticle#layouts()}), which the {@code assist} command hands to the detectors.
     *
     * @throws ImportRefusedException when the import would refuse the file (unsupported, too large, empty, not readable)
     */
    public static ReadArticle read(ArticleFormats formats, Path file, ImportLimits limits) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.size(file) > limits.maxFileBytes()) {
            throw new ImportRefusedException("import.tooLarge", name, limits.maxFileBytes() / (1024.0 * 1024.0));
        }
        ReadHints hints = new ReadHints(name, null);
        ArticleFormat format = formats.formatFor(hints);
        ReadArticle read = ArticleFormats.read(format, Files.readAllBytes(file), hints);
        String text = read.text() == null ? "" : read.text();
        if (text.isBlank()) {
            throw new ImportRefusedException("import.empty", name);
        }
        // Blank lines go; the layouts are per non-blank line, so they stay aligned.
        return new ReadArticle(text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n", "", "\n")), read.metadata(), read.encoding(), read.layouts());
    }

    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
