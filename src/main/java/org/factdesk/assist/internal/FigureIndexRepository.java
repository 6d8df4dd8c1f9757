package org.factdesk.assist.internal;

import org.factdesk.article.ArticleSql;
import org.factdesk.assist.internal.FigureExtractor.Figure;
import org.factdesk.assist.internal.FigureExtractor.Kind;
import org.factdesk.assist.internal.FigureExtractor.Qualifier;
import org.factdesk.assist.internal.FigureFacts.Fact;
import org.factdesk.article.DocumentVersions;
import org.springframework.beans.factory.ObjectProvider;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The figure index (V10, V11): figure_sentence, sentence_figure, sentence_figure_pair, figure_indexed_article. */
@Repository
class FigureIndexRepository {

    /** A sentence with its figures, as the index wants it written. */
    record IndexedSentence(long sentenceId, int ordinal, String text, List<Fact> facts) {
    }

    /** A stored figure with the sentence it belongs to (title, ordinal and text for the reader). */
    record StoredFact(long sentenceId, long articleId, String articleTitle, int ordinal, String text, Fact fact) {
    }

    /** Index rows read per pair of names and wanted sentence: a sentence rarely has two figures of one measure. */
    static final int PAIR_ROWS_PER_SENTENCE = 5;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    /** Implemented by the revision feature; absent, every article is its document's newest version. */
    private final ObjectProvider<DocumentVersions> versions;

    FigureIndexRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectProvider<DocumentVersions> versions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.versions = versions;
    }

    /** Rows of other documents' superseded versions are not candidates (ADR 0020, "Versions"). */
    private String newestVersion() {
        return versions.getIfAvailable(() -> DocumentVersions.NONE).newestVersionCondition("sentence_figure_pair.article_id");
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
        List<Object[]> pairs = new ArrayList<>();
        for (IndexedSentence s : sentences) {
            for (Fact fact : s.facts()) {
                Figure f = fact.figure();
                for (String[] pair : pairs(fact.entities())) {
                    pairs.add(new Object[]{pair[0], pair[1], f.kind().code(), f.unit(), fact.measure(),
                            s.sentenceId(), fact.figureNo(), articleId, f.low(), f.high()});
                }
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into sentence_figure_pair (name_a, name_b, kind, unit, measure, sentence_id, figure_no,
                                                  article_id, value_low, value_high)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", pairs);
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
     * For each question (a figure of one sentence, by a key the caller chose), the figures of other
     * articles (other documents' newest versions) with the same kind, unit and measure that share names with it as the subject rule needs —
     * at least two of them, or, when the figure names one subject, the same single subject — and whose
     * interval does not meet the question's. Per question the newest {@code limit} sentences, each with all
     * its figures of that kind, unit and measure (the pair rule looks at them all), newest first. Two
     * queries for all questions together, whatever their number.
     */
    Map<String, List<StoredFact>> candidates(Map<String, Fact> questions, java.util.Collection<Long> excludedArticleIds,
                                             int limit) {
        String excluded = String.join(", ", java.util.Collections.nCopies(excludedArticleIds.size(), "?"));
        // One branch per pair of the question's names: a figure sharing two names shares at least one pair,
        // so the branches together find exactly the figures the subject rule allows. Each branch reads the
        // primary key backwards (newest sentences first: the order both H2 and PostgreSQL can read it in)
        // and stops after rowsPerBranch rows, so a pair with a long history costs what a short one does.
        // Every sentence among a question's newest `limit` is among the newest `limit` of each of its
        // pairs, hence in a branch's first rows unless a sentence has more than PAIR_ROWS_PER_SENTENCE
        // figures of the measure on one pair.
        int rowsPerBranch = limit * PAIR_ROWS_PER_SENTENCE;
        // Other documents' superseded versions are skipped within each branch's read (a probe each).
        String newestOnly = newestVersion();
        List<String> branches = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Fact> question : questions.entrySet()) {
            Fact fact = question.getValue();
            Double low = fact.figure().low();
            Double high = fact.figure().high();
            if (low == null && high == null) {
                continue; // "unbounded" agrees with everything
            }
            List<String> apart = new ArrayList<>();
            if (low != null) {
                apart.add("value_high < ?");
            }
            if (high != null) {
                apart.add("value_low > ?");
            }
            int q = keys.size();
            keys.add(question.getKey());
            for (String[] pair : pairs(fact.entities())) {
                branches.add("select " + q + " as q, sentence_id, figure_no from (select sentence_id, figure_no"
                        + " from sentence_figure_pair where name_a = ? and name_b = ? and kind = ? and unit = ?"
                        + " and measure = ? and article_id not in (" + excluded + ") and " + newestOnly + " and ("
                        + String.join(" or ", apart) + ")"
                        + " order by name_a desc, name_b desc, kind desc, unit desc, measure desc,"
                        + " sentence_id desc, figure_no desc fetch first " + rowsPerBranch + " rows only) p"
                        + branches.size());
                params.addAll(List.of(pair[0], pair[1], fact.kind().code(), fact.unit(), fact.measure()));
                params.addAll(excludedArticleIds);
                if (low != null) {
                    params.add(low);
                }
                if (high != null) {
                    params.add(high);
                }
            }
        }
        Map<String, List<StoredFact>> answers = new LinkedHashMap<>();
        questions.keySet().forEach(key -> answers.put(key, List.of()));
        if (branches.isEmpty()) {
            return answers;
        }
        List<TreeSet<Long>> newest = new ArrayList<>();
        keys.forEach(key -> newest.add(new TreeSet<>(java.util.Comparator.reverseOrder())));
        jdbc.sql(String.join(" union all ", branches)).params(params)
                .query(rs -> {
                    newest.get(rs.getInt(1)).add(rs.getLong(2));
                });
        Set<Long> wanted = new HashSet<>();
        List<List<Long>> chosen = new ArrayList<>();
        for (TreeSet<Long> sentenceIds : newest) {
            List<Long> first = sentenceIds.stream().limit(limit).toList();
            chosen.add(first);
            wanted.addAll(first);
        }
        if (wanted.isEmpty()) {
            return answers;
        }
        // The chosen sentences' figures (all measures: few rows) with the sentence and the article's title.
        Map<Long, Map<Integer, StoredFact>> bySentence = new HashMap<>();
        jdbc.sql("""
                        select sf.sentence_id, sf.figure_no, sf.article_id, sf.kind, sf.measure, sf.unit, sf.qualifier,
                               sf.figure_value, sf.value_low, sf.value_high, sf.surface, sf.entities, sf.years,
                               fs.ordinal, fs.sentence_text, a.title
                        from sentence_figure sf
                        join figure_sentence fs on fs.sentence_id = sf.sentence_id
                        %s
                        where sf.sentence_id in (:ids)""".formatted(ArticleSql.join("a", "sf.article_id")))
                .param("ids", wanted)
                .query(rs -> {
                    bySentence.computeIfAbsent(rs.getLong("sentence_id"), id -> new TreeMap<>())
                            .putIfAbsent(rs.getInt("figure_no"), new StoredFact(rs.getLong("sentence_id"),
                                    rs.getLong("article_id"), rs.getString("title"), rs.getInt("ordinal"),
                                    rs.getString("sentence_text"), fact(rs)));
                });
        for (int q = 0; q < keys.size(); q++) {
            Fact fact = questions.get(keys.get(q));
            List<StoredFact> found = new ArrayList<>();
            for (long sentenceId : chosen.get(q)) {
                for (StoredFact stored : bySentence.getOrDefault(sentenceId, Map.of()).values()) {
                    Fact other = stored.fact();
                    if (other.kind() == fact.kind() && other.unit().equals(fact.unit())
                            && other.measure().equals(fact.measure())) {
                        found.add(stored);
                    }
                }
            }
            answers.put(keys.get(q), List.copyOf(found));
        }
        return answers;
    }

    /**
     * The index's pairs of a figure's names, in Java's string order: every two of them, or the one name
     * with "" when there is just one (such a figure only meets figures with that one name).
     */
    static List<String[]> pairs(Set<String> names) {
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        if (sorted.size() == 1) {
            return List.<String[]>of(new String[]{sorted.getFirst(), ""});
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(new String[]{sorted.get(i), sorted.get(j)});
            }
        }
        return pairs;
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
