package org.factdesk.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ClaimReview the exporter writes for the five demo articles, each sentence given a verdict in turn
 * (every verdict, verified and disputed with and without evidence), in German and in English, is valid
 * against {@code schema/claimreview.schema.json}: Google's required and recommended fact-check properties.
 * The schema itself is checked to refuse what it is there for (a cut claim, a missing rating name).
 */
@IntegrationTest
@TestPropertySource(properties = "factdesk.test.database=claimreview-schema")
// A context of its own (the demo articles get verdicts); the other classes' sign-ins are put back after it.
@ExtendWith(RestoreSecurityContextStrategy.class)
class ClaimReviewSchemaIT {

    private static final Schema SCHEMA = schema();
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReportService reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReportSettings settings;

    private static List<ArticleId> seeds;
    private static int rated;

    @BeforeEach
    void giveEverySeedSentenceAVerdict() {
        if (seeds != null) {
            return; // once for the class: the verdicts stay in this class's own database
        }
        List<ArticleListItem> list = SystemAuthentication.runAsSystem(() -> articles.list(0, 100));
        seeds = list.stream().map(ArticleListItem::id).sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
        assertThat(seeds).as("the demo articles").hasSize(5);
        ReviewedArticles workflow = ReviewedArticles.in(context);
        Verdict[] verdicts = Verdict.values();
        int given = 0;
        rated = 0;
        for (ArticleId id : seeds) {
            List<Long> sentences = workflow.sentenceIds(id);
            for (int i = 0; i < sentences.size(); i++) {
                Verdict verdict = verdicts[given % verdicts.length];
                List<EvidenceItem> evidence = given % 3 == 0
                        ? List.of(new EvidenceItem("https://www.destatis.de/tabelle-" + given, "Tabelle " + given,
                        LocalDate.of(2026, 11, 30)))
                        : List.of();
                long sentence = sentences.get(i);
                int version = SignedInAs.call(users, "lead", () -> reviews.verdictsOf(id).get(sentence) == null
                        ? 0 : reviews.verdictsOf(id).get(sentence).version());
                SignedInAs.call(users, "lead", () -> reviews.save(id, new VerdictChange(sentence, version), verdict,
                        "Geprüft, Notiz " + sentence, evidence));
                if (verdict.claimRating() != Verdict.ClaimRating.NONE) {
                    rated++;
                }
                given++;
            }
        }
        assertThat(rated).as("verified and disputed sentences").isGreaterThan(20);
    }

    @Test
    void every_claim_review_of_the_demo_articles_is_valid_in_german_and_english() throws Exception {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ReportWriter format = reports.format("claimreview").orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = SignedInAs.call(users, "lead",
                    () -> reports.writeCombined(seeds, format, null, locale, out));
            JsonNode all = JSON.readTree(out.toByteArray());

            assertThat(written).isEqualTo(rated);
            assertThat(all).hasSize(rated);
            List<String> invalid = new ArrayList<>();
            for (JsonNode review : all) {
                List<Error> errors = validate(review);
                if (!errors.isEmpty()) {
                    invalid.add(review.get("url").asString() + ": " + errors);
                }
                // The whole sentence, exactly as the claim's text: nothing cut.
                assertThat(review.get("claimReviewed").asString())
                        .isEqualTo(review.get("itemReviewed").get("text").asString().strip());
                assertThat(review.get("url").asString()).matches(
                        java.util.regex.Pattern.quote(settings.publicationBaseUrl()) + "\\d+#sentence-\\d+");
                JsonNode rating = review.get("reviewRating");
                int value = rating.get("ratingValue").asInt();
                assertThat(value).isBetween(rating.get("worstRating").asInt(), rating.get("bestRating").asInt());
                String expectedName = Map.of(
                        Locale.GERMAN, value == 5 ? "Belegt" : "Strittig",
                        Locale.ENGLISH, value == 5 ? "Verified" : "Disputed").get(locale);
                assertThat(rating.get("alternateName").asString()).as(locale.toString()).isEqualTo(expectedName);
                assertThat(rating.get("name").asString()).isEqualTo(expectedName);
                assertThat(review.get("inLanguage").asString()).isEqualTo(locale.getLanguage());
            }
            assertThat(invalid).as("ClaimReviews not valid against the schema (%s)", locale).isEmpty();
            assertThat(all.findValuesAsString("claimReviewed")).as("some claims are longer than Google's 75 characters")
                    .anyMatch(claim -> claim.length() > 75);
        }
    }

    @Test
    void the_schema_refuses_a_cut_claim_a_review_without_rating_name_and_a_url_that_is_no_web_address() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedInAs.call(users, "lead", () -> reports.writeCombined(seeds.subList(0, 1),
                reports.format("claimreview").orElseThrow(), null, Locale.GERMAN, out));
        ObjectNode valid = (ObjectNode) JSON.readTree(out.toByteArray()).get(0);
        assertThat(validate(valid)).isEmpty();

        ObjectNode cut = valid.deepCopy();
        cut.put("claimReviewed", "Die Gemeinde zählt heute 7.000 Einwohner, wie das…");
        ObjectNode nameless = valid.deepCopy();
        ((ObjectNode) nameless.get("reviewRating")).remove("alternateName");
        ObjectNode local = valid.deepCopy();
        local.put("url", "article/4#sentence-2");
        ObjectNode badDay = valid.deepCopy();
        badDay.put("datePublished", "30.11.2026");

        assertThat(validate(cut)).extracting(Error::getInstanceLocation).asString().contains("claimReviewed");
        assertThat(validate(nameless)).extracting(Error::getMessage).asString().contains("alternateName");
        assertThat(validate(local)).extracting(Error::getInstanceLocation).asString().contains("url");
        assertThat(validate(badDay)).extracting(Error::getInstanceLocation).asString().contains("datePublished");
    }

    private static List<Error> validate(JsonNode review) {
        return SCHEMA.validate(review.toString(), InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static Schema schema() {
        try (InputStream in = ClaimReviewSchemaIT.class.getResourceAsStream("/schema/claimreview.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
