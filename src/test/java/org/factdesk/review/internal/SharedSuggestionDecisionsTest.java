package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.SuggestionState;
import org.factdesk.review.SuggestionsDecided;
import org.factdesk.review.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Decided suggestions go across as ids (ADR 0038); the receiver keeps those decided as stored. */
class SharedSuggestionDecisionsTest {

    /** Article 12: sentence 5 accepted, 6 dismissed, 7 still open, 8 only scored. */
    private final SuggestionSource stored = new SuggestionSource() {
        @Override
        public List<Suggestion> suggestionsFor(ArticleId articleId) {
            return articleId.value() != 12 ? List.of() : List.of(
                    suggestion(5, Verdict.PROMOTIONAL, SuggestionState.ACCEPTED),
                    suggestion(6, Verdict.NO_CLAIM, SuggestionState.DISMISSED),
                    suggestion(7, Verdict.NO_CLAIM, SuggestionState.OPEN),
                    suggestion(8, null, SuggestionState.OPEN));
        }

        @Override
        public void recordDecision(ArticleId articleId, Collection<Long> sentenceIds, SuggestionState decision,
                                   long userId) {
            throw new AssertionError("decoding writes nothing");
        }

        @Override
        public Map<String, DecisionCounts> decisionCounts() {
            return Map.of();
        }
    };

    private final SharedSuggestionDecisions shared = new SharedSuggestionDecisions(
            new StaticListableBeanFactory(Map.of("assist", stored)).getBeanProvider(SuggestionSource.class));

    @Test
    void decisions_go_across_as_article_and_sentence_ids() {
        assertThat(shared.encode(new SuggestionsDecided(new ArticleId(12), List.of(5L, 6L)))).isEqualTo("12;5,6");
    }

    @Test
    void too_many_for_one_payload_go_as_the_whole_article() {
        List<Long> many = LongStream.rangeClosed(1_000_000, 1_002_000).boxed().toList();
        assertThat(shared.encode(new SuggestionsDecided(new ArticleId(12), many))).isEqualTo("12;*");
    }

    @Test
    void the_receiver_keeps_the_named_sentences_that_have_a_suggestion_decided_or_open_again() {
        assertThat(shared.decode("12;5,6,7")).contains(new SuggestionsDecided(new ArticleId(12), List.of(5L, 6L, 7L)));
        assertThat(shared.decode("12;*")).contains(new SuggestionsDecided(new ArticleId(12), List.of(5L, 6L, 7L)));
        assertThat(shared.decode("12;7,8")).as("7 open again after an undo: readers offer it again")
                .contains(new SuggestionsDecided(new ArticleId(12), List.of(7L)));
        assertThat(shared.decode("12;8,9")).as("only scored, or unknown: nothing to show").isEmpty();
        assertThat(shared.decode("12")).isEmpty();
        assertThat(shared.decode("12;x")).isEmpty();
    }

    private static Suggestion suggestion(long sentenceId, Verdict verdict, SuggestionState state) {
        return new Suggestion(sentenceId, verdict, verdict == null ? null : "test", List.of(), 0.1, List.of(), state);
    }
}
