package org.factdesk.assist.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of several word sets a word belongs to, as bits of one mask: one hash look-up per word instead of one per
 * set (the check-worthiness cues test some twenty sets per word). Case-sensitive: a word is looked up as given.
 */
final class WordClasses<C extends Enum<C>> {

    private final Map<String, Integer> masks = new HashMap<>();

    WordClasses<C> add(C wordClass, Set<String> words) {
        for (String word : words) {
            masks.merge(word, bit(wordClass), (a, b) -> a | b);
        }
        return this;
    }

    /** The classes the word belongs to; test them with {@link #in}. */
    int of(String word) {
        Integer mask = masks.get(word);
        return mask == null ? 0 : mask;
    }

    static <C extends Enum<C>> boolean in(int mask, C wordClass) {
        return (mask & bit(wordClass)) != 0;
    }

    private static int bit(Enum<?> wordClass) {
        if (wordClass.ordinal() >= Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 word classes: " + wordClass);
        }
        return 1 << wordClass.ordinal();
    }
}
