package org.factdesk.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A FactDesk backup file (a ZIP): {@code factdesk-backup.properties} says what it is, then the
 * database password and H2's own backup of the database files under {@code database/}. Restoring
 * needs no running app and no Spring: the files go into an empty data directory and are opened once
 * to check them.
 */
public final class BackupArchive {

    static final String DESCRIPTION = "factdesk-backup.properties";
    static final String DATABASE_FOLDER = "database/";
    private static final int FORMAT = 1;
    /** The database files are a few MB to a few GB; a backup claiming more per entry is not ours. */
    private static final long MAX_ENTRY_BYTES = 64L << 30;

    private BackupArchive() {
    }

    static String describe(Instant created, String databaseName, long articles) {
        return "format=" + FORMAT + "\ncreated=" + created + "\ndatabase=" + databaseName + "\narticles=" + articles + "\n";
    }

    /** The file is not a FactDesk backup, or the directory cannot take it. */
    public static final class InvalidBackupException extends Exception {
        InvalidBackupException(String message) {
            super(message);
        }
    }

    /** What a restore brought back. */
    public record Restored(Instant created, long articles, Path databaseFile) {
    }

    /** Unpacks {@code backup} into the empty (or missing) {@code dataDirectory} and opens it to check it. */
    public static Restored restore(Path backup, Path dataDirectory) throws InvalidBackupException, IOException {
        if (!Files.isRegularFile(backup)) {
            throw new InvalidBackupException(backup + " does not exist or is not a file");
        }
        if (Files.exists(dataDirectory)) {
            if (!Files.isDirectory(dataDirectory)) {
                throw new InvalidBackupException(dataDirectory + " is a file, not a directory");
            }
            try (Stream<Path> children = Files.list(dataDirectory)) {
                if (children.findAny().isPresent()) {
                    throw new InvalidBackupException(dataDirectory + " is not empty; restore into a new directory");
                }
            }
        }
        boolean created = !Files.exists(dataDirectory);
        try {
            return unpackAndOpen(backup, dataDirectory);
        } catch (InvalidBackupException | IOException | RuntimeException e) {
            clear(dataDirectory, created); // nothing half restored
            throw e;
        }
    }

    private static void clear(Path dataDirectory, boolean created) throws IOException {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                if (created || !path.equals(dataDirectory)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Restored unpackAndOpen(Path backup, Path dataDirectory) throws InvalidBackupException, IOException {
        Properties description = new Properties();
        String password;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry descriptionEntry = zip.getEntry(DESCRIPTION);
            ZipEntry passwordEntry = zip.getEntry(EmbeddedDatabase.PASSWORD_FILE);
            if (descriptionEntry == null || passwordEntry == null) {
                throw new InvalidBackupException(backup + " is not a FactDesk backup");
            }
            description.load(new StringReader(text(zip, descriptionEntry)));
            if (!String.valueOf(FORMAT).equals(description.getProperty("format"))) {
                throw new InvalidBackupException(backup + " has backup format " + description.getProperty("format")
                        + ", this FactDesk reads format " + FORMAT);
            }
            password = text(zip, passwordEntry).strip();
            PrivateFiles.secureDirectory(dataDirectory);
            boolean sawDatabase = false;
            for (ZipEntry entry : zip.stream().map(ZipEntry.class::cast).toList()) {
                String name = entry.getName();
                if (!name.startsWith(DATABASE_FOLDER) || entry.isDirectory()) {
                    continue;
                }
                String fileName = name.substring(DATABASE_FOLDER.length());
                if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
                    throw new InvalidBackupException(backup + " holds an entry outside its folder: " + name);
                }
                Path target = dataDirectory.resolve(fileName);
                PrivateFiles.writeString(target, "");
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
                    copyAtMost(in, out, MAX_ENTRY_BYTES);
                }
                sawDatabase |= fileName.endsWith(".mv.db");
            }
            if (!sawDatabase) {
                throw new InvalidBackupException(backup + " holds no database file");
            }
        } catch (java.util.zip.ZipException e) {
            throw new InvalidBackupException(backup + " is not a FactDesk backup (not a ZIP file)");
        }
        PrivateFiles.writeString(dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE), password + "\n");
        String name = description.getProperty("database", "factdesk");
        Path base = dataDirectory.toAbsolutePath().resolve(name);
        long articles;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa",
                password);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from article")) {
            count.next();
            articles = count.getLong(1);
        } catch (SQLException e) {
            throw new IOException("the restored database does not open: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return new Restored(Instant.parse(description.getProperty("created")), articles,
                base.resolveSibling(name + ".mv.db"));
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException, InvalidBackupException {
        if (entry.getSize() > 64 * 1024) {
            throw new InvalidBackupException(entry.getName() + " is too large for a FactDesk backup");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static void copyAtMost(InputStream in, OutputStream out, long limit) throws IOException, InvalidBackupException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit) {
                throw new InvalidBackupException("an entry of the backup is larger than " + limit + " bytes");
            }
            out.write(buffer, 0, read);
        }
    }
}
