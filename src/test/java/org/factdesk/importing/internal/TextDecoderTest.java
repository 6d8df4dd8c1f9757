package org.factdesk.importing.internal;

import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadHints;
import org.factdesk.importing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final String GERMAN = "Über die Brücke gingen „viele“ Bürger – sagte der Bürgermeister. "
            + "Die Straße ist gesperrt, Öl und Äpfel kosten 5 €.";
    private static final String LATIN_1 = "Größere Straßen für Übach: Der Rat beschloss es. Schöne Grüße aus Köln.";

    private static TextDecoder.DecodedText decode(byte[] bytes) {
        return TextDecoder.decode(bytes, new ReadHints("a.txt", null), null);
    }

    @Test
    void windows_1252_text_is_detected_with_its_quotes_and_euro_sign() {
        TextDecoder.DecodedText decoded = decode(GERMAN.getBytes(Charset.forName("windows-1252")));

        assertThat(decoded.text()).isEqualTo(GERMAN);
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
        assertThat(decoded.basis()).isEqualTo(TextDecoder.Basis.DETECTED);
    }

    @Test
    void latin_1_text_keeps_umlauts_and_sharp_s() {
        TextDecoder.DecodedText decoded = decode(LATIN_1.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(decoded.text()).isEqualTo(LATIN_1);
        // windows-1252 is Latin-1's superset for every letter; the name says which table was used.
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void utf_16_without_a_byte_order_mark_is_detected_in_both_byte_orders() {
        TextDecoder.DecodedText little = decode(GERMAN.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.DecodedText big = decode(GERMAN.getBytes(StandardCharsets.UTF_16BE));

        assertThat(little.text()).isEqualTo(GERMAN);
        assertThat(little.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(little.basis()).isEqualTo(TextDecoder.Basis.DETECTED);
        assertThat(big.text()).isEqualTo(GERMAN);
        assertThat(big.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void non_latin_text_is_detected_by_the_library() {
        String russian = "Москва — столица России, крупнейший по численности населения город страны. "
                + "Город расположен на реке Москве в центре Восточно-Европейской равнины.";

        TextDecoder.DecodedText decoded = decode(russian.getBytes(Charset.forName("windows-1251")));

        assertThat(decoded.charset().name()).isEqualTo("windows-1251");
        assertThat(decoded.text()).isEqualTo(russian);
    }

    @Test
    void a_png_is_named_and_control_characters_are_refused() {
        assertThatThrownBy(() -> BinaryContent.refuseKnownKind(TestDocuments.png(), "bild.txt"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("not a text file but a PNG file");
        assertThatThrownBy(() -> BinaryContent.refuseControlCharacters("Text\u0000mit NUL", "x.txt"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("binary data");
        BinaryContent.refuseControlCharacters("Ein Absatz.\f\tNoch einer mit Tab.\r\n", "ok.txt");
    }
}
