package org.factdesk.operations.internal;

import org.factdesk.operations.EmbeddedDatabase;
import org.factdesk.operations.PrivateFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded database's password: generated on first start and kept in {@code database.password}
 * beside the database (0600). A database made before FactDesk had one (empty password) gets it
 * on the next start; the new password goes to a {@code .new} file first, so a crash between the
 * change and the rename never leaves a database nobody can open.
 */
final class DatabasePassword {

    /** H2's "wrong user name or password". */
    private static final int WRONG_PASSWORD = 28000;
    /** H2's "database may be already in use" (another process holds the file). */
    private static final int IN_USE = 90020;

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    static String ensure(EmbeddedDatabase database, String username) throws IOException {
        Path file = database.passwordFile();
        if (Files.exists(file)) {
            return read(file);
        }
        if (!Files.exists(database.dataFile())) {
            String password = generate();
            PrivateFiles.writeString(file, password + "\n");
            return password;
        }
        Path pending = file.resolveSibling(file.getFileName() + ".new");
        String password;
        if (Files.exists(pending)) {
            password = read(pending);
        } else {
            password = generate();
            PrivateFiles.writeString(pending, password + "\n");
        }
        setOnDatabase(database, username, password);
        PrivateFiles.moveIntoPlace(pending, file);
        return password;
    }

    /** Sets the password on a database that still has the empty one (or already has {@code password}). */
    private static void setOnDatabase(EmbeddedDatabase database, String username, String password) {
        try (Connection connection = DriverManager.getConnection(database.url(), username, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + quoteIdentifier(username) + " SET PASSWORD " + quoteLiteral(password));
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_PASSWORD && opens(database, username, password)) {
                return; // changed on an earlier start that stopped before the rename
            }
            if (e.getErrorCode() == IN_USE) {
                throw new IllegalStateException("The database " + database.dataFile() + " is in use by another"
                        + " process; stop it before the first start of this FactDesk version.", e);
            }
            throw new IllegalStateException("Cannot set a password on the database " + database.dataFile()
                    + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static boolean opens(EmbeddedDatabase database, String username, String password) {
        try (Connection ignored = DriverManager.getConnection(database.url(), username, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(file + " is empty; restore it from a backup or configure"
                    + " spring.datasource.password");
        }
        return password;
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String quoteIdentifier(String value) {
        return "\"" + value.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"") + "\"";
    }
}
