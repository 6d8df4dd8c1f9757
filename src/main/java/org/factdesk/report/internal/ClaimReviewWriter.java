package org.factdesk.report.internal;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportOptions;
import org.factdesk.report.ReportSettings;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * schema.org ClaimReview JSON-LD for publishing: a JSON array with one {@code ClaimReview} per
 * sentence whose verdict rates its claim ({@link Verdict#claimRating()}). {@code claimReviewed} is the whole
 * sentence: a claim cut short would misquote it. The rating scale is 1 (worst) to 5 (best): a claim that
 * fails is 1, one that holds is 5; {@code alternateName} is the verdict in the export's language (German
 * unless English is asked for), which {@code inLanguage} names.
 */
@Component
@Order(40)
public final class ClaimReviewWriter extends BuiltInReportWriter {

    public static final int WORST_RATING = 1;
    public static final int BEST_RATING = 5;

    /** The reviews (only of {@code options.onlyVerdict()} sentences when it is set); returns how many. */
    public ClaimReviewWriter() {
        super("claimreview", "claimreview.jsonld", "application/ld+json", true, "claimreview.jsonld", "review");
    }

    @Override
    public long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out) {
        ReportSettings settings = options.settings();
        ReportLabels labels = new ReportLabels(options.locale() == null ? Locale.GERMAN : options.locale(),
                settings.zone());
        Verdict onlyVerdict = options.onlyVerdict();
        JsonGenerator json = Json.MAPPER.createGenerator(out);
        json.writeStartArray();
        long reviews = 0;
        for (ArticleReport report : (Iterable<ArticleReport>) reports::iterator) {
            for (ArticleText.Block block : report.article().blocks()) {
                for (ArticleText.Sentence sentence : block.sentences()) {
                    SentenceVerdict verdict = report.verdictOf(sentence.id()).orElse(null);
                    if (verdict == null || !isRated(verdict.verdict())
                            || (onlyVerdict != null && verdict.verdict() != onlyVerdict)) {
                        continue;
                    }
                    json.writePOJO(claimReview(settings, labels, report, sentence, verdict));
                    reviews++;
                }
            }
        }
        json.writeEndArray();
        json.close();
        return reviews;
    }

    static boolean isRated(Verdict verdict) {
        return verdict != null && verdict.claimRating() != Verdict.ClaimRating.NONE;
    }

    private static Map<String, Object> claimReview(ReportSettings settings, ReportLabels labels, ArticleReport report,
                                                   ArticleText.Sentence sentence, SentenceVerdict verdict) {
        ArticleText article = report.article();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", settings.publicationBaseUrl() + article.id().value() + "#sentence-" + sentence.ordinal());
        review.put("claimReviewed", sentence.text().strip());
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", settings.organisationName());
        if (settings.organisationUrl() != null) {
            author.put("url", settings.organisationUrl());
        }
        review.put("author", author);
        review.put("datePublished", publishedOn(settings, report, verdict).toString());
        review.put("inLanguage", labels.locale().getLanguage());
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue",
                verdict.verdict().claimRating() == Verdict.ClaimRating.HOLDS ? BEST_RATING : WORST_RATING);
        rating.put("bestRating", BEST_RATING);
        rating.put("worstRating", WORST_RATING);
        // Google shows alternateName; name, which it recommends too, says the same.
        String ratingName = capitalised(labels.verdict(verdict.verdict()), labels.locale());
        rating.put("alternateName", ratingName);
        rating.put("name", ratingName);
        review.put("reviewRating", rating);
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("text", sentence.text());
        ArticleMetadata source = article.metadata();
        // The day the source published the article when it says so; else the import is the earliest day known.
        claim.put("datePublished", (source.publishedOn() != null ? source.publishedOn()
                : day(settings, article.importedAt())).toString());
        // The article as reviewed: its source's details when known, always the version and its date (ADR 0029).
        claim.put("appearance", appearance(source, report, settings));
        review.put("itemReviewed", claim);
        return review;
    }

    /**
     * Where the claim appeared (schema.org {@code appearance}): the article as its source describes it, with the
     * version reviewed ({@code version}) and the day that version was stored ({@code dateModified}).
     */
    private static Map<String, Object> appearance(ArticleMetadata source, ArticleReport report,
                                                  ReportSettings settings) {
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        if (source.sourceUrl() != null) {
            appearance.put("url", source.sourceUrl());
        }
        appearance.put("headline", source.title());
        if (source.author() != null) {
            appearance.put("author", Map.of("@type", "Person", "name", source.author()));
        }
        if (source.publishedOn() != null) {
            appearance.put("datePublished", source.publishedOn().toString());
        }
        if (source.outlet() != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", source.outlet()));
        }
        appearance.put("version", Integer.toString(report.versionNumber()));
        appearance.put("dateModified", day(settings, report.versionDate()).toString());
        return appearance;
    }

    /** An approved review is published on its approval day; otherwise on the day of the verdict. */
    private static LocalDate publishedOn(ReportSettings settings, ArticleReport report, SentenceVerdict verdict) {
        if (report.state() == ArticleState.APPROVED) {
            var approval = report.last(TransitionAction.APPROVED);
            if (approval.isPresent()) {
                return day(settings, approval.get().at());
            }
        }
        return day(settings, verdict.setAt());
    }

    private static LocalDate day(ReportSettings settings, Instant instant) {
        return instant.atZone(settings.zone()).toLocalDate();
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
