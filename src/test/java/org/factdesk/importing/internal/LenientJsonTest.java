package org.factdesk.importing.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LenientJsonTest {

    @Test
    void reads_objects_arrays_strings_and_literals() {
        Object value = LenientJson.parse("{\"@type\": [\"NewsArticle\"], \"headline\": \"Gr\\u00fc\\u00dfe \\\"aus\\\" Bonn\","
                + " \"wordCount\": 812, \"isFree\": true, \"image\": null, \"author\": {\"name\": \"Eva\"}}");

        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> object = (Map<?, ?>) value;
        assertThat(object.get("@type")).isEqualTo(List.of("NewsArticle"));
        assertThat(object.get("headline")).isEqualTo("Grüße \"aus\" Bonn");
        assertThat(object.get("wordCount")).isEqualTo("812");
        assertThat(object.get("isFree")).isEqualTo(true);
        assertThat(object.containsKey("image")).isTrue();
        assertThat(object.get("image")).isNull();
        assertThat(object.get("author")).isEqualTo(Map.of("name", "Eva"));
    }

    @Test
    void forgives_raw_line_breaks_trailing_commas_comments_and_a_closing_semicolon() {
        Object value = LenientJson.parse("/* cms */ {\"articleBody\": \"Erste Zeile\nzweite Zeile\", \"tags\": [\"a\", \"b\",],};");

        assertThat(value).isEqualTo(Map.of("articleBody", "Erste Zeile\nzweite Zeile", "tags", List.of("a", "b")));
    }

    @Test
    void refuses_what_is_not_json() {
        for (String broken : List.of("{\"a\": ", "{\"a\" 1}", "[1, 2", "\"open", "{} trailing", "")) {
            assertThatThrownBy(() -> LenientJson.parse(broken)).as(broken).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
