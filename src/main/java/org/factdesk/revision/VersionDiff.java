package org.factdesk.revision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two versions of an article side by side (ADR 0029): rows in the new version's reading order, each an old
 * and a new side. A row holds the sentences that belong together — one old and one new sentence, one old
 * sentence split into two new ones, two old ones joined into one — or a sentence only one version has
 * ({@link CarryKind#NEW}, {@link CarryKind#REMOVED}, shown where it stood, its text not highlighted: the row's
 * kind says it all). Changed rows carry the words changed on each side ({@link WordDiff}); {@code differences} say why a row is substance
 * ({@code figure: 27 → 32}). {@code older}/{@code newer} name the versions (null in a pure build).
 */
public record VersionDiff(ArticleVersion older, ArticleVersion newer, List<Row> rows) {

    public VersionDiff {
        rows = List.copyOf(rows);
    }

    /** One row; ordinals are the sentences' 1-based positions in their version (empty on the side without). */
    public record Row(CarryKind kind, boolean moved, List<Integer> oldOrdinals, List<Integer> newOrdinals,
                      List<WordDiff.Segment> before, List<WordDiff.Segment> after, List<String> differences) {

        public Row {
            oldOrdinals = List.copyOf(oldOrdinals);
            newOrdinals = List.copyOf(newOrdinals);
            before = List.copyOf(before);
            after = List.copyOf(after);
            differences = List.copyOf(differences);
        }

        public String beforeText() {
            return String.join("", before.stream().map(WordDiff.Segment::text).toList());
        }

        public String afterText() {
            return String.join("", after.stream().map(WordDiff.Segment::text).toList());
        }

        /** Whether anything in this row differs between the versions (a moved sentence counts). */
        public boolean isChange() {
            return kind != CarryKind.UNCHANGED || moved;
        }
    }

    /** Rows per kind (a split or a join is one row). */
    public Map<CarryKind, Integer> counts() {
        Map<CarryKind, Integer> counts = new EnumMap<>(CarryKind.class);
        for (CarryKind kind : CarryKind.values()) {
            counts.put(kind, 0);
        }
        rows.forEach(row -> counts.merge(row.kind(), 1, Integer::sum));
        return counts;
    }

    /** The rows where the versions differ. */
    public List<Row> changes() {
        return rows.stream().filter(Row::isChange).toList();
    }

    public boolean hasChanges() {
        return rows.stream().anyMatch(Row::isChange);
    }

    /**
     * Builds the rows from the two versions' sentence texts (reading order) and their {@link SentenceMatching}.
     * Removed sentences stand before the next sentence that kept its place after them; moved ones stand where
     * they went, with their old ordinal.
     */
    public static VersionDiff of(ArticleVersion older, ArticleVersion newer, List<String> oldTexts,
                                 List<String> newTexts, SentenceMatching matching) {
        return new Builder(oldTexts, newTexts, matching).build(older, newer);
    }

    private static final class Builder {
        final List<String> oldTexts;
        final List<String> newTexts;
        final SentenceMatching matching;
        final boolean[] oldShown;
        final boolean[] newShown;
        final List<Row> rows = new ArrayList<>();
        int removedCursor;

        Builder(List<String> oldTexts, List<String> newTexts, SentenceMatching matching) {
            this.oldTexts = oldTexts;
            this.newTexts = newTexts;
            this.matching = matching;
            oldShown = new boolean[oldTexts.size()];
            newShown = new boolean[newTexts.size()];
        }

        VersionDiff build(ArticleVersion older, ArticleVersion newer) {
            int[] nextKept = nextKeptOld();
            for (int j = 0; j < newTexts.size(); j++) {
                if (newShown[j]) {
                    continue;
                }
                SentenceMatching.NewOrigin origin = matching.newOrigin(j);
                if (origin.kind() == CarryKind.NEW) {
                    removedBefore(nextKept[j]);
                    newShown[j] = true;
                    rows.add(new Row(CarryKind.NEW, false, List.of(), List.of(j + 1), List.of(),
                            WordDiff.whole(newTexts.get(j), false), List.of()));
                    continue;
                }
                TreeSet<Integer> olds = new TreeSet<>();
                TreeSet<Integer> news = new TreeSet<>();
                group(j, olds, news);
                if (!origin.moved()) {
                    removedBefore(olds.first());
                }
                olds.forEach(i -> oldShown[i] = true);
                news.forEach(n -> newShown[n] = true);
                rows.add(row(origin, olds, news));
            }
            removedBefore(oldTexts.size());
            return new VersionDiff(older, newer, rows);
        }

        /** Per new sentence, the first old sentence that kept its place at or after it (all: none after). */
        int[] nextKeptOld() {
            int[] next = new int[newTexts.size()];
            int at = oldTexts.size();
            for (int j = newTexts.size() - 1; j >= 0; j--) {
                SentenceMatching.NewOrigin origin = matching.newOrigin(j);
                if (origin.kind() != CarryKind.NEW && !origin.moved()) {
                    at = Math.min(at, origin.oldIndexes().stream().mapToInt(Integer::intValue).min().orElse(at));
                }
                next[j] = at;
            }
            return next;
        }

        /** The new sentences and old ones that belong together with new sentence {@code j} (a split, a join). */
        void group(int j, TreeSet<Integer> olds, TreeSet<Integer> news) {
            List<Integer> todo = new ArrayList<>(List.of(j));
            while (!todo.isEmpty()) {
                int n = todo.removeLast();
                if (!news.add(n)) {
                    continue;
                }
                for (int i : matching.newOrigin(n).oldIndexes()) {
                    if (olds.add(i)) {
                        todo.addAll(matching.oldFate(i).newIndexes());
                    }
                }
            }
        }

        Row row(SentenceMatching.NewOrigin origin, TreeSet<Integer> olds, TreeSet<Integer> news) {
            String before = String.join(" ", olds.stream().map(oldTexts::get).toList());
            String after = String.join(" ", news.stream().map(newTexts::get).toList());
            WordDiff.Result words = before.equals(after)
                    ? new WordDiff.Result(WordDiff.whole(before, false), WordDiff.whole(after, false))
                    : WordDiff.diff(before, after);
            return new Row(origin.kind(), origin.moved(), olds.stream().map(i -> i + 1).toList(),
                    news.stream().map(n -> n + 1).toList(), words.before(), words.after(), origin.differences());
        }

        /** Shows the removed old sentences before {@code limit} not shown yet, in their order (one pass in all). */
        void removedBefore(int limit) {
            for (; removedCursor < Math.min(limit, oldTexts.size()); removedCursor++) {
                int i = removedCursor;
                if (!oldShown[i] && matching.oldFate(i).kind() == CarryKind.REMOVED) {
                    oldShown[i] = true;
                    rows.add(new Row(CarryKind.REMOVED, false, List.of(i + 1), List.of(),
                            WordDiff.whole(oldTexts.get(i), false), List.of(), List.of()));
                }
            }
        }
    }
}
