package org.factdesk.article.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.article.DocumentVersions;
import org.factdesk.article.SentenceRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

@Repository
class JdbcArticleSentences implements ArticleSentences {

    private final JdbcClient jdbc;
    /** Implemented by the revision feature (above this one); absent, every article is its document's newest. */
    private final ObjectProvider<DocumentVersions> versions;

    JdbcArticleSentences(JdbcClient jdbc, ObjectProvider<DocumentVersions> versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @Override
    public int sentenceCount(ArticleId articleId) {
        return jdbc.sql("select sentence_count from article where id = ?").param(articleId.value())
                .query(Integer.class).optional().orElse(0);
    }

    @Override
    public Map<Long, Integer> ordinals(ArticleId articleId) {
        Map<Long, Integer> ordinals = new LinkedHashMap<>();
        jdbc.sql("select id, ordinal from sentence where article_id = ? order by ordinal")
                .param(articleId.value())
                .query(rs -> {
                    ordinals.put(rs.getLong(1), rs.getInt(2));
                });
        return ordinals;
    }

    @Override
    public Map<Long, Integer> ordinals(ArticleId articleId, Collection<Long> sentenceIds) {
        Map<Long, Integer> ordinals = new HashMap<>();
        if (sentenceIds.isEmpty()) {
            return ordinals;
        }
        jdbc.sql("select id, ordinal from sentence where article_id = :article and id in (:ids)")
                .param("article", articleId.value())
                .param("ids", sentenceIds)
                .query(rs -> {
                    ordinals.put(rs.getLong(1), rs.getInt(2));
                });
        return ordinals;
    }

    @Override
    public void lockForUpdate(ArticleId articleId) {
        jdbc.sql("select id from article where id = ? for update").param(articleId.value()).query(Long.class)
                .optional();
    }

    @Override
    public Map<ArticleId, Set<Long>> headingSentenceIds(Collection<ArticleId> articleIds) {
        Map<ArticleId, Set<Long>> headings = new HashMap<>();
        if (articleIds.isEmpty()) {
            return headings;
        }
        jdbc.sql("""
                        select s.article_id, s.id from sentence s join article_block b on b.id = s.block_id
                        where s.article_id in (:ids) and b.kind = 'HEADING'""")
                .param("ids", articleIds.stream().map(ArticleId::value).toList())
                .query(rs -> {
                    headings.computeIfAbsent(new ArticleId(rs.getLong(1)), id -> new HashSet<>()).add(rs.getLong(2));
                });
        return headings;
    }

    @Override
    public Map<Long, SentenceRef> sentences(Collection<Long> sentenceIds) {
        Map<Long, SentenceRef> found = new LinkedHashMap<>();
        if (sentenceIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select s.id, s.article_id, a.title, s.ordinal, s.text, s.text_hash
                        from sentence s join article a on a.id = s.article_id
                        where s.id in (:ids) order by s.id""")
                .param("ids", sentenceIds)
                .query(rs -> {
                    found.put(rs.getLong(1), new SentenceRef(rs.getLong(1), new ArticleId(rs.getLong(2)),
                            rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
                });
        return found;
    }

    @Override
    public java.util.List<Long> sameText(String textHash, ArticleId excludedArticle, int limit) {
        // Superseded versions are skipped inside the backward read of the hash index (a probe each), so the
        // limit counts copies that can be shown.
        return jdbc.sql("""
                        select id from sentence where text_hash = cast(:hash as char(64)) and article_id <> :article
                        and %s
                        order by text_hash desc, id desc fetch first :limit rows only"""
                        .formatted(versions.getIfAvailable(() -> DocumentVersions.NONE)
                                .newestVersionCondition("sentence.article_id")))
                .param("hash", textHash)
                .param("article", excludedArticle.value())
                .param("limit", limit)
                .query(Long.class).list();
    }
}
