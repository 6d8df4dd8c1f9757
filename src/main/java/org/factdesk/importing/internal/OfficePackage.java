package org.factdesk.importing.internal;

import org.factdesk.importing.ImportRefusedException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a DOCX or ODT file (a ZIP of XML files), read with the JDK alone (ADR 15): only the
 * named parts are kept, every part's inflated bytes are counted while inflating (a small file must not
 * unpack to gigabytes), and the XML is parsed with DTDs and external entities off (no XXE).
 */
final class OfficePackage {

    /** The most one file's parts may unpack to, all together (a 10 MB DOCX is rarely 50 MB unpacked). */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    private static final XMLInputFactory XML = safeFactory();

    private OfficePackage() {
    }

    /**
     * The named parts of the package, each present only if the file has it.
     *
     * @throws ImportRefusedException {@code import.encrypted} for a password-protected Office file
     *                                (Office wraps the encrypted ZIP in an OLE2 compound file)
     * @throws IllegalArgumentException when the bytes are no ZIP, are damaged or unpack too much
     */
    static Map<String, byte[]> parts(byte[] content, Set<String> names, String fileName) {
        if (startsWith(content, OLE2)) {
            if (indexOf(content, ENCRYPTED_PACKAGE) >= 0) {
                throw new ImportRefusedException("import.encrypted", fileName == null ? "" : fileName);
            }
            throw new IllegalArgumentException("an OLE2 compound file (an old binary Office document), not a ZIP");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new IllegalArgumentException("not a ZIP package");
        }
        Map<String, byte[]> parts = new HashMap<>();
        long unpacked = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            boolean anyEntry = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                anyEntry = true;
                // Every entry is inflated to reach the next (the stream has no index), so all are counted.
                ByteArrayOutputStream kept = names.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new IllegalArgumentException("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, read);
                    }
                }
                if (kept != null) {
                    parts.put(entry.getName(), kept.toByteArray());
                }
            }
            if (!anyEntry) {
                throw new IllegalArgumentException("an empty or damaged ZIP package");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("a damaged ZIP package: " + e.getMessage(), e);
        }
        return parts;
    }

    /** A reader over one part's XML that resolves no DTD and no external entity. */
    static XMLStreamReader xml(byte[] part) {
        try {
            return XML.createXMLStreamReader(new ByteArrayInputStream(part));
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("damaged XML: " + e.getMessage(), e);
        }
    }

    /** The text content of the element the reader stands on, up to its end tag. */
    static String elementText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                text.append(reader.getText());
            }
        }
        return text.toString().strip();
    }

    private static XMLInputFactory safeFactory() {
        // The JDK's own StAX parser, whatever else is on the classpath; no DTD means no entity can be declared.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
