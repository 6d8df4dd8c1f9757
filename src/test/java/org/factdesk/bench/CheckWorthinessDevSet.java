package org.factdesk.bench;

import org.factdesk.assist.AssistText;
import org.factdesk.importing.ArticleFormats;
import org.factdesk.importing.ImportLimits;
import org.factdesk.importing.cli.ExtractCommand;
import org.factdesk.segmentation.BlockKind;
import org.factdesk.segmentation.GermanSentenceSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The labelled sentences of the check-worthiness development set: src/test/resources/assist/checkworthiness-dev.tsv
 * names, per sentence, a page of the trafilatura benchmark, the ordinal of our split of what an import reads from it,
 * the label and a short snippet; the text itself comes from the page (never copied into the repository). The
 * held-out pages are named in the file's {@code #held-out} lines (the first 27 pages: every third in name order;
 * the 20 added later: every second; the third round's 2 pages and the fourth round's 12 none): not used to fit or tune, only reported. Naming them keeps the split fixed
 * when pages are added.
 */
public final class CheckWorthinessDevSet {

    public static final String DEV = "/assist/checkworthiness-dev.tsv";
    public static final String SEEDS = "/assist/checkworthiness-seeds.tsv";

    /** One labelled sentence with its text as the import and the splitter give it. */
    public record Labelled(String page, int ordinal, boolean checkWorthy, String text, BlockKind kind,
                           boolean heldOut, AssistText article) {
    }

    /** A row of a label file: page or file, ordinal, label, snippet or sentence. */
    public record Row(String page, int ordinal, boolean checkWorthy, String text) {
    }

    private CheckWorthinessDevSet() {
    }

    public static List<Row> rows(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 4);
            if (!cells[2].equals("check-worthy") && !cells[2].equals("not")) {
                throw new IllegalStateException("unknown label in " + resource + ": " + line);
            }
            rows.add(new Row(cells[0], Integer.parseInt(cells[1]), cells[2].equals("check-worthy"), cells[3]));
        }
        return rows;
    }

    /** The held-out pages: the {@code #held-out} lines of the file; each must have labelled rows. */
    public static TreeSet<String> heldOutPages(String resource) {
        TreeSet<String> heldOut = new TreeSet<>();
        for (String line : lines(resource)) {
            if (line.startsWith("#held-out\t")) {
                heldOut.add(line.substring("#held-out\t".length()).strip());
            }
        }
        TreeSet<String> pages = new TreeSet<>(rows(resource).stream().map(Row::page).toList());
        if (!pages.containsAll(heldOut)) {
            throw new IllegalStateException("held-out pages without rows in " + resource + ": " + heldOut);
        }
        return heldOut;
    }

    /**
     * The pages labelled in the second round: those whose rows follow the file's "# added" line, up to its
     * "# third round" line (the third round's pages are all fitted).
     */
    public static TreeSet<String> addedPages(String resource) {
        TreeSet<String> added = new TreeSet<>();
        boolean after = false;
        for (String line : lines(resource)) {
            after = (after || line.startsWith("# added")) && !line.startsWith("# third round");
            if (after && !line.isBlank() && !line.startsWith("#")) {
                added.add(line.substring(0, line.indexOf('\t')));
            }
        }
        return added;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CheckWorthinessDevSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The development set read from the benchmark folder (with eval/ and cache/). */
    public static List<Labelled> load(Path folder) throws IOException {
        List<Row> rows = rows(DEV);
        TreeSet<String> heldOut = heldOutPages(DEV);
        ArticleFormats formats = ArticleFormats.onClasspath();
        Map<String, AssistText> articles = new HashMap<>();
        List<Labelled> labelled = new ArrayList<>();
        for (Row row : rows) {
            AssistText article = articles.get(row.page());
            if (article == null) {
                Path file = folder.resolve("eval").resolve(row.page());
                if (!Files.isRegularFile(file)) {
                    file = folder.resolve("cache").resolve(row.page());
                }
                String text = ExtractCommand.extract(formats, file, ImportLimits.DEFAULTS);
                article = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
                articles.put(row.page(), article);
            }
            labelled.add(find(article, row, heldOut.contains(row.page())));
        }
        return labelled;
    }

    /** The seeds' labelled sentences, split as an import splits them. */
    public static List<Labelled> seeds() {
        Map<String, AssistText> articles = new LinkedHashMap<>();
        List<Labelled> labelled = new ArrayList<>();
        for (Row row : rows(SEEDS)) {
            AssistText article = articles.computeIfAbsent(row.page(), CheckWorthinessDevSet::seed);
            Labelled found = find(article, row, false);
            if (!found.text().equals(row.text())) {
                throw new IllegalStateException("seed sentence moved: " + row.page() + " " + row.ordinal());
            }
            labelled.add(found);
        }
        return labelled;
    }

    public static AssistText seed(String file) {
        try (InputStream in = CheckWorthinessDevSet.class.getResourceAsStream("/seed-articles/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Labelled find(AssistText article, Row row, boolean heldOut) {
        for (AssistText.Block block : article.blocks()) {
            for (AssistText.Sentence sentence : block.sentences()) {
                if (sentence.ordinal() == row.ordinal()) {
                    String snippet = row.text();
                    if (!sentence.text().startsWith(snippet.strip())) {
                        throw new IllegalStateException(row.page() + " sentence " + row.ordinal()
                                + " no longer starts with '" + snippet + "': '" + sentence.text() + "'");
                    }
                    return new Labelled(row.page(), row.ordinal(), row.checkWorthy(), sentence.text(), block.kind(),
                            heldOut, article);
                }
            }
        }
        throw new IllegalStateException(row.page() + " has no sentence " + row.ordinal());
    }

    /** Precision, recall and F1 of a threshold over scored sentences. */
    public record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public static Figures of(List<Boolean> gold, List<Boolean> predicted) {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i), p = predicted.get(i);
                if (g && p) tp++;
                else if (p) fp++;
                else if (g) fn++;
                else tn++;
            }
            return new Figures(tp, fp, fn, tn);
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }

        public double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
        }

        @Override
        public String toString() {
            return String.format("n=%d precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d tn=%d)",
                    truePositives + falsePositives + falseNegatives + trueNegatives, precision(), recall(), f1(),
                    truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }
}
