package org.factdesk.assist.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** assist's repeated-claim index tables (V8): band keys per sentence, and which articles are indexed. */
@Repository
class ClaimKeyRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ClaimKeyRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
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
     * Sentences of other articles sharing at least one of the keys, those sharing most first, at most
     * {@code limit}: one look-up of the primary key per key, whatever the number of stored sentences.
     */
    List<Long> candidates(long[] keys, long excludedArticleId, int limit) {
        if (keys.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select sentence_id from claim_key
                        where band_key in (:keys) and article_id <> :article
                        group by sentence_id
                        order by count(*) desc, sentence_id desc
                        fetch first :limit rows only""")
                .param("keys", Arrays.stream(keys).boxed().toList())
                .param("article", excludedArticleId)
                .param("limit", limit)
                .query(Long.class).list();
    }
}
