package org.factdesk.importing.internal;

import org.factdesk.importing.ReadHints;
import org.mozilla.universalchardet.UniversalDetector;

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
        Optional<Charset> detected = detect(bytes);
        if (detected.isPresent()) {
            return new DecodedText(new String(bytes, detected.get()), detected.get(), Basis.DETECTED);
        }
        return new DecodedText(new String(bytes, FALLBACK), FALLBACK, Basis.FALLBACK);
    }

    /**
     * The encoding of bytes that are neither marked nor UTF-8 (ADR 15): UTF-16 without a byte order mark
     * by where its zero bytes sit, else juniversalchardet (Mozilla's detector), else empty. A detected
     * ISO-8859-1 is read as windows-1252, its superset (what browsers do too): the bytes 0x80-0x9F are
     * control characters in Latin-1 but „“–€ in windows-1252, and no German text means the former.
     */
    static Optional<Charset> detect(byte[] bytes) {
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return utf16;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Optional<Charset> charset = charset(detector.getDetectedCharset());
        return charset.map(found -> found.equals(StandardCharsets.ISO_8859_1) ? FALLBACK : found);
    }

    /**
     * Text in UTF-16 has a zero byte beside nearly every Latin character: at odd positions in
     * little-endian, at even ones in big-endian. Binary data has zero bytes too, but not in that rhythm.
     */
    private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 64 * 1024) / 2;
        if (pairs < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        // Most characters of German text are ASCII letters, so most pairs have their zero byte on one side.
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) {
            return strictly(bytes, StandardCharsets.UTF_16LE).map(text -> StandardCharsets.UTF_16LE);
        }
        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) {
            return strictly(bytes, StandardCharsets.UTF_16BE).map(text -> StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
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
