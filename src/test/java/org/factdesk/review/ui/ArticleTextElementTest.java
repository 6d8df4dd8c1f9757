package org.factdesk.review.ui;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleText;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionState;
import org.factdesk.review.Verdict;
import org.factdesk.segmentation.BlockKind;
import org.factdesk.discussion.SentenceDiscussion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the reader sends its element per sentence: verdict, version, the open suggestion and the check-worthiness. */
class ArticleTextElementTest {

    private static final ArticleText ARTICLE = new ArticleText(new ArticleId(7), "Titel", "quelle.txt", null,
            Instant.parse("2026-01-01T00:00:00Z"), 2, 6, List.of(
            new ArticleText.Block(1, BlockKind.PARAGRAPH, List.of(
                    new ArticleText.Sentence(101, 1, "Der Umsatz stieg um 12 Prozent."),
                    new ArticleText.Sentence(102, 2, "Hier kostenlos testen."),
                    new ArticleText.Sentence(103, 3, "Jetzt herunterladen."))),
            new ArticleText.Block(2, BlockKind.PARAGRAPH, List.of(
                    new ArticleText.Sentence(104, 4, "Foto: dpa"),
                    new ArticleText.Sentence(105, 5, "Gratis-Analyse lesen."),
                    new ArticleText.Sentence(106, 6, "Newsletter abonnieren.")))));

    @Test
    void each_sentence_carries_its_open_suggestion_and_its_check_worthiness_in_hundredths() {
        Map<Long, SentenceVerdict> verdicts = Map.of(103L, new SentenceVerdict(103, Verdict.PROMOTIONAL, null, 2,
                "lead", "Lea Lead", Instant.parse("2026-01-02T00:00:00Z"), List.of()));
        List<Suggestion> suggestions = List.of(
                new Suggestion(101, null, null, List.of(), 0.74, List.of("figure"), SuggestionState.OPEN),
                new Suggestion(102, Verdict.PROMOTIONAL, "promo", List.of("free-offer"), 0.2, List.of(),
                        SuggestionState.OPEN),
                new Suggestion(103, Verdict.PROMOTIONAL, "promo", List.of("call-to-action"), 0.1, List.of(),
                        SuggestionState.ACCEPTED),
                new Suggestion(104, Verdict.NO_CLAIM, "furniture", List.of("image-credit"), 0, List.of(),
                        SuggestionState.OPEN),
                new Suggestion(105, Verdict.PROMOTIONAL, "promo", List.of("free-offer"), 0.5, List.of(),
                        SuggestionState.DISMISSED));

        JsonNode blocks = ArticleTextElement.toJson(ARTICLE, verdicts, suggestions).get("blocks");

        assertThat(blocks.get(0).get("sentences").toString()).isEqualTo("["
                + "[101,1,\"Der Umsatz stieg um 12 Prozent.\",\"\",0,\"\",74,[0,0]],"
                + "[102,2,\"Hier kostenlos testen.\",\"\",0,\"promotional\",20,[0,0]],"
                + "[103,3,\"Jetzt herunterladen.\",\"promotional\",2,\"\",10,[0,0]]]");
        assertThat(blocks.get(1).get("sentences").toString()).isEqualTo("["
                + "[104,4,\"Foto: dpa\",\"\",0,\"no-claim\",0,[0,0]],"
                + "[105,5,\"Gratis-Analyse lesen.\",\"\",0,\"\",50,[0,0]],"
                + "[106,6,\"Newsletter abonnieren.\",\"\",0,\"\",0,[0,0]]]");
    }

    @Test
    void each_sentence_carries_its_comment_count_and_whether_a_discussion_is_open_last() {
        Map<Long, SentenceDiscussion> discussions = Map.of(
                102L, new SentenceDiscussion(102, 3, true),
                104L, new SentenceDiscussion(104, 1, false));

        JsonNode blocks = ArticleTextElement.toJson(ARTICLE, Map.of(), List.of(), discussions).get("blocks");

        assertThat(blocks.get(0).get("sentences").get(0).get(7).toString()).isEqualTo("[0,0]");
        assertThat(blocks.get(0).get("sentences").get(1).get(7).toString()).isEqualTo("[3,1]");
        assertThat(blocks.get(1).get("sentences").get(0).get(7).toString()).isEqualTo("[1,0]");
    }

    @Test
    void scores_are_hundredths_within_zero_and_one() {
        assertThat(ArticleTextElement.hundredths(0.497)).isEqualTo(50);
        assertThat(ArticleTextElement.hundredths(0.493)).isEqualTo(49);
        assertThat(ArticleTextElement.hundredths(1.2)).isEqualTo(100);
        assertThat(ArticleTextElement.hundredths(-0.1)).isZero();
        assertThat(ArticleTextElement.hundredths(Suggestion.CHECK_WORTHY)).isEqualTo(50);
    }
}
