package org.factdesk.report.internal;

import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.report.ReportSettings;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import tools.jackson.core.JsonGenerator;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * schema.org ClaimReview JSON-LD for publishing: a JSON array with one {@code ClaimReview} per
 * sentence whose verdict rates its claim ({@link Verdict#claimRating()}). The rating scale is 1
 * (worst) to 5 (best): a claim that fails is 1, one that holds is 5; {@code alternateName} is the
 * verdict in German, the language of the reviews.
 */
public final class ClaimReviewWriter {

    public static final int WORST_RATING = 1;
    public static final int BEST_RATING = 5;
    /** Google's guidance: a claim of at most 75 characters; longer sentences are shortened at a word boundary. */
    public static final int MAX_CLAIM_LENGTH = 75;

    private final JsonGenerator json;
    private final ReportSettings settings;
    private final ReportLabels german;
    private long reviews;

    public ClaimReviewWriter(OutputStream out, ReportSettings settings) {
        this.settings = settings;
        this.german = new ReportLabels(Locale.GERMAN, settings.zone());
        json = Json.MAPPER.createGenerator(out);
        json.writeStartArray();
    }

    /** Writes the article's reviews (only of {@code onlyVerdict} sentences when it is not null). */
    public void write(ArticleReport report, Verdict onlyVerdict) {
        ArticleText article = report.article();
        for (ArticleText.Block block : article.blocks()) {
            for (ArticleText.Sentence sentence : block.sentences()) {
                SentenceVerdict verdict = report.verdictOf(sentence.id()).orElse(null);
                if (verdict == null || !isRated(verdict.verdict())
                        || (onlyVerdict != null && verdict.verdict() != onlyVerdict)) {
                    continue;
                }
                json.writePOJO(claimReview(report, sentence, verdict));
                reviews++;
            }
        }
    }

    public long reviews() {
        return reviews;
    }

    public void finish() {
        json.writeEndArray();
        json.close();
    }

    static boolean isRated(Verdict verdict) {
        return verdict != null && verdict.claimRating() != Verdict.ClaimRating.NONE;
    }

    private Map<String, Object> claimReview(ArticleReport report, ArticleText.Sentence sentence,
                                            SentenceVerdict verdict) {
        ArticleText article = report.article();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", settings.publicationBaseUrl() + article.id().value() + "#sentence-" + sentence.ordinal());
        review.put("claimReviewed", shorten(sentence.text(), MAX_CLAIM_LENGTH));
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", settings.organisationName());
        if (settings.organisationUrl() != null) {
            author.put("url", settings.organisationUrl());
        }
        review.put("author", author);
        review.put("datePublished", publishedOn(report, verdict).toString());
        review.put("inLanguage", "de");
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue",
                verdict.verdict().claimRating() == Verdict.ClaimRating.HOLDS ? BEST_RATING : WORST_RATING);
        rating.put("bestRating", BEST_RATING);
        rating.put("worstRating", WORST_RATING);
        rating.put("alternateName", capitalised(german.verdict(verdict.verdict())));
        review.put("reviewRating", rating);
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("text", sentence.text());
        claim.put("datePublished", day(article.importedAt()).toString());
        if (article.sourceUrl() != null) {
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("@type", "CreativeWork");
            appearance.put("url", article.sourceUrl());
            appearance.put("headline", article.title());
            claim.put("appearance", appearance);
        }
        review.put("itemReviewed", claim);
        return review;
    }

    /** An approved review is published on its approval day; otherwise on the day of the verdict. */
    private LocalDate publishedOn(ArticleReport report, SentenceVerdict verdict) {
        if (report.state() == ArticleState.APPROVED) {
            var approval = report.last(TransitionAction.APPROVED);
            if (approval.isPresent()) {
                return day(approval.get().at());
            }
        }
        return day(verdict.setAt());
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(settings.zone()).toLocalDate();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.GERMAN) + text.substring(1);
    }

    /**
     * The text as is when it fits, else cut at the last word boundary so that it and a closing "…"
     * fit into {@code max} characters (a single over-long word is cut hard).
     */
    public static String shorten(String text, int max) {
        String stripped = text.strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int limit = max - 1;
        int cut = -1;
        for (int i = limit; i > 0; i--) {
            if (Character.isWhitespace(stripped.charAt(i))) {
                cut = i;
                break;
            }
        }
        String head = (cut > 0 ? stripped.substring(0, cut) : stripped.substring(0, limit)).stripTrailing();
        while (!head.isEmpty() && ",;:–-".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + "…";
    }
}
