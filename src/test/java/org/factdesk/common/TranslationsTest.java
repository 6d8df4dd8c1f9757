package org.factdesk.common;

import org.factdesk.assignment.ArticleState;
import org.factdesk.review.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The UI and the services' messages speak German and English: every text exists in both, and parses. */
class TranslationsTest {

    @Test
    void german_and_english_have_the_same_keys_and_english_is_the_default() throws IOException {
        Properties fallback = load("translations.properties");
        Properties english = load("translations_en.properties");
        Properties german = load("translations_de.properties");

        assertThat(english).isEqualTo(fallback);
        assertThat(german.keySet()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void every_text_with_placeholders_is_a_valid_message_format() throws IOException {
        for (String file : new String[]{"translations_en.properties", "translations_de.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    assertThatCode(() -> new MessageFormat(text, Locale.ROOT)).as(file + " " + key).doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void a_message_is_said_in_the_asked_language_with_its_parts_translated() {
        UserMessage message = UserMessage.of("assignment.error.cannotAssign", List.of(
                UserMessage.of("assignment.error.articleIs", 4, UserMessage.of("state.APPROVED")),
                UserMessage.of("assignment.error.articleIs", 12, UserMessage.of("state.SUBMITTED"))));

        assertThat(message.english()).isEqualTo("Cannot assign: article 4 is approved, article 12 is submitted."
                + " Return a submitted review or reopen an approved one first.");
        assertThat(message.in(Locale.GERMAN)).isEqualTo("Zuweisen nicht möglich: Artikel 4 ist freigegeben, Artikel 12"
                + " ist eingereicht. Geben Sie eine eingereichte Prüfung zuerst zurück, oder öffnen Sie eine freigegebene wieder.");
        assertThat(message.in(Locale.forLanguageTag("fr"))).isEqualTo(message.english());
    }

    @Test
    void apostrophes_survive_formatting() {
        assertThat(UserMessage.of("user.error.exists", "eva").english()).isEqualTo("A user named 'eva' already exists.");
        assertThat(UserMessage.of("user.error.username").english())
                .isEqualTo("A username has 2 to 64 letters, digits, '.', '_' or '-'.");
    }

    /**
     * Every message key the services name exists (a missing one would turn a refusal into an error).
     * Keys built from a prefix ("assignment.error.leadOnly." + step) need at least one key with it.
     */
    @Test
    void every_message_key_the_code_names_exists() throws IOException {
        Properties english = load("translations_en.properties");
        Pattern named = Pattern.compile("(?:UserMessage\\.of|InvalidInputException|RefusedException)\\(\\s*\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = named.matcher(Files.readString(source));
                while (key.find()) {
                    checked++;
                    String name = key.group(1);
                    boolean known = name.endsWith(".")
                            ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(name))
                            : english.containsKey(name);
                    if (!known) {
                        missing.add(source.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(missing).isEmpty();
        for (ArticleState state : ArticleState.values()) {
            assertThat(english).containsKey("state." + state.name());
        }
        for (Verdict verdict : Verdict.values()) {
            assertThat(english).containsKey("verdict." + verdict.key());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
