package org.factdesk.article.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleListItem;
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
        return jdbc.sql("select id from article where content_hash = ?").param(hash)
                .query((rs, row) -> new ArticleId(rs.getLong(1))).optional();
    }

    public Optional<ArticleText> findText(ArticleId id) {
        record Header(String title, String sourceName, String sourceUrl, Instant importedAt, int paragraphs, int sentences) {
        }
        Optional<Header> header = jdbc.sql("""
                        select title, source_name, source_url, imported_at, paragraph_count, sentence_count
                        from article where id = ?""")
                .param(id.value())
                .query((rs, row) -> new Header(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6)))
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
        return Optional.of(new ArticleText(id, h.title(), h.sourceName(), h.sourceUrl(), h.importedAt(), h.paragraphs(),
                h.sentences(), blocks));
    }

    /** Inserts the article, its blocks and its sentences (blocks and sentences as JDBC batches). */
    public ArticleId insert(NewArticle article, String contentHash, List<TextBlock> blocks) {
        int sentenceCount = blocks.stream().mapToInt(b -> b.sentences().size()).sum();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into article (title, source_name, source_url, content_hash, source_text,
                                             paragraph_count, sentence_count, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(article.title().strip(), article.sourceName().strip(), article.sourceUrl(), contentHash,
                        article.sourceText(), blocks.size(), sentenceCount, Timestamp.from(Instant.now()))
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
