package org.factdesk.revision;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.importing.ReadArticle;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The quality run of issue 15, shared by {@code RevisionQualityIT} (asserts) and {@code RevisionBenchmark}
 * (prints): each demo article is imported (a copy, with a heading of its own), every sentence gets a verdict,
 * then each programmatic edit of it is imported as a new version through the {@link RevisionService}; what
 * the service assigned to each old sentence is compared with what the edit did to it.
 */
public final class RevisionQuality {

    /** The edit kinds; each run applies one to one article. */
    public enum Edit { TYPO, WORDING, INSERT, DELETE, MOVE, SPLIT, JOIN, FIGURE, NAME, DATE, NEGATION }

    /** One old sentence's expected and assigned kind, and whether its verdict (and note) came through intact. */
    public record Outcome(String article, Edit edit, int ordinal, CarryKind expected, CarryKind assigned,
                          boolean target, boolean verdictKept, String text) {
    }

    /** All outcomes; plus the new sentences: NEW expected vs. assigned counts. */
    public record Result(List<Outcome> outcomes, int newExpected, int newAssigned, List<String> skipped) {

        /** expected × assigned counts, old sentences and (as NEW) the added ones. */
        public Map<CarryKind, Map<CarryKind, Integer>> confusion() {
            Map<CarryKind, Map<CarryKind, Integer>> table = new EnumMap<>(CarryKind.class);
            for (Outcome o : outcomes) {
                table.computeIfAbsent(o.expected(), k -> new EnumMap<>(CarryKind.class)).merge(o.assigned(), 1, Integer::sum);
            }
            table.computeIfAbsent(CarryKind.NEW, k -> new EnumMap<>(CarryKind.class)).merge(CarryKind.NEW,
                    Math.min(newExpected, newAssigned), Integer::sum);
            return table;
        }

