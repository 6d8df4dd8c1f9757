package org.factdesk.revision;

import java.util.List;

/**
 * The result of matching an article's old sentences to its new ones ({@link SentenceMatcher}); indexes
 * are 0-based positions in the two lists given.
 *
 * @param oldSentences one fate per old sentence, in order
 * @param newSentences one origin per new sentence, in order
 */
public record SentenceMatching(List<OldFate> oldSentences, List<NewOrigin> newSentences) {

    public SentenceMatching {
        oldSentences = List.copyOf(oldSentences);
        newSentences = List.copyOf(newSentences);
    }

    /**
     * What became of one old sentence: {@code kind} is never NEW; {@code newIndexes} are the new
     * sentences it became (none when REMOVED, two when it was split, one shared by two old sentences
     * when they were joined); {@code moved} when it went elsewhere than the sequence diff placed it.
     */
    public record OldFate(int index, CarryKind kind, List<Integer> newIndexes, boolean moved,
                          List<String> differences) {
        public OldFate {
            newIndexes = List.copyOf(newIndexes);
            differences = List.copyOf(differences);
        }
    }

    /**
     * Where one new sentence came from: {@code kind} is never REMOVED; {@code oldIndexes} are the old
     * sentences it came from (none when NEW, two when two old sentences were joined into it).
     * {@code differences} say why it is SUBSTANCE, as codes with the values that differ, e.g.
     * {@code figure: 27 → 32}.
     */
    public record NewOrigin(int index, CarryKind kind, List<Integer> oldIndexes, boolean moved,
                            List<String> differences) {
        public NewOrigin {
            oldIndexes = List.copyOf(oldIndexes);
            differences = List.copyOf(differences);
        }
    }

    public OldFate oldFate(int index) {
        return oldSentences.get(index);
    }

    public NewOrigin newOrigin(int index) {
        return newSentences.get(index);
    }
}
