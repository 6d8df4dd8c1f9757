package org.factdesk.article;

import org.factdesk.article.internal.SearchFolding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL other features may embed to show an article next to their own rows, where one query for
 * a page of rows (assignment grids, the article list) is worth keeping. The article feature owns the
 * {@code article} table: this is the only place outside it that spells it, so the owner keeps the
 * join right when the table changes. The alias offers {@code id}, {@code title}, {@code source_name},
 * {@code outlet}, {@code author}, {@code published_on}, {@code imported_at}, {@code sentence_count},
 * {@code paragraph_count} and {@code source_url}; sorting and searching go through {@link #titleSortKey},
 * {@link #matching}, {@link #titleMatching}, {@link #sameTitle} and {@link #sourceUrlStartingWith}.
 */
public final class ArticleSql {

    /** Words of a search beyond these are ignored (each one is a condition over the text). */
    public static final int MAX_SEARCH_WORDS = 8;

    private ArticleSql() {
    }

    /** {@code join} of the article whose id is in {@code idColumn}, as {@code alias}. */
    public static String join(String alias, String idColumn) {
        return "join article " + alias + " on " + alias + ".id = " + idColumn;
    }

    /**
     * {@code join} of the sentence whose id is in {@code idColumn}, as {@code alias}; it offers {@code id},
     * {@code article_id}, {@code ordinal} and {@code text_hash} (indexed: the same normalised text).
     */
    public static String sentenceJoin(String alias, String idColumn) {
        return "join sentence " + alias + " on " + alias + ".id = " + idColumn;
    }

    /** The article table as {@code alias}, for a {@code from} clause that lists every article. */
    public static String table(String alias) {
        return "article " + alias;
    }

    /** An expression to order by title as people read it (case, accents and umlauts folded). */
    public static String titleSortKey(String alias) {
        return alias + ".title_key";
    }

    /** A condition and its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {

        public static final Condition NONE = new Condition("1 = 1", Map.of());
    }

    /**
     * Articles whose title, source name or address, outlet, author or text contain every word of
     * {@code search}, case-, accent- and umlaut-insensitive ("muller", "MÜLLER" and "Mueller" find
     * "Müller"; "Strasse" finds "Straße"). Parameters are named {@code prefix0_0}, {@code prefix0_1}, ….
     * A blank search is {@link Condition#NONE}.
     */
    public static Condition matching(String alias, String search, String prefix) {
        return everyWordIn(search, prefix, alias + ".search_meta", alias + ".search_body");
    }

    /**
     * Articles whose title alone contains every word of {@code search}, folded as {@link #matching} folds
     * (for pickers that look an article up by its title). A blank search is {@link Condition#NONE}.
     */
    public static Condition titleMatching(String alias, String search, String prefix) {
        return everyWordIn(search, prefix, alias + ".title_key");
    }

    /** Every typed word (in one of its folded variants) in one of the folded columns. */
    private static Condition everyWordIn(String search, String prefix, String... columns) {
        List<Set<String>> terms = SearchFolding.terms(search, MAX_SEARCH_WORDS);
        if (terms.isEmpty()) {
            return Condition.NONE;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int w = 0; w < terms.size(); w++) {
            List<String> any = new ArrayList<>();
            int v = 0;
            for (String variant : terms.get(w)) {
                String name = prefix + w + "_" + v++;
                params.put(name, "%" + likeEscaped(variant) + "%");
                for (String column : columns) {
                    any.add(column + " like :" + name + " escape '\\'");
                }
            }
            words.add("(" + String.join(" or ", any) + ")");
        }
        return new Condition(String.join(" and ", words), params);
    }

    /** Articles whose title is {@code title} once both are folded (case, accents, umlauts, typography). */
    public static Condition sameTitle(String alias, String title, String param) {
        String folded = SearchFolding.fold(title);
        if (folded.isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        // As stored: the key keeps the first 1,000 characters.
        return new Condition(alias + ".title_key = :" + param,
                Map.of(param, folded.length() > 1000 ? folded.substring(0, 1000) : folded));
    }

    /**
     * Articles whose source address starts with {@code prefix}, ignoring case (a coarse filter: the caller
     * compares the addresses it finds exactly, as it normalises them).
     */
    public static Condition sourceUrlStartingWith(String alias, String prefix, String param) {
        return new Condition("lower(" + alias + ".source_url) like :" + param + " escape '\\'",
                Map.of(param, likeEscaped(prefix.toLowerCase(java.util.Locale.ROOT)) + "%"));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
