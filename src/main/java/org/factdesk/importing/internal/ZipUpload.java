package org.factdesk.importing.internal;

import org.factdesk.importing.ImportLimits;
import org.factdesk.importing.ImportRefusedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files in an uploaded ZIP (folders and ZIPs inside allowed), under the import limits: an entry
 * whose name escapes its folder ({@code ../}, an absolute path, a drive letter), ZIPs nested deeper than
 * {@code maxZipDepth}, more than {@code maxZipEntries} entries in all, an entry over {@code maxFileSize}
 * or all of it over {@code maxUploadSize} unpacked refuse the whole ZIP. Sizes are counted while
 * inflating: a ZIP's headers state sizes that a zip bomb lies about.
 *
 * <p>{@link #check} walks the whole ZIP without keeping anything, so a refusal comes before any
 * entry is imported; {@link #files} then hands over one entry at a time (memory holds one file).
 */
public final class ZipUpload {

    /** Receives each file of the ZIP: its path ("archive.zip/folder/file.md") and its bytes. */
    @FunctionalInterface
    public interface FileVisitor {
        void file(String path, byte[] content);
    }

    private final String zipName;
    private final byte[] zip;
    private final ImportLimits limits;
    private int entries;
    private long unpacked;

    public ZipUpload(String zipName, byte[] zip, ImportLimits limits) {
        this.zipName = zipName;
        this.zip = zip;
        this.limits = limits;
    }

    /** Whether a file is a ZIP by its name (the content decides nothing: a DOCX is a ZIP too). */
    public static boolean isZip(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Walks the whole ZIP, keeping nothing.
     *
     * @throws ImportRefusedException with the reason the whole ZIP is refused
     */
    public void check() {
        walk(null);
    }

    /** Hands each file to the visitor, in the ZIP's order; call {@link #check} first. */
    public void files(FileVisitor visitor) {
        walk(visitor);
    }

    private void walk(FileVisitor visitor) {
        entries = 0;
        unpacked = 0;
        try {
            walk(new ByteArrayInputStream(zip), zipName, 1, visitor);
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            // ZipInputStream's own words (bad CRC, invalid header) are for logs; the person gets one reason.
            throw new ImportRefusedException("import.unreadable", zipName, "ZIP").withCause(e);
        }
    }

    private void walk(InputStream in, String prefix, int depth, FileVisitor visitor) throws IOException {
        ZipInputStream zipStream = new ZipInputStream(in);
        boolean any = false;
        for (ZipEntry entry = zipStream.getNextEntry(); entry != null; entry = zipStream.getNextEntry()) {
            any = true;
            if (++entries > limits.maxZipEntries()) {
                throw new ImportRefusedException("import.zip.tooManyEntries", zipName, limits.maxZipEntries());
            }
            String name = checkedName(entry.getName());
            if (entry.isDirectory() || ignored(name)) {
                continue;
            }
            String path = prefix + "/" + name;
            InputStream limited = new CountingStream(zipStream, path);
            if (isZip(name)) {
                if (depth + 1 > limits.maxZipDepth()) {
                    throw new ImportRefusedException("import.zip.tooDeep", zipName, limits.maxZipDepth());
                }
                walk(limited, path, depth + 1, visitor);
            } else if (visitor == null) {
                limited.transferTo(OutputStream.nullOutputStream());
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                limited.transferTo(bytes);
                visitor.file(path, bytes.toByteArray());
            }
        }
        if (!any && depth == 1) {
            throw new IllegalArgumentException("no entries: not a ZIP or an empty one");
        }
    }

    /** The entry's name with forward slashes; refused when it leaves the ZIP's folder. */
    private String checkedName(String raw) {
        String name = raw.replace('\\', '/');
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean escapes = false;
        for (String segment : name.split("/")) {
            escapes |= segment.equals("..");
        }
        if (absolute || escapes || name.indexOf('\0') >= 0) {
            throw new ImportRefusedException("import.zip.escapes", zipName, raw);
        }
        return name;
    }

    /** What macOS and Windows add to a ZIP of a folder: resource forks and folder settings, no articles. */
    private static boolean ignored(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || last.startsWith("._") || last.equals(".DS_Store")
                || last.equalsIgnoreCase("Thumbs.db") || last.equalsIgnoreCase("desktop.ini");
    }

    /** One entry's inflated bytes, counted against the per-file and the whole-upload limit as they come. */
    private final class CountingStream extends InputStream {
        private final InputStream in;
        private final String path;
        private long count;

        CountingStream(InputStream in, String path) {
            this.in = in;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            unpacked += bytes;
            if (count > limits.maxFileBytes()) {
                throw new ImportRefusedException("import.zip.entryTooLarge", zipName, path.substring(zipName.length() + 1),
                        limits.maxFileBytes() / (1024.0 * 1024.0));
            }
            if (unpacked > limits.maxUploadBytes()) {
                throw new ImportRefusedException("import.zip.tooLargeUnpacked", zipName,
                        limits.maxUploadBytes() / (1024.0 * 1024.0));
            }
        }

        @Override
        public void close() {
            // The entry's stream belongs to the ZIP stream, which goes on to the next entry.
        }
    }
}
