package org.factdesk.importing.internal;

import org.factdesk.importing.ImportRefusedException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Tells binary files from text before a text format reads them: an image or archive renamed to
 * {@code .txt} would otherwise decode (windows-1252 decodes every byte) into garbage an editor would
 * be asked to review. Known file signatures are named in the refusal; anything else with NUL bytes or
 * many control characters after decoding is refused as binary.
 */
public final class BinaryContent {

    /** A file signature: these bytes at this offset. */
    private record Signature(String kind, int offset, byte[] bytes) {
        Signature(String kind, int offset, int... values) {
            this(kind, offset, toBytes(values));
        }

        Signature(String kind, String ascii) {
            this(kind, 0, ascii.getBytes(StandardCharsets.ISO_8859_1));
        }

        boolean matches(byte[] content) {
            if (content.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (content[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    // Only signatures no German text starts with (no two-letter ones such as "MZ" or "BM"); other binary
    // files (WebP, MP4, executables) hold NUL bytes and are refused by the control-character check.
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("PNG", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new Signature("JPEG", 0, 0xFF, 0xD8, 0xFF),
            new Signature("GIF", "GIF87a"),
            new Signature("GIF", "GIF89a"),
            new Signature("TIFF", 0, 'I', 'I', 0x2A, 0x00),
            new Signature("TIFF", 0, 'M', 'M', 0x00, 0x2A),
            new Signature("PDF", "%PDF-"),
            new Signature("ZIP", 0, 'P', 'K', 0x03, 0x04),
            new Signature("ZIP", 0, 'P', 'K', 0x05, 0x06),
            new Signature("Microsoft Office (OLE2)", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            new Signature("gzip", 0, 0x1F, 0x8B),
            new Signature("7-Zip", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            new Signature("RAR", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
            new Signature("ELF", 0, 0x7F, 'E', 'L', 'F'),
            new Signature("SQLite", "SQLite format 3\u0000"));

    /** More control characters than this share of the text make it binary (a stray form feed does not). */
    static final double MAX_CONTROL_SHARE = 0.01;

    private BinaryContent() {
    }

    /** The kind of binary file these bytes begin like ({@code PNG}, {@code ZIP}, ...), or empty. */
    public static Optional<String> knownKind(byte[] content) {
        return SIGNATURES.stream().filter(signature -> signature.matches(content)).map(Signature::kind).findFirst();
    }

    /**
     * Refuses bytes that begin like a known binary file.
     *
     * @throws ImportRefusedException {@code import.binaryKind} naming the kind
     */
    public static void refuseKnownKind(byte[] content, String fileName) {
        Optional<String> kind = knownKind(content);
        if (kind.isPresent()) {
            throw new ImportRefusedException("import.binaryKind", name(fileName), kind.get());
        }
    }

    /**
     * Refuses decoded text that holds a NUL character or more control characters than text has
     * (tab, line feed, carriage return and form feed are text).
     *
     * @throws ImportRefusedException {@code import.binary}
     */
    public static void refuseControlCharacters(String text, String fileName) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ImportRefusedException("import.binary", name(fileName));
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(1, text.length() * MAX_CONTROL_SHARE)) {
            throw new ImportRefusedException("import.binary", name(fileName));
        }
    }

    private static String name(String fileName) {
        return fileName == null ? "" : fileName;
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
