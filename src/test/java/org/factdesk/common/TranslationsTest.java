package org.factdesk.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

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
        UserMessage message = UserMessage.of("assignment.error.cannotAssign", java.util.List.of(
                UserMessage.of("assignment.error.articleIs", 4, UserMessage.of("state.APPROVED")),
                UserMessage.of("assignment.error.articleIs", 12, UserMessage.of("state.SUBMITTED"))));

        assertThat(message.english()).isEqualTo("Cannot assign: article 4 is approved, article 12 is submitted."
                + " Return a submitted review or reopen an approved one first.");
        assertThat(message.in(Locale.GERMAN)).isEqualTo("Zuweisen nicht möglich: Artikel 4 ist freigegeben, Artikel 12"
                + " ist eingereicht. Eine eingereichte Prüfung zuerst zurückgeben oder eine freigegebene wieder öffnen.");
        assertThat(message.in(Locale.forLanguageTag("fr"))).isEqualTo(message.english());
    }

    @Test
    void apostrophes_survive_formatting() {
        assertThat(UserMessage.of("user.error.exists", "eva").english()).isEqualTo("A user named 'eva' already exists.");
        assertThat(UserMessage.of("user.error.username").english())
                .isEqualTo("A username has 2 to 64 letters, digits, '.', '_' or '-'.");
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
