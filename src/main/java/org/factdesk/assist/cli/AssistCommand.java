package org.factdesk.assist.cli;

import org.factdesk.assist.AssistEngine;
import org.factdesk.assist.AssistText;
import org.factdesk.assist.SentenceAssessment;
import org.factdesk.common.HasUserMessage;
import org.factdesk.importing.ArticleFormats;
import org.factdesk.importing.ImportLimits;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.cli.ExtractCommand;
import org.factdesk.segmentation.GermanSentenceSplitter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code assist FILE…}: prints the assistance an import of each file would get, one line per sentence:
 * {@code ordinal TAB suggestion TAB checkworthiness TAB reasons TAB text} (suggestion {@code promotional},
 * {@code no-claim} or {@code -}; two decimals; comma-separated reason codes, {@code -} for none), a blank
 * line between files. It reads and splits each file as the import does and runs the same detectors,
 * without starting Spring; a file it cannot read is named on stderr in one line, the others still run,
 * and the exit code is then 2.
 */
public final class AssistCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_REFUSED = 2;

    private AssistCommand() {
    }

    /** As its own process: commons-logging is told to log nothing, as for {@code extract}. */
    public static int runAlone(List<String> args, PrintStream out, PrintStream err) {
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        return run(args, out, err);
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.stream().anyMatch(arg -> arg.startsWith("-"))) {
            err.println("usage: factdesk assist FILE...");
            return 2;
        }
        ArticleFormats formats = ArticleFormats.onClasspath();
        AssistEngine engine = AssistEngine.onClasspath();
        GermanSentenceSplitter splitter = GermanSentenceSplitter.shared();
        PrintStream utf8 = new PrintStream(out, false, StandardCharsets.UTF_8);
        int exit = EXIT_OK;
        boolean first = true;
        for (String file : args) {
            ReadArticle read;
            try {
                read = ExtractCommand.read(formats, Path.of(file), ImportLimits.DEFAULTS);
            } catch (IOException e) {
                err.println("assist: cannot read '" + file + "': " + reason(e));
                exit = EXIT_REFUSED;
                continue;
            } catch (RuntimeException e) {
                if (e instanceof HasUserMessage message) {
                    err.println("assist: " + message.userMessage().english());
                    exit = EXIT_REFUSED;
                    continue;
                }
                throw e;
            }
            if (!first) {
                utf8.println();
            }
            first = false;
            // The page's layout (HTML: link share, boxes, ad markup) goes to the detectors as an import's would.
            String text = read.text();
            AssistText assistText = AssistText.of(text, splitter.segment(text), read.layouts());
            List<SentenceAssessment> assessments = engine.assess(assistText);
            List<AssistText.Sentence> sentences = assistText.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                utf8.print(line(assessments.get(i), sentences.get(i).text()));
                utf8.print('\n');
            }
        }
        utf8.flush();
        return exit;
    }

    static String line(SentenceAssessment assessment, String text) {
        String reasons = assessment.reasons().isEmpty() ? "-" : String.join(",", assessment.reasons());
        return assessment.ordinal() + "\t"
                + (assessment.suggestion() == null ? "-" : assessment.suggestion().code()) + "\t"
                + String.format(Locale.ROOT, "%.2f", assessment.checkworthiness()) + "\t"
                + reasons + "\t"
                + text.replace('\t', ' ').replace('\n', ' ');
    }

    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
