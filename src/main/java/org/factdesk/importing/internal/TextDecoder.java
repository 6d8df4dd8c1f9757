package org.factdesk.importing.internal;

import org.factdesk.importing.ReadHints;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Turns a text file's bytes into text, in the order that does not guess when the file says: the
 * encoding a person chose, a byte order mark, the declared charset (HTTP header, then the
 * document's own declaration such as an HTML meta tag), strict UTF-8, then detection, and
 * windows-1252 (which decodes every byte) as the last resort.
 */
public final class TextDecoder {

    /** How the encoding was decided, in the order tried. */
    public enum Basis { CHOSEN, BYTE_ORDER_MARK, DECLARED, UTF_8, DETECTED, FALLBACK }

    /** The text, the encoding it was read with, and why that one. */
    public record DecodedText(String text, Charset charset, Basis basis) {
    }

    static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * @param documentDeclared the charset the document declares itself (e.g. {@code <meta charset>}), or null
     */
    public static DecodedText decode(byte[] bytes, ReadHints hints, String documentDeclared) {
        Optional<Charset> chosen = charset(hints.chosenEncoding());
        if (chosen.isPresent()) {
            return new DecodedText(withoutBom(new String(bytes, chosen.get())), chosen.get(), Basis.CHOSEN);
        }
        Optional<DecodedText> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = hints.charset().or(() -> charset(documentDeclared));
        if (declared.isPresent()) {
            return new DecodedText(new String(bytes, declared.get()), declared.get(), Basis.DECLARED);
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, Basis.UTF_8);
        }
        return new DecodedText(new String(bytes, FALLBACK), FALLBACK, Basis.FALLBACK);
    }

    /** A charset by any name Java knows for it, or empty (unknown, misspelt or null). */
    public static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip().replace("\"", "").replace("'", "")));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, Basis.BYTE_ORDER_MARK));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, Basis.BYTE_ORDER_MARK));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, Basis.BYTE_ORDER_MARK));
        }
        return Optional.empty();
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
