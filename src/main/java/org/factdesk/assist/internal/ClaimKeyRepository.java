package org.factdesk.assist.internal;

import org.factdesk.article.DocumentVersions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** assist's repeated-claim index tables (V8): band keys per sentence, and which articles are indexed. */
@Repository
class ClaimKeyRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    /** Implemented by the revision feature; absent, every article is its document's newest version. */
    private final ObjectProvider<DocumentVersions> versions;

    ClaimKeyRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectProvider<DocumentVersions> versions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.versions = versions;
    }

    /** Rows of other documents' superseded versions are not candidates (ADR 0020, "Versions"). */
    private String newestVersion() {
        return versions.getIfAvailable(() -> DocumentVersions.NONE).newestVersionCondition("claim_key.article_id");
    }

    boolean isIndexed(long articleId) {
        return jdbc.sql("select count(*) from article_claim_index where article_id = ?").param(articleId)
                .query(Long.class).single() > 0;
    }

    /** Those of the articles that are indexed already. */
    Set<Long> indexed(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select article_id from article_claim_index where article_id in (:ids)")
                .param("ids", articleIds).query(Long.class).list());
    }

    /** Stores the keys of the article's sentences (sentence id → keys) and marks the article indexed. */
    void insert(long articleId, Map<Long, long[]> keysBySentence, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        keysBySentence.forEach((sentenceId, keys) -> {
            for (long key : keys) {
                rows.add(new Object[]{key, sentenceId, articleId});
            }
        });
        if (!rows.isEmpty()) {
            // In key order the index's pages are written one after the other instead of at random.
            rows.sort(java.util.Comparator.<Object[]>comparingLong(row -> (Long) row[0])
                    .thenComparingLong(row -> (Long) row[1]));
            jdbcTemplate.batchUpdate("insert into claim_key (band_key, sentence_id, article_id) values (?, ?, ?)",
                    rows);
        }
        jdbc.sql("insert into article_claim_index (article_id, indexed_at) values (?, ?)")
                .params(articleId, Timestamp.from(at)).update();
    }

    /**
     * The newest rows of each key (sentences of other articles than {@code excludedArticleIds}: the article and
     * its other versions, never empty; of other documents only their newest version), at most {@code window}
     * per key: one
     * backward range read of the (band_key, sentence_id) index per key (one {@code union all} query), so a key that a
     * boilerplate sentence shares with thousands of copies costs {@code window} rows, not thousands.
     * Sentence id → how many of the keys' windows hold it, the most first (then the newest); and whether
     * some key had more rows than its window (only then can a candidate beyond the windows exist).
     */
    Windows windows(long[] keys, java.util.Collection<Long> excludedArticleIds, int window) {
        if (keys.length == 0) {
            return new Windows(Map.of(), false);
        }
        List<String> branches = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String notIn = String.join(", ", java.util.Collections.nCopies(excludedArticleIds.size(), "?"));
        String newest = newestVersion();
        for (int i = 0; i < keys.length; i++) {
            // Ordered by the whole (band_key, sentence_id) index backwards (V23; the primary key before): the order both H2 and PostgreSQL read the index in.
            // A superseded version's row is skipped within the read (one probe of the version index each).
            // A parenthesised query per key, not a derived table: H2 does not keep the prepared plan of a query
            // with derived tables, and parsing and planning twelve of them was most of a look-up's cost.
            branches.add("(select " + i + " as k, sentence_id from claim_key"
                    + " where band_key = ? and article_id not in (" + notIn + ") and " + newest
                    + " order by band_key desc, sentence_id desc"
                    + " fetch first " + (window + 1) + " rows only)");
            params.add(keys[i]);
            params.addAll(excludedArticleIds);
        }
        int[] perKey = new int[keys.length];
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql(String.join(" union all ", branches)).params(params).query(rs -> {
            int key = rs.getInt(1);
            // One row past the window tells a full window from a complete one; it is not a candidate.
            if (++perKey[key] <= window) {
                counts.merge(rs.getLong(2), 1, Integer::sum);
            }
        });
        boolean truncated = Arrays.stream(perKey).anyMatch(n -> n > window);
        Map<Long, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Windows(ordered, truncated);
    }

    /** Candidates from the keys' windows: sentence id → keys shared within the windows, most first. */
    record Windows(Map<Long, Integer> sharedKeys, boolean truncated) {
    }
}
