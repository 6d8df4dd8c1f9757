package org.factdesk.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translations follow docs/glossary.md: no message uses a retired synonym of its language, and every term
 * the glossary names is in use. The matching rules are the ones the glossary states at its top.
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("docs", "glossary.md");
    private static final Pattern ENTRY = Pattern.compile("`([^`]+)`");

    /** One row of a language's table. */
    record Concept(String name, List<String> terms, List<String> retired) {
    }

    @Test
    void no_german_message_uses_a_retired_german_term() throws IOException {
        assertThat(retiredUses(glossary("Deutsch"), load("translations_de.properties"))).isEmpty();
    }

    @Test
    void no_english_message_uses_a_retired_english_term() throws IOException {
        List<Concept> english = glossary("English");
        assertThat(retiredUses(english, load("translations_en.properties"))).isEmpty();
        assertThat(retiredUses(english, load("translations.properties"))).isEmpty();
    }

    @Test
    void every_term_of_the_glossary_is_used_by_a_message() throws IOException {
        assertThat(unusedTerms(glossary("Deutsch"), load("translations_de.properties"))).isEmpty();
        assertThat(unusedTerms(glossary("English"), load("translations_en.properties"))).isEmpty();
    }

    @Test
    void both_languages_have_the_same_concepts() throws IOException {
        List<String> german = glossary("Deutsch").stream().map(Concept::name).toList();
        List<String> english = glossary("English").stream().map(Concept::name).toList();
        // German has a few concepts English does not need (gendered readers, the comment's author, "Sie", upload, server).
        assertThat(german).hasSizeGreaterThan(30).containsAll(english);
        assertThat(english).hasSizeGreaterThan(25);
    }

    /** The rules the glossary promises, so that a broken matcher cannot make the two checks above pass vacuously. */
    @Test
    void entries_match_whole_words_ignoring_case_and_gender_endings_are_other_words() {
        assertThat(matcher("Benutzer").matcher("Neuer Benutzer angelegt.").find()).isTrue();
        assertThat(matcher("Benutzer").matcher("benutzer").find()).isTrue();
        assertThat(matcher("Benutzer").matcher("Ihr Benutzername").find()).isFalse();
        assertThat(matcher("Benutzer").matcher("Benutzer:in angelegt").find()).isFalse();
        assertThat(matcher("Benutzer").matcher("alle Benutzer:innen").find()).isFalse();
        assertThat(matcher("URL").matcher("Quell-URL").find()).isFalse();
        assertThat(matcher("Urteil*").matcher("seine Urteile bleiben").find()).isTrue();
        assertThat(matcher("Urteil*").matcher("Vorurteil").find()).isFalse();
        assertThat(matcher("log in").matcher("Please log  in again").find()).isTrue();
        assertThat(matcher("Review*").matcher("ClaimReview (JSON-LD)").find()).isFalse();

        List<Concept> lead = List.of(new Concept("team lead", List.of("team lead"), List.of("lead")));
        assertThat(retiredUses(lead, properties("a", "Only a team lead can approve."))).isEmpty();
        assertThat(retiredUses(lead, properties("a", "Ask your lead."))).hasSize(1);
    }

    /** "key: retired «entry» in: text" for every message using a retired entry (outside a longer term). */
    static List<String> retiredUses(List<Concept> concepts, Properties messages) {
        List<String> allTerms = concepts.stream().flatMap(concept -> concept.terms().stream()).toList();
        List<String> uses = new ArrayList<>();
        for (Map.Entry<String, String> message : sorted(messages).entrySet()) {
            for (Concept concept : concepts) {
                for (String retired : concept.retired()) {
                    Pattern retiredWord = matcher(retired);
                    String text = message.getValue();
                    // A term that contains the retired word ("team lead" around "lead") is not a use of it.
                    for (String term : allTerms) {
                        if (!term.equalsIgnoreCase(retired) && retiredWord.matcher(term).find()) {
                            text = matcher(term).matcher(text).replaceAll(" ");
                        }
                    }
                    if (retiredWord.matcher(text).find()) {
                        uses.add(message.getKey() + ": «" + retired + "» (" + concept.name() + ", use "
                                + String.join(" / ", concept.terms()) + ") in: " + message.getValue());
                    }
                }
            }
        }
        return uses;
    }

    static List<String> unusedTerms(List<Concept> concepts, Properties messages) {
        List<String> unused = new ArrayList<>();
        for (Concept concept : concepts) {
            boolean used = concept.terms().stream().map(GlossaryTest::matcher).anyMatch(term ->
                    messages.stringPropertyNames().stream().anyMatch(key -> term.matcher(messages.getProperty(key)).find()));
            if (!used && !concept.terms().isEmpty()) {
                unused.add(concept.name() + ": " + concept.terms());
            }
        }
        return unused;
    }

    /**
     * A whole word or phrase, ignoring case; a trailing * is any ending. Letters, digits, "-" and a gender
     * ending (":in", ":innen") around it make it part of another word.
     */
    static Pattern matcher(String entry) {
        boolean anyEnding = entry.endsWith("*");
        String word = anyEnding ? entry.substring(0, entry.length() - 1) : entry;
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}-])");
        String[] parts = word.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
        }
        if (anyEnding) {
            regex.append("[\\p{L}\\p{N}]*");
        }
        regex.append("(?![\\p{L}\\p{N}-]|:in)");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The table below "## {heading}": concept | term(s) | retired | meaning. */
    static List<Concept> glossary(String heading) throws IOException {
        List<String> lines = Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8);
        int start = lines.indexOf("## " + heading);
        assertThat(start).as("section ## " + heading + " in " + GLOSSARY).isNotNegative();
        List<Concept> concepts = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            // cells[0] is empty (the line starts with "|"); the header row has no backticks.
            List<String> terms = entries(cells[2]);
            if (terms.isEmpty()) {
                continue;
            }
            concepts.add(new Concept(cells[1].trim(), terms, entries(cells[3])));
        }
        return concepts;
    }

    private static List<String> entries(String cell) {
        List<String> entries = new ArrayList<>();
        Matcher entry = ENTRY.matcher(cell);
        while (entry.find()) {
            entries.add(entry.group(1));
        }
        return entries;
    }

    private static Map<String, String> sorted(Properties messages) {
        Map<String, String> sorted = new TreeMap<>();
        messages.stringPropertyNames().forEach(key -> sorted.put(key, messages.getProperty(key)));
        return sorted;
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.putAll(new LinkedHashMap<>(Map.of(key, value)));
        return properties;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