        public String table() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-12s", "expected \\ got"));
            for (CarryKind k : CarryKind.values()) {
                s.append(String.format(Locale.ROOT, "%11s", k.key()));
            }
            s.append('\n');
            Map<CarryKind, Map<CarryKind, Integer>> table = confusion();
            for (CarryKind row : CarryKind.values()) {
                s.append(String.format(Locale.ROOT, "%-12s", row.key()));
                for (CarryKind column : CarryKind.values()) {
                    s.append(String.format(Locale.ROOT, "%11d", table.getOrDefault(row, Map.of()).getOrDefault(column, 0)));
                }
                s.append('\n');
            }
            s.append(String.format(Locale.ROOT, "new sentences: %d expected, %d assigned NEW%n", newExpected, newAssigned));
            return s.toString();
        }
    }

    private static final Path SEEDS = Path.of("src", "main", "resources", "seed-articles");
    private static final List<String> SYNONYMS = List.of("und", "sowie", "sehr", "äußerst", "jetzt", "nun",
            "aber", "jedoch", "auch", "ebenfalls", "schnell", "rasch", "wichtig", "bedeutend", "deutlich", "klar",
            "zeigt", "belegt", "bereits", "schon");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,3})(?![\\d.,]\\d)");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)(\\d\\d)\\b");
    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");
    private static final Pattern VERB = Pattern.compile(" (ist|sind|hat|haben|wird|werden|will|soll|kann|war) ");
    private static final Pattern NAME = Pattern.compile("(?<=\\p{L}[\\p{L},]* )(Microsoft|OpenAI|Google|Azure|Nadella|Altman|Meta|Amazon|Copilot|Apple|Nvidia|EU|Europa|USA|Berlin)\\b");

    private final ArticleService articles;
    private final RevisionService revisions;
    private final ReviewService reviews;
    private final UserDetailsService users;

    public RevisionQuality(ApplicationContext context) {
        articles = context.getBean(ArticleService.class);
        revisions = context.getBean(RevisionService.class);
        reviews = context.getBean(ReviewService.class);
        users = context.getBean(UserDetailsService.class);
    }

    public static List<Path> seeds() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run() {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int[] added = new int[2];
        for (Path seed : seeds()) {
            String text;
            try {
                text = Files.readString(seed, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Edit edit : Edit.values()) {
                if (!runOne(seed.getFileName().toString(), text, edit, outcomes, added)) {
                    skipped.add(seed.getFileName() + " " + edit);
                }
            }
        }
        return new Result(outcomes, added[0], added[1], skipped);
    }

    /** The article as lines of sentences, as stored. */
    private static List<List<String>> lines(ArticleText text) {
        return text.blocks().stream().map(b -> (List<String>) new ArrayList<>(b.sentences().stream()
                .map(ArticleText.Sentence::text).toList())).toList();
    }

    private static String render(List<List<String>> lines) {
        StringBuilder s = new StringBuilder();
        lines.forEach(line -> s.append(String.join(" ", line)).append('\n'));
        return s.toString();
    }

    /** An edit applied: the old and new lines, the old sentence touched (line, index), new sentences added. */
    private record Applied(List<List<String>> before, List<List<String>> after, Map<String, CarryKind> expected,
                           int added) {
    }

    private boolean runOne(String name, String seedText, Edit edit, List<Outcome> outcomes, int[] added) {
        String marker = "Fassung " + UUID.randomUUID();
        List<List<String>> base = new ArrayList<>();
        base.add(new ArrayList<>(List.of(marker)));
        for (var block : org.factdesk.segmentation.GermanSentenceSplitter.shared().segment(seedText)) {
            base.add(new ArrayList<>(block.sentences().stream().map(s -> s.text()).toList()));
        }
        Applied applied = apply(edit, base);
        if (applied == null) {
            return false;
        }
        ArticleId v1 = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(marker, name,
                null, render(applied.before()))));
        ArticleText oldText = SystemAuthentication.runAsSystem(() -> articles.findText(v1)).orElseThrow();
        List<ArticleText.Sentence> old = oldText.blocks().stream().flatMap(b -> b.sentences().stream()).toList();
        reviewAll(v1, old);
        Map<Long, SentenceVerdict> oldVerdicts = SignedInAs.call(users, "lead", () -> reviews.verdictsOf(v1));
        RevisionResult result = SignedInAs.call(users, "lead", () -> revisions.importNewVersion(v1, name,
                new ReadArticle(render(applied.after()), ArticleMetadata.NONE, null)));
        Map<Long, CarriedSentence> carried = SignedInAs.call(users, "lead", () -> revisions.carried(result.article()));
        Map<Long, SentenceVerdict> newVerdicts = SignedInAs.call(users, "lead", () -> reviews.verdictsOf(result.article()));
        Map<Long, List<Long>> into = new LinkedHashMap<>();
        carried.forEach((to, c) -> c.fromSentenceIds().forEach(from -> into.computeIfAbsent(from, f -> new ArrayList<>()).add(to)));
        for (ArticleText.Sentence sentence : old) {
            List<Long> targets = into.getOrDefault(sentence.id(), List.of());
            CarryKind assigned = targets.isEmpty() ? CarryKind.REMOVED : carried.get(targets.getFirst()).kind();
            SentenceVerdict before = oldVerdicts.get(sentence.id());
            boolean kept = !targets.isEmpty() && targets.stream().allMatch(t -> newVerdicts.get(t) != null
                    && newVerdicts.get(t).verdict() == before.verdict()
                    && java.util.Objects.equals(newVerdicts.get(t).note(), before.note()));
            CarryKind expected = applied.expected().getOrDefault(sentence.text(), CarryKind.UNCHANGED);
            outcomes.add(new Outcome(name, edit, sentence.ordinal(), expected, assigned,
                    applied.expected().containsKey(sentence.text()), kept, sentence.text()));
        }
        added[0] += applied.added();
        added[1] += result.added();
        return true;
    }

    /** Every sentence gets a verdict: mostly no claim, every fifth verified with a note, every seventh disputed. */
    private void reviewAll(ArticleId id, List<ArticleText.Sentence> sentences) {
        SignedInAs.run(users, "lead", () -> {
            reviews.mark(id, sentences.stream().map(s -> new VerdictChange(s.id(), 0)).toList(), Verdict.NO_CLAIM);
            for (ArticleText.Sentence s : sentences) {
                Verdict verdict = verdictFor(s.ordinal());
                if (verdict != Verdict.NO_CLAIM) {
                    reviews.save(id, new VerdictChange(s.id(), 1), verdict, verdict.name() + " " + s.ordinal(), List.of());
                }
            }
        });
    }

    private static List<List<String>> copy(List<List<String>> lines) {
        return new ArrayList<>(lines.stream().map(l -> (List<String>) new ArrayList<>(l)).toList());
    }

    /** The first sentence (line ≥ 1, not the marker) the function can change, changed; null when none can. */
    private interface SentenceEdit {
        String change(String sentence);
    }

    private static Applied changeOne(List<List<String>> base, CarryKind expected, SentenceEdit edit, boolean oldSide) {
        for (int l = 2; l < base.size(); l++) {
            for (int s = 0; s < base.get(l).size(); s++) {
                String sentence = base.get(l).get(s);
                String changed = edit.change(sentence);
                if (changed != null && !changed.equals(sentence)) {
                    List<List<String>> other = copy(base);
                    other.get(l).set(s, changed);
                    // A typo is fixed: the old version has it, the new one is the original.
                    return oldSide ? new Applied(other, base, Map.of(changed, expected), 0)
                            : new Applied(base, other, Map.of(sentence, expected), 0);
                }
            }
        }
        return null;
    }

    private static Applied apply(Edit edit, List<List<String>> base) {
        return switch (edit) {
            case TYPO -> changeOne(base, CarryKind.CHANGED, RevisionQuality::typo, true);
            case WORDING -> changeOne(base, CarryKind.CHANGED, RevisionQuality::synonym, false);
            case FIGURE -> changeOne(base, CarryKind.SUBSTANCE, RevisionQuality::figure, false);
            case NAME -> changeOne(base, CarryKind.SUBSTANCE, RevisionQuality::name, false);
            case DATE -> changeOne(base, CarryKind.SUBSTANCE, RevisionQuality::date, false);
            case NEGATION -> changeOne(base, CarryKind.SUBSTANCE, RevisionQuality::negation, false);
            case INSERT -> {
                List<List<String>> after = copy(base);
                int line = longestLine(base);
                after.get(line).add(1, "Ein Sprecher wollte sich dazu auf Anfrage zunächst nicht weiter äußern.");
                yield new Applied(base, after, Map.of(), 1);
            }
            case DELETE -> {
                List<List<String>> after = copy(base);
                int line = longestLine(base);
                String removed = after.get(line).remove(1);
                yield new Applied(base, after, Map.of(removed, CarryKind.REMOVED), 0);
            }
            case MOVE -> {
                // the longest paragraph moves to the end (its sentences are the targets: they keep their verdicts)
                List<List<String>> after = copy(base);
                int line = longestLine(base);
                List<String> paragraph = after.remove(line);
                after.add(paragraph);
                Map<String, CarryKind> moved = new LinkedHashMap<>();
                paragraph.forEach(s -> moved.put(s, CarryKind.UNCHANGED));
                yield line == base.size() - 1 ? null : new Applied(base, after, moved, 0);
            }
            case SPLIT -> {
                for (int l = 2; l < base.size(); l++) {
                    for (int s = 0; s < base.get(l).size(); s++) {
                        String sentence = base.get(l).get(s);
                        int comma = sentence.indexOf(", ");
                        if (comma > 25 && sentence.length() - comma > 30 && sentence.endsWith(".")
                                && Character.isLowerCase(sentence.charAt(comma + 2))) {
                            List<List<String>> after = copy(base);
                            String rest = sentence.substring(comma + 2);
                            after.get(l).set(s, sentence.substring(0, comma) + ".");
                            after.get(l).add(s + 1, Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
                            yield new Applied(base, after, Map.of(sentence, CarryKind.CHANGED), 0);
                        }
                    }
                }
                yield null;
            }
            case JOIN -> {
                for (int l = 2; l < base.size(); l++) {
                    for (int s = 0; s + 1 < base.get(l).size(); s++) {
                        String first = base.get(l).get(s);
                        String second = base.get(l).get(s + 1);
                        // two neighbours with the same verdict (see reviewAll); different ones are substance
                        int ordinal = ordinal(base, l, s);
                        if (first.endsWith(".") && second.length() > 20
                                && verdictFor(ordinal) == verdictFor(ordinal + 1)) {
                            List<List<String>> after = copy(base);
                            after.get(l).set(s, first.substring(0, first.length() - 1) + "; " + second);
                            after.get(l).remove(s + 1);
                            yield new Applied(base, after, Map.of(first, CarryKind.CHANGED, second, CarryKind.CHANGED), 0);
                        }
                    }
                }
                yield null;
            }
        };
    }

    /** The 1-based ordinal of sentence {@code s} of line {@code l}. */
    private static int ordinal(List<List<String>> lines, int l, int s) {
        int ordinal = s + 1;
        for (int i = 0; i < l; i++) {
            ordinal += lines.get(i).size();
        }
        return ordinal;
    }

    static Verdict verdictFor(int ordinal) {
        return ordinal % 5 == 0 ? Verdict.VERIFIED : ordinal % 7 == 0 ? Verdict.DISPUTED : Verdict.NO_CLAIM;
    }

    private static int longestLine(List<List<String>> lines) {
        int best = 2;
        for (int l = 2; l < lines.size(); l++) {
            if (lines.get(l).size() > lines.get(best).size()) {
                best = l;
            }
        }
        return best;
    }

    /** Two neighbouring letters swapped inside a long word. */
    static String typo(String sentence) {
        Matcher word = Pattern.compile("\\b\\p{Ll}{8,}\\b").matcher(sentence);
        if (!word.find()) {
            return null;
        }
        int i = word.start() + 3;
        return sentence.substring(0, i) + sentence.charAt(i + 1) + sentence.charAt(i) + sentence.substring(i + 2);
    }

    static String synonym(String sentence) {
        for (int i = 0; i < SYNONYMS.size(); i += 2) {
            Matcher m = Pattern.compile("\\b" + SYNONYMS.get(i) + "\\b").matcher(sentence);
            if (m.find()) {
                return sentence.substring(0, m.start()) + SYNONYMS.get(i + 1) + sentence.substring(m.end());
            }
        }
        return null;
    }

    /** "27 Prozent" → "32 Prozent": a small number plus five. */
    static String figure(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            if (YEAR.matcher(m.group()).matches()) {
                continue;
            }
            return sentence.substring(0, m.start()) + (Integer.parseInt(m.group(1)) + 5) + sentence.substring(m.end());
        }
        return null;
    }

    static String name(String sentence) {
        Matcher m = NAME.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String replacement = m.group(1).equals("Siemens") ? "Bosch" : "Siemens";
        return sentence.substring(0, m.start()) + replacement + sentence.substring(m.end());
    }

    /** A month moves on one, else a year. */
    static String date(String sentence) {
        for (int i = 0; i < MONTHS.size(); i++) {
            Matcher m = Pattern.compile("\\b" + MONTHS.get(i) + "\\b").matcher(sentence);
            if (m.find()) {
                return sentence.substring(0, m.start()) + MONTHS.get((i + 1) % 12) + sentence.substring(m.end());
            }
        }
        Matcher year = YEAR.matcher(sentence);
        if (year.find()) {
            return sentence.substring(0, year.start()) + (Integer.parseInt(year.group()) + 1) + sentence.substring(year.end());
        }
        return null;
    }

    /** "ist" → "ist nicht", or an existing "nicht" dropped. */
    static String negation(String sentence) {
        if (sentence.contains(" nicht ")) {
            return sentence.replaceFirst(" nicht ", " ");
        }
        Matcher m = VERB.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        return sentence.substring(0, m.end()) + "nicht " + sentence.substring(m.end());
    }
}
