package org.factdesk.assist.internal;

import org.factdesk.article.ArticleSql;
import org.factdesk.assist.internal.FigureExtractor.Figure;
import org.factdesk.assist.internal.FigureExtractor.Kind;
import org.factdesk.assist.internal.FigureExtractor.Qualifier;
import org.factdesk.assist.internal.FigureFacts.Fact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The figure index (V10): figure_sentence, sentence_figure, figure_indexed_article. */
@Repository
class FigureIndexRepository {

    /** A sentence with its figures, as the index wants it written. */
    record IndexedSentence(long sentenceId, int ordinal, String text, List<Fact> facts) {
    }

    /** A stored figure with the sentence it belongs to (title, ordinal and text for the reader). */
    record StoredFact(long sentenceId, long articleId, String articleTitle, int ordinal, String text, Fact fact) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    FigureIndexRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Those of the articles that are done already. */
    Set<Long> analysed(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select article_id from figure_indexed_article where article_id in (:ids)")
                .param("ids", articleIds).query(Long.class).list());
    }

    boolean isIndexed(long articleId) {
        return jdbc.sql("select count(*) from figure_indexed_article where article_id = ?").param(articleId)
                .query(Long.class).single() > 0;
    }

    /** Writes a freshly indexed article's figures (it had none) and marks it indexed. */
    void insert(long articleId, List<IndexedSentence> sentences, Instant at) {
        jdbcTemplate.batchUpdate("insert into figure_sentence (sentence_id, article_id, ordinal, sentence_text) "
                        + "values (?, ?, ?, ?)",
                sentences.stream().map(s -> new Object[]{s.sentenceId(), articleId, s.ordinal(), s.text()}).toList());
        List<Object[]> rows = new ArrayList<>();
        for (IndexedSentence s : sentences) {
            for (Fact fact : s.facts()) {
                Figure f = fact.figure();
                String entities = String.join(",", new TreeSet<>(fact.entities()));
                String years = fact.years().stream().map(String::valueOf).collect(Collectors.joining(","));
                for (String entity : fact.entities()) {
                    rows.add(new Object[]{s.sentenceId(), fact.figureNo(), entity, articleId, f.kind().code(),
                            fact.measure(), f.unit(), f.qualifier().name(), f.value(), f.low(), f.high(),
                            clip(f.surface(), 200), entities, fact.entities().size(), years});
                }
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into sentence_figure (sentence_id, figure_no, entity_key, article_id, kind, measure, unit,
                                             qualifier, figure_value, value_low, value_high, surface, entities,
                                             entity_count, years)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.sql("insert into figure_indexed_article (article_id, indexed_at) values (?, ?)")
                .params(articleId, Timestamp.from(at)).update();
    }

    /** The figures of one sentence of the article (none when it has none or is not the article's). */
    List<Fact> factsOf(long articleId, long sentenceId) {
        Map<Integer, Fact> facts = new LinkedHashMap<>();
        jdbc.sql("""
                        select figure_no, kind, measure, unit, qualifier, figure_value, value_low, value_high, surface,
                               entities, years
                        from sentence_figure where sentence_id = ? and article_id = ? order by figure_no""")
                .params(sentenceId, articleId)
                .query(rs -> {
                    facts.putIfAbsent(rs.getInt("figure_no"), fact(rs));
                });
        return List.copyOf(facts.values());
    }

    /**
     * Figures of other articles with the same kind, unit and measure that share names with {@code fact}
     * as the subject rule needs — at least two of them, or, when the fact names one subject, the same
     * single subject — and whose interval does not meet the fact's. Newest sentences first, at most
     * {@code limit}; each with all its figures of that kind, unit and measure (the pair rule looks at
     * them all).
     */
    List<StoredFact> candidates(Fact fact, long excludedArticleId, int limit) {
        Double low = fact.figure().low();
        Double high = fact.figure().high();
        if (low == null && high == null) {
            return List.of(); // "unbounded" agrees with everything
        }
        List<String> keys = List.copyOf(fact.entities());
        boolean single = keys.size() == 1;
        String placeholders = String.join(", ", keys.stream().map(k -> "?").toList());
        List<Object> params = new ArrayList<>(keys);
        params.addAll(List.of(fact.kind().code(), fact.unit(), fact.measure(), excludedArticleId));
        List<String> apart = new ArrayList<>();
        if (low != null) {
            apart.add("value_high < ?");
            params.add(low);
        }
        if (high != null) {
            apart.add("value_low > ?");
            params.add(high);
        }
        // The index rows of the names (index on entity_key, kind, unit, measure), counted per figure here:
        // a grouped, ordered and limited query lets the database prefer walking the primary key instead.
        String sql = "select sentence_id, figure_no from sentence_figure where entity_key in (" + placeholders + ")"
                + " and kind = ? and unit = ? and measure = ? and article_id <> ?"
                + (single ? " and entity_count = 1" : "")
                + " and (" + String.join(" or ", apart) + ")";
        Map<String, Integer> shared = new java.util.HashMap<>();
        java.util.TreeSet<Long> sentenceIds = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        int needed = single ? 1 : 2;
        jdbc.sql(sql).params(params).query(rs -> {
            long sentenceId = rs.getLong(1);
            if (shared.merge(sentenceId + "/" + rs.getInt(2), 1, Integer::sum) == needed) {
                sentenceIds.add(sentenceId);
            }
        });
        List<Long> newest = sentenceIds.stream().limit(limit).toList();
        if (newest.isEmpty()) {
            return List.of();
        }
        Map<String, StoredFact> found = new LinkedHashMap<>();
        jdbc.sql("""
                        select sf.sentence_id, sf.figure_no, sf.article_id, sf.kind, sf.measure, sf.unit, sf.qualifier,
                               sf.figure_value, sf.value_low, sf.value_high, sf.surface, sf.entities, sf.years,
                               fs.ordinal, fs.sentence_text, a.title
                        from sentence_figure sf
                        join figure_sentence fs on fs.sentence_id = sf.sentence_id
                        %s
                        where sf.sentence_id in (:ids) and sf.kind = :kind and sf.unit = :unit and sf.measure = :measure
                        order by sf.sentence_id desc, sf.figure_no""".formatted(ArticleSql.join("a", "sf.article_id")))
                .param("ids", newest).param("kind", fact.kind().code()).param("unit", fact.unit())
                .param("measure", fact.measure())
                .query(rs -> {
                    found.putIfAbsent(rs.getLong("sentence_id") + "/" + rs.getInt("figure_no"),
                            new StoredFact(rs.getLong("sentence_id"), rs.getLong("article_id"), rs.getString("title"),
                                    rs.getInt("ordinal"), rs.getString("sentence_text"), fact(rs)));
                });
        return List.copyOf(found.values());
    }

    long rowCount() {
        return jdbc.sql("select count(*) from sentence_figure").query(Long.class).single();
    }

    long sentenceCount() {
        return jdbc.sql("select count(*) from figure_sentence").query(Long.class).single();
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT));
        Figure figure = new Figure(kind, rs.getDouble("figure_value"), nullable(rs, "value_low"),
                nullable(rs, "value_high"), rs.getString("unit"), Qualifier.valueOf(rs.getString("qualifier")),
                rs.getString("surface"), 0, 0);
        Set<String> entities = Set.copyOf(Arrays.asList(rs.getString("entities").split(",")));
        String years = rs.getString("years");
        Set<Integer> yearSet = years.isEmpty() ? Set.of()
                : Arrays.stream(years.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
        return new Fact(rs.getInt("figure_no"), figure, rs.getString("measure"), entities, yearSet);
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
