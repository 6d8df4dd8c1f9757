package org.factdesk.operations;

import org.factdesk.common.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files only the app's own user may read: the data directory (0700) and what is in it (0600), where
 * the file system knows POSIX permissions. Other local accounts must not read the database, its
 * password or the command channel's key.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the directory if needed and makes it and everything below it private. */
    public static void secureDirectory(Path directory) {
        try {
            if (POSIX) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : (Iterable<Path>) paths::iterator) {
                        if (Files.isSymbolicLink(path)) {
                            continue;
                        }
                        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
                    }
                }
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + directory + " private: " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} into a new private file and moves it into place, so it is never readable by others. */
    public static void writeString(Path target, String text) throws IOException {
        AtomicFiles.write(target, true, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Makes one file private (0600). */
    public static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    public static void moveIntoPlace(Path partial, Path target) throws IOException {
        AtomicFiles.moveIntoPlace(partial, target);
    }
}
