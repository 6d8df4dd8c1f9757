package org.factdesk.assist.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-pass search finds a list exactly when String.contains finds one of its substrings. */
class SubstringListsTest {

    private enum Family { NOW, FREE, PAYWALL, CURRENCY }

    private final SubstringLists<Family> lists = new SubstringLists<Family>()
            .add(Family.NOW, "jetzt", "hier", "sofort")
            .add(Family.FREE, "kostenlos", "gratis")
            .add(Family.PAYWALL, "weiterlesen", "weiter lesen", "+", "lesen sie weiter")
            .add(Family.CURRENCY, "€", "eur", "ő")
            .build();

    @Test
    void finds_each_list_whose_substring_occurs_anywhere() {
        long found = lists.found("jetzt kostenlos weiterlesen");
        assertThat(SubstringLists.in(found, Family.NOW)).isTrue();
        assertThat(SubstringLists.in(found, Family.FREE)).isTrue();
        assertThat(SubstringLists.in(found, Family.PAYWALL)).isTrue();
        assertThat(SubstringLists.in(found, Family.CURRENCY)).isFalse();
        assertThat(SubstringLists.in(lists.found("abonnieren sie hierzu"), Family.NOW)).isTrue(); // inside a word
        assertThat(SubstringLists.in(lists.found("nur 5 € im monat"), Family.CURRENCY)).isTrue(); // above U+00FF
        assertThat(SubstringLists.in(lists.found("weiter lese"), Family.PAYWALL)).isFalse();
        assertThat(lists.found("")).isZero();
    }

    @Test
    void agrees_with_contains_on_random_lists_and_texts() {
        // a small alphabet makes overlapping substrings, where the failure links matter: "aab" in "aaab"
        Random random = new Random(13);
        String alphabet = "ab c€";
        for (int round = 0; round < 200; round++) {
            List<List<String>> words = new ArrayList<>();
            SubstringLists<Family> random4 = new SubstringLists<>();
            for (Family family : Family.values()) {
                List<String> list = new ArrayList<>();
                for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
                    list.add(randomText(random, alphabet, 1 + random.nextInt(4)));
                }
                words.add(list);
                random4.add(family, list.toArray(String[]::new));
            }
            random4.build();
            for (int t = 0; t < 50; t++) {
                String text = randomText(random, alphabet, random.nextInt(20));
                long found = random4.found(text);
                for (Family family : Family.values()) {
                    boolean contained = words.get(family.ordinal()).stream().anyMatch(text::contains);
                    assertThat(SubstringLists.in(found, family)).as("%s in '%s' of %s", family, text, words)
                            .isEqualTo(contained);
                }
            }
        }
    }

    @Test
    void refuses_an_empty_substring_and_a_search_before_it_is_built() {
        assertThatThrownBy(() -> new SubstringLists<Family>().add(Family.NOW, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubstringLists<Family>().add(Family.NOW, "jetzt").found("jetzt"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
