package org.factdesk.article.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.segmentation.BlockKind;
import org.factdesk.segmentation.SentenceSpan;
import org.factdesk.segmentation.TextBlock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class ArticleRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ArticleRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    public List<ArticleListItem> list(int offset, int limit) {
        return jdbc.sql("""
                        select id, title, source_name, sentence_count, paragraph_count, imported_at
                        from article order by imported_at desc, id desc
                        offset ? rows fetch next ? rows only""")
                .params(offset, limit)
                .query((rs, row) -> new ArticleListItem(new ArticleId(rs.getLong("id")), rs.getString("title"),
                        rs.getString("source_name"), rs.getInt("sentence_count"), rs.getInt("paragraph_count"),
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    public Optional<ArticleId> findIdByContentHash(String hash) {
        // Newest first: a text stored again on purpose (a revert, V18) names its newest copy.
        return jdbc.sql("select id from article where content_hash = ? order by id desc fetch first 1 rows only")
                .param(hash).query((rs, row) -> new ArticleId(rs.getLong(1))).optional();
    }

    public Optional<ArticleId> findIdByFingerprint(String fingerprint) {
        return jdbc.sql("select id from article where text_fingerprint = ? order by id desc fetch first 1 rows only")
                .param(fingerprint).query((rs, row) -> new ArticleId(rs.getLong(1))).optional();
    }

    /** Every article with this fingerprint or content hash, newest first. */
    public List<ArticleId> findIdsByContent(String fingerprint, String hash) {
        return jdbc.sql("select id from article where text_fingerprint = ? or content_hash = ? order by id desc")
                .params(fingerprint, hash).query((rs, row) -> new ArticleId(rs.getLong(1))).list();
    }

    public Optional<String> findTitle(ArticleId id) {
        return jdbc.sql("select title from article where id = ?").param(id.value()).query(String.class).optional();
    }

    /** Articles stored before fingerprints existed: id and text. */
    public Map<Long, String> withoutFingerprint(int limit) {
        Map<Long, String> texts = new LinkedHashMap<>();
        jdbc.sql("select id, source_text from article where text_fingerprint is null order by id fetch first ? rows only")
                .param(limit).query(rs -> {
                    texts.put(rs.getLong(1), rs.getString(2));
                });
        return texts;
    }

    public void setFingerprint(long articleId, String fingerprint) {
        jdbc.sql("update article set text_fingerprint = ? where id = ?").params(fingerprint, articleId).update();
    }

    public boolean updateMetadata(ArticleId id, ArticleMetadata metadata, Instant changedAt) {
        Optional<String> sourceName = jdbc.sql("select source_name from article where id = ?").param(id.value())
                .query(String.class).optional();
        if (sourceName.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        update article set title = ?, source_url = ?, outlet = ?, author = ?, published_on = ?,
                                           metadata_changed_at = ?, search_meta = ?, title_key = ?
                        where id = ?""")
                .params(metadata.title(), metadata.sourceUrl(), metadata.outlet(), metadata.author(),
                        metadata.publishedOn() == null ? null : Date.valueOf(metadata.publishedOn()),
                        Timestamp.from(changedAt), searchMeta(metadata.title(), sourceName.get(), metadata),
                        titleKey(metadata.title()), id.value())
                .update() == 1;
    }

    /** Re-titles an article nobody has edited the metadata of (a derived title that the rules now derive better). */
    public boolean retitleUnedited(String sourceName, String oldTitle, String newTitle) {
        List<Long> ids = jdbc.sql("""
                        select id from article where source_name = ? and title = ? and metadata_changed_at is null""")
                .params(sourceName, oldTitle).query(Long.class).list();
        for (long id : ids) {
            ArticleMetadata metadata = metadataOf(id).withTitle(newTitle);
            jdbc.sql("update article set title = ?, search_meta = ?, title_key = ? where id = ?")
                    .params(newTitle, searchMeta(newTitle, sourceName, metadata), titleKey(newTitle), id).update();
        }
        return !ids.isEmpty();
    }

    /** Articles stored before the search columns existed (V5), at most {@code limit}. */
    public List<Long> withoutSearchText(int limit) {
        return jdbc.sql("select id from article where search_body is null order by id fetch first ? rows only")
                .param(limit).query(Long.class).list();
    }

    /** Computes an article's search columns from what is stored. */
    public void indexForSearch(long id) {
        String[] row = jdbc.sql("select source_name, source_text from article where id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        ArticleMetadata metadata = metadataOf(id);
        jdbc.sql("update article set search_meta = ?, search_body = ?, title_key = ? where id = ?")
                .params(searchMeta(metadata.title(), row[0], metadata), SearchFolding.fold(row[1]),
                        titleKey(metadata.title()), id)
                .update();
    }

    private ArticleMetadata metadataOf(long id) {
        return jdbc.sql("select title, source_url, outlet, author, published_on from article where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Date published = rs.getDate(5);
                    return new ArticleMetadata(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            published == null ? null : published.toLocalDate());
                })
                .single();
    }

    /** What the search looks at besides the text, folded (see {@link SearchFolding}). */
    private static String searchMeta(String title, String sourceName, ArticleMetadata metadata) {
        return SearchFolding.foldLines(title, sourceName, metadata.sourceUrl(), metadata.outlet(), metadata.author());
    }

    private static String titleKey(String title) {
        String folded = SearchFolding.fold(title);
        return folded.length() > 1000 ? folded.substring(0, 1000) : folded;
    }

    public Optional<ArticleText> findText(ArticleId id) {
        record Header(ArticleMetadata metadata, String sourceName, Instant importedAt, int paragraphs, int sentences) {
        }
        Optional<Header> header = jdbc.sql("""
                        select title, source_name, source_url, imported_at, paragraph_count, sentence_count,
                               outlet, author, published_on
                        from article where id = ?""")
                .param(id.value())
                .query((rs, row) -> {
                    Date published = rs.getDate(9);
                    return new Header(new ArticleMetadata(rs.getString(1), rs.getString(3), rs.getString(7),
                            rs.getString(8), published == null ? null : published.toLocalDate()),
                            rs.getString(2), rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6));
                })
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        record BlockRow(int ordinal, BlockKind kind) {
        }
        Map<Long, BlockRow> blockRows = new LinkedHashMap<>();
        jdbc.sql("select id, ordinal, kind from article_block where article_id = ? order by ordinal")
                .param(id.value())
                .query(rs -> {
                    blockRows.put(rs.getLong(1), new BlockRow(rs.getInt(2), BlockKind.valueOf(rs.getString(3))));
                });
        Map<Long, List<ArticleText.Sentence>> sentencesByBlock = new LinkedHashMap<>();
        jdbc.sql("select id, block_id, ordinal, text from sentence where article_id = ? order by ordinal")
                .param(id.value())
                .query(rs -> {
                    sentencesByBlock.computeIfAbsent(rs.getLong(2), b -> new ArrayList<>())
                            .add(new ArticleText.Sentence(rs.getLong(1), rs.getInt(3), rs.getString(4)));
                });
        List<ArticleText.Block> blocks = new ArrayList<>(blockRows.size());
        blockRows.forEach((blockId, block) -> blocks.add(new ArticleText.Block(block.ordinal(), block.kind(),
                sentencesByBlock.getOrDefault(blockId, List.of()))));
        Header h = header.get();
        return Optional.of(new ArticleText(id, h.metadata(), h.sourceName(), h.importedAt(), h.paragraphs(),
                h.sentences(), blocks));
    }

    /** Inserts the article, its blocks and its sentences (blocks and sentences as JDBC batches). */
    public ArticleId insert(NewArticle article, String contentHash, String fingerprint, List<TextBlock> blocks) {
        return insert(article, contentHash, fingerprint, blocks, 0);
    }

    /**
     * Inserts as {@link #insert(NewArticle, String, String, List)} does; {@code repeatOf} is 0, or the article
     * whose new version repeats a stored text on purpose (V18: the content hash is unique per value of it).
     */
    public ArticleId insert(NewArticle article, String contentHash, String fingerprint, List<TextBlock> blocks,
                            long repeatOf) {
        int sentenceCount = blocks.stream().mapToInt(b -> b.sentences().size()).sum();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into article (title, source_name, source_url, content_hash, source_text,
                                             paragraph_count, sentence_count, imported_at, outlet, author,
                                             published_on, text_fingerprint, search_meta, search_body, title_key,
                                             repeat_of)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(article.title().strip(), article.sourceName().strip(), article.sourceUrl(), contentHash,
                        article.sourceText(), blocks.size(), sentenceCount, Timestamp.from(Instant.now()),
                        article.metadata().outlet(), article.metadata().author(),
                        article.metadata().publishedOn() == null ? null : Date.valueOf(article.metadata().publishedOn()),
                        fingerprint, searchMeta(article.title().strip(), article.sourceName().strip(), article.metadata()),
                        SearchFolding.fold(article.sourceText()), titleKey(article.title().strip()), repeatOf)
                .update(keys, "id");
        long articleId = keys.getKeyAs(Number.class).longValue();

        record NumberedBlock(int ordinal, TextBlock block) {
        }
        List<NumberedBlock> numbered = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            numbered.add(new NumberedBlock(numbered.size() + 1, block));
        }
        jdbcTemplate.batchUpdate(
                "insert into article_block (article_id, ordinal, kind, start_offset, end_offset) values (?, ?, ?, ?, ?)",
                numbered, 500, (ps, row) -> {
                    ps.setLong(1, articleId);
                    ps.setInt(2, row.ordinal());
                    ps.setString(3, row.block().kind().name());
                    ps.setInt(4, row.block().start());
                    ps.setInt(5, row.block().end());
                });
        List<Long> blockIds = jdbc.sql("select id from article_block where article_id = ? order by ordinal")
                .param(articleId).query(Long.class).list();

        record Row(long blockId, int ordinal, SentenceSpan span) {
        }
        List<Row> rows = new ArrayList<>(sentenceCount);
        for (int b = 0; b < blocks.size(); b++) {
            for (SentenceSpan span : blocks.get(b).sentences()) {
                rows.add(new Row(blockIds.get(b), rows.size() + 1, span));
            }
        }
        jdbcTemplate.batchUpdate("""
                        insert into sentence (article_id, block_id, ordinal, text, start_offset, end_offset, text_hash)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                rows, 500, (ps, row) -> {
                    ps.setLong(1, articleId);
                    ps.setLong(2, row.blockId());
                    ps.setInt(3, row.ordinal());
                    ps.setString(4, row.span().text());
                    ps.setInt(5, row.span().start());
                    ps.setInt(6, row.span().end());
                    ps.setString(7, ContentHash.ofSentence(row.span().text()));
                });
        return new ArticleId(articleId);
    }
}
