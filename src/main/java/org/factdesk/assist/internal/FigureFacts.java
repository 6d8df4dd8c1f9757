package org.factdesk.assist.internal;

import org.factdesk.assist.internal.FigureExtractor.Figure;
import org.factdesk.assist.internal.FigureExtractor.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure of a sentence is about: what it measures (investment, revenue, employees … — the word
 * nearest to it from a small lexicon of business and news measures), the names in its part of the
 * sentence (a colon, semicolon or dash separates parts: "Microsoft wagt den Befreiungsschlag: Mit 80
 * Milliarden …" puts Microsoft outside the figure's part), and the years the sentence speaks of. A figure
 * whose measure is not known is left out: without it two figures of the same companies (a stake and a
 * revenue share) would look like a contradiction. Pure and thread-safe.
 */
public final class FigureFacts {

    /** One figure as the index keeps it. */
    public record Fact(int figureNo, Figure figure, String measure, Set<String> entities, Set<Integer> years) {

        public Kind kind() {
            return figure.kind();
        }

        public String unit() {
            return figure.unit();
        }
    }

    /**
     * Measures and the word stems that name them. A stem with "=" matches a whole word only ("Wert",
     * "Stellen"); otherwise the stem may sit inside a compound (Gesamtumsatz); the longest stem found
     * in a word decides (Marktanteil is a market share, not a stake).
     */
    private static final Map<String, List<String>> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("investment", List.of("invest", "zugesagt", "zusage", "finanzspritze", "kapitalspritze",
                "finanzierungsrunde", "gesteckt", "pumpt", "gepumpt", "pledged", "committed"));
        MEASURES.put("revenue", List.of("umsatz", "umsätze", "erlös", "einnahmen", "revenue", "=sales", "erwirtschaftet"));
        MEASURES.put("profit", List.of("gewinn", "überschuss", "profit", "earnings", "=ebit", "=ebitda"));
        MEASURES.put("loss", List.of("verlust", "defizit", "=loss", "=losses", "fehlbetrag"));
        MEASURES.put("valuation", List.of("bewertung", "bewertet", "börsenwert", "marktwert", "marktkapitalisierung",
                "=wert", "valuation", "valued", "=worth"));
        MEASURES.put("stake", List.of("anteil", "beteiligung", "=stake", "=hält", "=halten"));
        MEASURES.put("market-share", List.of("marktanteil", "market share", "markt", "=market"));
        MEASURES.put("growth", List.of("wachstum", "=wuchs", "wächst", "gewachsen", "=wachsen", "=stieg", "=steigt",
                "gestiegen", "=steigen", "anstieg", "zuwachs", "=plus", "sprung", "zugelegt", "growth", "=grew", "=rose",
                "increase"));
        MEASURES.put("decline", List.of("=sank", "=sinkt", "gesunken", "=sinken", "rückgang", "=minus", "=fiel",
                "gefallen", "einbruch", "schrumpf", "decline", "=fell", "dropped"));
        MEASURES.put("spending", List.of("kosten", "ausgaben", "=gaben", "aufwendungen", "spending", "=spent", "=costs",
                "capex"));
        MEASURES.put("price", List.of("preis", "=kostet", "=price", "=priced"));
        MEASURES.put("employees", List.of("mitarbeiter", "beschäftigte", "angestellte", "belegschaft", "employees",
                "=staff", "workers"));
        MEASURES.put("jobs", List.of("=stellen", "stellenabbau", "arbeitsplätze", "=jobs"));
        MEASURES.put("users", List.of("nutzer", "=user", "=users", "abonnenten", "subscribers"));
        MEASURES.put("customers", List.of("kunden", "customers"));
        MEASURES.put("participants", List.of("teilnehmer", "participants"));
        MEASURES.put("budget", List.of("budget", "=etat"));
        MEASURES.put("fine", List.of("strafe", "bußgeld", "geldbuße", "=fine", "penalty"));
        MEASURES.put("debt", List.of("schulden", "verschuldung", "=debt"));
        MEASURES.put("subsidy", List.of("förderung", "subvention", "fördermittel", "zuschuss", "fördergeld"));
        MEASURES.put("population", List.of("einwohner", "bevölkerung", "inhabitants", "population"));
        MEASURES.put("dividend", List.of("dividende", "dividend"));
        MEASURES.put("salary", List.of("gehalt", "gehälter", "=lohn", "löhne", "salary", "wages", "vergütung"));
        // Dated events: a date is a figure only with one of these; other years are the sentence's time.
        MEASURES.put("founded", List.of("gegründet", "gründung", "founded"));
        MEASURES.put("in-force", List.of("inkrafttreten", "=kraft", "in force"));
        MEASURES.put("born", List.of("geboren", "=born"));
        MEASURES.put("died", List.of("gestorben", "=starb", "=died"));
    }

    /** The measures and their stems, for tests that check {@link #measureOfWord} against a plain scan. */
    static Map<String, List<String>> measures() {
        return java.util.Collections.unmodifiableMap(MEASURES);
    }

    /** How far (characters) the measure word may be from the figure: farther, it is about something else. */
    static final int MAX_MEASURE_DISTANCE = 60;
    private static final Set<String> DATE_MEASURES = Set.copyOf(java.util.Arrays.asList("founded", "in-force", "born", "died"));
    /** Words that contain a stem but mean something else (Gewinner, gewinnorientiert, Marktes of "Marktführer"). */
    private static final Set<String> NOT_A_MEASURE = Set.copyOf(java.util.Arrays.asList("gewinner", "gewinnerin", "gewinnorientiert",
            "gewinnorientierte", "gewinnorientierten", "gewinnbeteiligungsmodells"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:[-‑][\\p{L}]+)*");
    private static final Pattern PART_BOUNDARY = Pattern.compile(":\\s|;\\s|\\s[–—]\\s|\\s-\\s|•");

    private FigureFacts() {
    }

    /** The sentence's figures with what they measure; figures without a known measure are left out. */
    public static List<Fact> of(String sentence, EntityExtractor names) {
        List<Figure> figures = FigureExtractor.extract(sentence);
        if (figures.isEmpty()) {
            return List.of();
        }
        Set<Integer> years = new TreeSet<>();
        for (Figure f : figures) {
            if (f.kind() == Kind.DATE) {
                years.add(java.time.LocalDate.ofEpochDay((long) f.value()).getYear());
            }
        }
        List<int[]> parts = parts(sentence);
        List<EntityExtractor.Entity> entities = names.entities(sentence);
        List<Fact> facts = new ArrayList<>();
        for (int n = 0; n < figures.size(); n++) {
            Figure figure = figures.get(n);
            int[] part = partOf(parts, figure.start());
            String measure = measureOf(sentence, figure, part);
            if (measure == null) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            for (EntityExtractor.Entity e : entities) {
                if (e.start() >= part[0] && e.end() <= part[1]) {
                    keys.add(e.key());
                }
            }
            if (keys.size() == 1 && !inClause(sentence, figure, entities, keys.iterator().next())) {
                continue; // one name far from the figure ("…, ohne die Auflagen von Microsoft") is no subject
            }
            if (keys.isEmpty()) {
                continue; // a figure about no named subject cannot be matched across articles
            }
            Set<Integer> otherYears = new TreeSet<>(years);
            if (figure.kind() == Kind.DATE) {
                otherYears.remove(java.time.LocalDate.ofEpochDay((long) figure.value()).getYear());
            }
            if (figure.kind() == Kind.COUNT && !measure.equals(figure.unit())) {
                // Counted things of one measure are one unit: Mitarbeiter, Beschäftigte, employees.
                figure = new Figure(figure.kind(), figure.value(), figure.low(), figure.high(), measure,
                        figure.qualifier(), figure.surface(), figure.start(), figure.end());
            }
            facts.add(new Fact(n, figure, measure, Set.copyOf(keys), Set.copyOf(otherYears)));
        }
        return facts;
    }

    /** The measure of a word, or null. */
    static String measureOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_A_MEASURE.contains(w)) {
            return null;
        }
        Stem best = WHOLE_WORD_STEMS.get(w);
        for (int i = 0; i < w.length(); i++) {
            for (Stem stem : STEMS_BY_FIRST_CHAR.getOrDefault(w.charAt(i), List.of())) {
                if (w.startsWith(stem.text(), i) && stem.beats(best)) {
                    best = stem;
                }
            }
        }
        return best == null ? null : best.measure();
    }

    /**
     * A stem of {@link #MEASURES}; the longest found in a word wins, and among equally long ones the one
     * listed first. Stems are looked up by their first character (a word is read once, not once per stem).
     */
    private record Stem(String text, String measure, int order) {

        boolean beats(Stem other) {
            return other == null || text.length() > other.text.length()
                    || text.length() == other.text.length() && order < other.order;
        }
    }

    private static final Map<String, Stem> WHOLE_WORD_STEMS = new java.util.HashMap<>();
    private static final Map<Character, List<Stem>> STEMS_BY_FIRST_CHAR = new java.util.HashMap<>();

    static {
        int order = 0;
        for (Map.Entry<String, List<String>> entry : MEASURES.entrySet()) {
            for (String stem : entry.getValue()) {
                if (stem.startsWith("=")) {
                    Stem whole = new Stem(stem.substring(1), entry.getKey(), order++);
                    WHOLE_WORD_STEMS.merge(whole.text(), whole, (kept, added) -> added.beats(kept) ? added : kept);
                } else {
                    STEMS_BY_FIRST_CHAR.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>())
                            .add(new Stem(stem, entry.getKey(), order++));
                }
            }
        }
    }

    private static String measureOf(String sentence, Figure figure, int[] part) {
        if (figure.kind() == Kind.COUNT) {
            String concept = measureOfWord(figure.unit());
            return concept == null || DATE_MEASURES.contains(concept) ? figure.unit() : concept;
        }
        String text = sentence.substring(part[0], part[1]);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            int start = words.start() + part[0];
            int end = words.end() + part[0];
            if (start >= figure.start() && end <= figure.end()) {
                continue; // the figure's own words ("Prozent")
            }
            String measure = measureOfWord(words.group());
            if (measure == null && text.regionMatches(true, words.start(), "market share", 0, 12)) {
                measure = "market-share";
            }
            if (measure == null || (figure.kind() == Kind.DATE) != DATE_MEASURES.contains(measure)) {
                continue;
            }
            int distance = end <= figure.start() ? figure.start() - end : start - figure.end();
            if (distance < bestDistance && distance <= MAX_MEASURE_DISTANCE) {
                best = measure;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether the name occurs in the figure's clause (between the commas around it). */
    private static boolean inClause(String sentence, Figure figure, List<EntityExtractor.Entity> entities, String key) {
        int from = sentence.lastIndexOf(',', figure.start()) + 1;
        int to = sentence.indexOf(',', figure.end());
        int end = to < 0 ? sentence.length() : to;
        return entities.stream().anyMatch(e -> e.key().equals(key) && e.start() >= from && e.end() <= end);
    }

    private static List<int[]> parts(String sentence) {
        List<int[]> parts = new ArrayList<>();
        Matcher boundary = PART_BOUNDARY.matcher(sentence);
        int start = 0;
        while (boundary.find()) {
            parts.add(new int[]{start, boundary.start()});
            start = boundary.end();
        }
        parts.add(new int[]{start, sentence.length()});
        return parts;
    }

    private static int[] partOf(List<int[]> parts, int offset) {
        for (int[] part : parts) {
            if (offset >= part[0] && offset < part[1]) {
                return part;
            }
        }
        return parts.get(parts.size() - 1);
    }
}
