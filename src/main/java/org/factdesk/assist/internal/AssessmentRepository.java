package org.factdesk.assist.internal;

import org.factdesk.review.SuggestionSource.DecisionCounts;
import org.factdesk.review.SuggestionState;
import org.factdesk.review.Suggestion;
import org.factdesk.review.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

/** The assist feature's tables: sentence_assessment and article_assessment. */
@Repository
public class AssessmentRepository {

    /** One sentence's stored assessment, as written. */
    public record Row(long sentenceId, String suggestion, String detector, List<String> reasons,
                      double checkworthiness, List<String> worthinessReasons) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AssessmentRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Those of the articles that are done already. */
    public Set<Long> analysed(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select article_id from article_assessment where article_id in (:ids)")
                .param("ids", articleIds).query(Long.class).list());
    }

    public boolean isAssessed(long articleId) {
        return jdbc.sql("select count(*) from article_assessment where article_id = ?").param(articleId)
                .query(Long.class).single() > 0;
    }

    /** Stores a freshly assessed article's rows (the article had none). */
    public void insert(long articleId, List<Row> rows, Instant at) {
        jdbcTemplate.batchUpdate("""
                        insert into sentence_assessment (sentence_id, article_id, suggestion, detector, reasons,
                                                         checkworthiness, worthiness_reasons)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[]{r.sentenceId(), articleId, r.suggestion(), r.detector(),
                        String.join(",", r.reasons()), BigDecimal.valueOf(r.checkworthiness()),
                        String.join(",", r.worthinessReasons())}).toList());
        jdbc.sql("insert into article_assessment (article_id, assessed_at) values (?, ?)")
                .params(articleId, Timestamp.from(at)).update();
    }

    public List<Suggestion> findByArticle(long articleId) {
        return jdbc.sql("""
                        select sentence_id, suggestion, detector, reasons, checkworthiness, worthiness_reasons, decision
                        from sentence_assessment where article_id = ? order by sentence_id""")
                .param(articleId)
                .query((rs, row) -> new Suggestion(rs.getLong("sentence_id"), verdict(rs.getString("suggestion")),
                        rs.getString("detector"), codes(rs.getString("reasons")),
                        rs.getBigDecimal("checkworthiness").doubleValue(), codes(rs.getString("worthiness_reasons")),
                        state(rs.getString("decision"))))
                .list();
    }

    /** Sets the decision on those of the sentences that have an undecided suggestion. */
    public int decide(long articleId, Collection<Long> sentenceIds, SuggestionState decision, long userId, Instant at) {
        if (sentenceIds.isEmpty()) {
            return 0;
        }
        int[] counts = jdbcTemplate.batchUpdate("""
                        update sentence_assessment set decision = ?, decided_by = ?, decided_at = ?
                        where sentence_id = ? and article_id = ? and suggestion is not null and decision is null""",
                sentenceIds.stream().map(id -> new Object[]{decision.name(), userId, Timestamp.from(at), id,
                        articleId}).toList());
        return Arrays.stream(counts).sum();
    }

    /** Takes back the decision on those of the sentences whose suggestion has one, as if never decided. */
    public int reopen(long articleId, Collection<Long> sentenceIds) {
        if (sentenceIds.isEmpty()) {
            return 0;
        }
        int[] counts = jdbcTemplate.batchUpdate("""
                        update sentence_assessment set decision = null, decided_by = null, decided_at = null
                        where sentence_id = ? and article_id = ? and decision is not null""",
                sentenceIds.stream().map(id -> new Object[]{id, articleId}).toList());
        return Arrays.stream(counts).sum();
    }

    public Map<String, DecisionCounts> decisionCounts() {
        Map<String, DecisionCounts> counts = new TreeMap<>();
        jdbc.sql("""
                        select detector,
                               sum(case when decision is null then 1 else 0 end) as open_count,
                               sum(case when decision = 'ACCEPTED' then 1 else 0 end) as accepted_count,
                               sum(case when decision = 'DISMISSED' then 1 else 0 end) as dismissed_count
                        from sentence_assessment where suggestion is not null group by detector""")
                .query(rs -> {
                    counts.put(rs.getString("detector"), new DecisionCounts(rs.getLong("open_count"),
                            rs.getLong("accepted_count"), rs.getLong("dismissed_count")));
                });
        return counts;
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static Verdict verdict(String name) {
        return name == null ? null : Verdict.valueOf(name);
    }

    private static SuggestionState state(String decision) {
        return decision == null ? SuggestionState.OPEN : SuggestionState.valueOf(decision);
    }
}
