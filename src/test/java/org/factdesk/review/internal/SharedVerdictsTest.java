package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictsChanged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The payload of a verdict change carries ids only (ADR 0038); the other node reloads the verdicts. */
class SharedVerdictsTest {

    private final SharedVerdicts shared = new SharedVerdicts(null);

    @Test
    void a_change_is_sent_as_its_article_author_and_sentence_ids() {
        VerdictsChanged event = new VerdictsChanged(new ArticleId(12), List.of(verdict(5), verdict(6)), "lena;lead");
        assertThat(shared.encode(event)).isEqualTo("12;lena%3Blead;5,6");
    }

    @Test
    void a_range_too_long_for_one_payload_is_sent_as_the_whole_article() {
        List<SentenceVerdict> many = LongStream.rangeClosed(1_000_000, 1_002_000).mapToObj(SharedVerdictsTest::verdict).toList();
        String body = shared.encode(new VerdictsChanged(new ArticleId(12), many, "lead"));
        assertThat(body).isEqualTo("12;lead;*");
    }

    @Test
    void a_payload_without_its_parts_shows_nothing() {
        assertThat(shared.decode("12;lead")).isEmpty();
    }

    private static SentenceVerdict verdict(long sentenceId) {
        return new SentenceVerdict(sentenceId, Verdict.NO_CLAIM, null, 1, "lead", "Lena Lead", Instant.EPOCH, List.of());
    }
}
