package org.factdesk.review.ui;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceLinksTest {

    @Test
    void finds_hash_and_word_references_but_not_hashes_inside_words_or_urls() {
        assertThat(references("Bitte #3 und Satz 12 prüfen, sentence 4 too.")).containsExactly("3", "12", "4");
        assertThat(references("Siehe https://example.org/x#5 und a#2 und C# 7")).isEmpty();
    }

    private static Stream<String> references(String text) {
        Matcher matcher = SentenceLinks.REFERENCE.matcher(text);
        return matcher.results().map(r -> r.group(1));
    }
}
