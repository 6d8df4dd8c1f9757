package org.factdesk.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.factdesk.revision.internal.SentenceFacts;
import org.factdesk.revision.internal.SentenceText;
import org.factdesk.revision.internal.Similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the sentences of an article's old version to those of its new version (ADR 29). Pure and
 * thread-safe; no Spring.
 *
 * <ol>
 * <li>A sequence diff (Myers, java-diff-utils) over the normalised sentences: what it keeps in place is
 * {@link CarryKind#UNCHANGED}; the rest falls into changed regions (deleted, inserted, replaced runs).</li>
 * <li>Moved sentences: a left-over old sentence whose normalised text a left-over new sentence has,
 * anywhere, is the same sentence moved — several candidates are told apart by their context (the
 * sentences before and after, as annotation tools anchor a quote with its prefix and suffix), then by
 * the nearest position.</li>
 * <li>Pairing by similarity ({@link Similarity}: Dice over word tokens or character trigrams) among the
 * rest: one to one, one old to two adjacent new (a split) and two adjacent old to one new (a join),
 * best first. Inside the same changed region a pair needs {@value #LOCAL_THRESHOLD}; across regions
 * (moved and edited) {@value #MOVED_THRESHOLD}.</li>
 * <li>Each pair is {@link CarryKind#SUBSTANCE} when a figure, a name, a date or a negation differs
 * ({@link SentenceFacts}), else {@link CarryKind#CHANGED}; old sentences left over are REMOVED, new ones NEW.</li>
 * </ol>
 */
public final class SentenceMatcher {

    static final double LOCAL_THRESHOLD = 0.5;
    static final double MOVED_THRESHOLD = 0.7;
    /** A split or join must read clearly better than the best single partner. */
    private static final double COMBINED_MARGIN = 0.05;
    /** Each part of a split or join has at least this share of its words in the other side. */
    private static final double PART_CONTAINMENT = 0.5;
    /** Tokens in more left-over sentences than this are too common to propose candidates. */
    private static final int MAX_POSTINGS = 64;

    private SentenceMatcher() {
    }

    public static SentenceMatching match(List<String> oldSentences, List<String> newSentences) {
        return new Run(oldSentences, newSentences).run();
    }

    private static final class Run {
        final List<SentenceText> old;
        final List<SentenceText> fresh;
        final int[] oldRegion;
        final int[] newRegion;
        final List<List<Integer>> oldTo = new ArrayList<>();
        final List<List<Integer>> newFrom = new ArrayList<>();
        final CarryKind[] oldKind;
        final CarryKind[] newKind;
        final boolean[] oldMoved;
        final boolean[] newMoved;
        final List<List<String>> oldDifferences = new ArrayList<>();
        final List<List<String>> newDifferences = new ArrayList<>();

        Run(List<String> oldSentences, List<String> newSentences) {
            old = oldSentences.stream().map(SentenceText::new).toList();
            fresh = newSentences.stream().map(SentenceText::new).toList();
            oldRegion = new int[old.size()];
            newRegion = new int[fresh.size()];
            oldKind = new CarryKind[old.size()];
            newKind = new CarryKind[fresh.size()];
            oldMoved = new boolean[old.size()];
            newMoved = new boolean[fresh.size()];
            for (int i = 0; i < old.size(); i++) {
                oldTo.add(new ArrayList<>(2));
                oldDifferences.add(List.of());
            }
            for (int j = 0; j < fresh.size(); j++) {
                newFrom.add(new ArrayList<>(2));
                newDifferences.add(List.of());
            }
        }

        SentenceMatching run() {
            diff();
            exactMoves();
            similarPairs();
            List<SentenceMatching.OldFate> fates = new ArrayList<>(old.size());
            for (int i = 0; i < old.size(); i++) {
                fates.add(new SentenceMatching.OldFate(i, oldKind[i] == null ? CarryKind.REMOVED : oldKind[i],
                        oldTo.get(i), oldMoved[i], oldDifferences.get(i)));
            }
            List<SentenceMatching.NewOrigin> origins = new ArrayList<>(fresh.size());
            for (int j = 0; j < fresh.size(); j++) {
                origins.add(new SentenceMatching.NewOrigin(j, newKind[j] == null ? CarryKind.NEW : newKind[j],
                        newFrom.get(j), newMoved[j], newDifferences.get(j)));
            }
            return new SentenceMatching(fates, origins);
        }

        /** Step 1: what the sequence diff keeps is unchanged; the rest is numbered by changed region. */
        void diff() {
            Arrays.fill(oldRegion, -1);
            Arrays.fill(newRegion, -1);
            Patch<String> patch = DiffUtils.diff(old.stream().map(SentenceText::normalised).toList(),
                    fresh.stream().map(SentenceText::normalised).toList());
            int i = 0;
            int j = 0;
            int region = 0;
            for (AbstractDelta<String> delta : patch.getDeltas()) {
                int sourceStart = delta.getSource().getPosition();
                int targetStart = delta.getTarget().getPosition();
                while (i < sourceStart && j < targetStart) {
                    pairUnchanged(i++, j++, false);
                }
                for (int k = 0; k < delta.getSource().size(); k++) {
                    oldRegion[sourceStart + k] = region;
                }
                for (int k = 0; k < delta.getTarget().size(); k++) {
                    newRegion[targetStart + k] = region;
                }
                i = sourceStart + delta.getSource().size();
                j = targetStart + delta.getTarget().size();
                region++;
            }
            while (i < old.size() && j < fresh.size()) {
                pairUnchanged(i++, j++, false);
            }
        }

        /** Step 2: the same text elsewhere is the sentence moved; context, then distance, picks among equals. */
        void exactMoves() {
            Map<String, List<Integer>> leftNew = new LinkedHashMap<>();
            for (int j = 0; j < fresh.size(); j++) {
                if (newKind[j] == null) {
                    leftNew.computeIfAbsent(fresh.get(j).normalised(), t -> new ArrayList<>()).add(j);
                }
            }
            for (int i = 0; i < old.size(); i++) {
                if (oldKind[i] != null) {
                    continue;
                }
                List<Integer> candidates = leftNew.get(old.get(i).normalised());
                if (candidates == null || candidates.isEmpty()) {
                    continue;
                }
                int oldIndex = i;
                int best = candidates.stream().max(Comparator.<Integer>comparingInt(j -> contextScore(oldIndex, j))
                        .thenComparing(j -> -Math.abs(relative(oldIndex, old.size()) - relative(j, fresh.size()))))
                        .orElseThrow();
                candidates.remove(Integer.valueOf(best));
                pairUnchanged(i, best, true);
            }
        }

        /** How many of the neighbours (before, after) read the same in both versions: 0, 1 or 2. */
        int contextScore(int i, int j) {
            int score = 0;
            if (i > 0 && j > 0 && old.get(i - 1).normalised().equals(fresh.get(j - 1).normalised())) {
                score++;
            }
            if (i + 1 < old.size() && j + 1 < fresh.size()
                    && old.get(i + 1).normalised().equals(fresh.get(j + 1).normalised())) {
                score++;
            }
            return score;
        }

        static double relative(int index, int size) {
            return size <= 1 ? 0 : (double) index / (size - 1);
        }

        void pairUnchanged(int i, int j, boolean moved) {
            oldKind[i] = CarryKind.UNCHANGED;
            newKind[j] = CarryKind.UNCHANGED;
            oldTo.get(i).add(j);
            newFrom.get(j).add(i);
            oldMoved[i] = moved;
            newMoved[j] = moved;
        }

        /** A possible pairing: old sentences (one or two adjacent) with new ones (one or two adjacent). */
        record Candidate(int[] olds, int[] news, double similarity, boolean local, double rank) {
        }

        /** Step 3: pair the rest by similarity, best first, splits and joins included. */
        void similarPairs() {
            List<Integer> leftOld = new ArrayList<>();
            List<Integer> leftNew = new ArrayList<>();
            for (int i = 0; i < old.size(); i++) {
                if (oldKind[i] == null) {
                    leftOld.add(i);
                }
            }
            for (int j = 0; j < fresh.size(); j++) {
                if (newKind[j] == null) {
                    leftNew.add(j);
                }
            }
            if (leftOld.isEmpty() || leftNew.isEmpty()) {
                return;
            }
            Map<String, List<Integer>> index = new HashMap<>();
            Map<Integer, List<Integer>> newByRegion = new HashMap<>();
            for (int j : leftNew) {
                for (String word : fresh.get(j).words().keySet()) {
                    if (word.length() >= 3) {
                        index.computeIfAbsent(word, w -> new ArrayList<>()).add(j);
                    }
                }
                newByRegion.computeIfAbsent(newRegion[j], r -> new ArrayList<>()).add(j);
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i : leftOld) {
                Set<Integer> partners = new HashSet<>();
                if (oldRegion[i] >= 0) {
                    List<Integer> sameRegion = newByRegion.getOrDefault(oldRegion[i], List.of());
                    partners.addAll(sameRegion.size() <= 200 ? sameRegion : List.of());
                }
                for (String word : old.get(i).words().keySet()) {
                    List<Integer> postings = index.get(word);
                    if (postings != null && postings.size() <= MAX_POSTINGS) {
                        partners.addAll(postings);
                    }
                }
                for (int j : partners) {
                    addCandidates(i, j, candidates);
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed()
                    .thenComparingInt(c -> c.olds()[0]).thenComparingInt(c -> c.news()[0]));
            for (Candidate candidate : candidates) {
                if (Arrays.stream(candidate.olds()).allMatch(i -> oldKind[i] == null)
                        && Arrays.stream(candidate.news()).allMatch(j -> newKind[j] == null)) {
                    accept(candidate);
                }
            }
        }

        void addCandidates(int i, int j, List<Candidate> candidates) {
            boolean local = oldRegion[i] >= 0 && oldRegion[i] == newRegion[j];
            double threshold = local ? LOCAL_THRESHOLD : MOVED_THRESHOLD;
            double single = Similarity.of(old.get(i), fresh.get(j));
            if (single >= threshold) {
                candidates.add(new Candidate(new int[]{i}, new int[]{j}, single, local, single + (local ? 0.05 : 0)));
            }
            if (single < 0.25) {
                return;
            }
            // A split: this old sentence became new j and its neighbour.
            for (int other : new int[]{j - 1, j + 1}) {
                if (other >= 0 && other < fresh.size() && newKind[other] == null) {
                    int first = Math.min(j, other);
                    SentenceText joined = SentenceText.joined(fresh.get(first), fresh.get(first + 1));
                    double combined = Similarity.of(old.get(i), joined);
                    if (combined >= Math.max(threshold, single + COMBINED_MARGIN)
                            && contained(fresh.get(other), old.get(i))) {
                        candidates.add(new Candidate(new int[]{i}, new int[]{first, first + 1}, combined, local,
                                combined + (local ? 0.05 : 0)));
                    }
                }
            }
            // A join: this old sentence and its neighbour became new j.
            for (int other : new int[]{i - 1, i + 1}) {
                if (other >= 0 && other < old.size() && oldKind[other] == null) {
                    int first = Math.min(i, other);
                    SentenceText joined = SentenceText.joined(old.get(first), old.get(first + 1));
                    double combined = Similarity.of(joined, fresh.get(j));
                    if (combined >= Math.max(threshold, single + COMBINED_MARGIN)
                            && contained(old.get(other), fresh.get(j))) {
                        candidates.add(new Candidate(new int[]{first, first + 1}, new int[]{j}, combined, local,
                                combined + (local ? 0.05 : 0)));
                    }
                }
            }
        }

        /** Whether most words of {@code part} are in {@code whole} (the part of a split or join belongs there). */
        static boolean contained(SentenceText part, SentenceText whole) {
            int total = 0;
            int found = 0;
            for (Map.Entry<String, Integer> e : part.words().entrySet()) {
                total += e.getValue();
                found += Math.min(e.getValue(), whole.words().getOrDefault(e.getKey(), 0));
            }
            return total > 0 && (double) found / total >= PART_CONTAINMENT;
        }

        void accept(Candidate candidate) {
            SentenceText before = candidate.olds().length == 1 ? old.get(candidate.olds()[0])
                    : SentenceText.joined(old.get(candidate.olds()[0]), old.get(candidate.olds()[1]));
            SentenceText after = candidate.news().length == 1 ? fresh.get(candidate.news()[0])
                    : SentenceText.joined(fresh.get(candidate.news()[0]), fresh.get(candidate.news()[1]));
            List<String> differences = new SentenceFacts(after).differencesFrom(new SentenceFacts(before));
            CarryKind kind = before.normalised().equals(after.normalised()) ? CarryKind.UNCHANGED
                    : differences.isEmpty() ? CarryKind.CHANGED : CarryKind.SUBSTANCE;
            boolean moved = !candidate.local();
            for (int i : candidate.olds()) {
                oldKind[i] = kind;
                oldMoved[i] = moved;
                oldDifferences.set(i, differences);
                for (int j : candidate.news()) {
                    oldTo.get(i).add(j);
                }
            }
            for (int j : candidate.news()) {
                newKind[j] = kind;
                newMoved[j] = moved;
                newDifferences.set(j, differences);
                for (int i : candidate.olds()) {
                    newFrom.get(j).add(i);
                }
            }
        }
    }
}
