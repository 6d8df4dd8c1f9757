package org.factdesk.operations;

import org.factdesk.Application;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as the default configuration makes it: a private directory, a generated
 * password, durable commits, and no listening socket besides the HTTP port.
 */
@ExtendWith(RestoreSecurityContextStrategy.class)
class EmbeddedDatabaseIT {

    @TempDir
    Path parent;

    @Test
    void a_fresh_data_directory_is_private_and_the_database_needs_the_generated_password() throws Exception {
        Path dataDir = parent.resolve("data");
        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.getBean(org.springframework.boot.jdbc.autoconfigure.DataSourceProperties.class).getUrl())
                    .isEqualTo(url(dataDir) + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from article").query(Long.class).single())
                    .isEqualTo(5);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            for (String file : List.of("database.password", "factdesk.mv.db", "command-channel")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file))))
                        .as(file).isEqualTo("rw-------");
            }
        }
        String password = Files.readString(dataDir.resolve("database.password")).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(40);
        assertThatThrownBy(() -> DriverManager.getConnection(url(dataDir), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        DriverManager.getConnection(url(dataDir), "sa", password).close();
        assertThat(dataDir.resolve("command-channel")).as("removed when the app stops").doesNotExist();
    }

    @Test
    void a_database_from_before_gets_a_password_and_keeps_its_data() throws Exception {
        Path dataDir = Files.createDirectories(parent.resolve("old"));
        try (Connection old = DriverManager.getConnection(url(dataDir), "sa", "");
             Statement sql = old.createStatement()) {
            sql.execute("create schema legacy");
            sql.execute("create table legacy.kept(v varchar(20))");
            sql.execute("insert into legacy.kept values ('still here')");
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("factdesk.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.getBean(JdbcClient.class).sql("select v from legacy.kept").query(String.class).single())
                    .isEqualTo("still here");
        }

        String password = Files.readString(dataDir.resolve("database.password")).strip();
        DriverManager.getConnection(url(dataDir), "sa", password).close();
        assertThat(dataDir.resolve("database.password.new")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("factdesk.mv.db"))))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url(dataDir), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void a_start_that_stopped_after_setting_the_password_but_before_keeping_it_still_opens() throws Exception {
        Path dataDir = Files.createDirectories(parent.resolve("half"));
        String pending = "pending-password-from-an-interrupted-start";
        try (Connection old = DriverManager.getConnection(url(dataDir), "sa", "");
             Statement sql = old.createStatement()) {
            sql.execute("alter user sa set password '" + pending + "'");
        }
        Files.writeString(dataDir.resolve("database.password.new"), pending + "\n");

        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from article").query(Long.class).single())
                    .isEqualTo(5);
        }
        assertThat(Files.readString(dataDir.resolve("database.password")).strip()).isEqualTo(pending);
    }

    @Test
    void the_only_listening_socket_is_the_http_port() throws Exception {
        Set<Integer> before = ListeningSockets.ofThisProcess();
        try (ConfigurableApplicationContext app = start(parent.resolve("ports"))) {
            int httpPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Set<Integer> opened = new HashSet<>(ListeningSockets.ofThisProcess());
            opened.removeAll(before);
            assertThat(opened).containsExactly(httpPort);
        }
    }

    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("factdesk");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off",
                        "--server.port=0", "--factdesk.reports.warm-up=false");
    }

    /** The TCP ports this JVM listens on, read from Linux's /proc (sockets owned by our file descriptors). */
    static final class ListeningSockets {

        static Set<Integer> ofThisProcess() throws IOException {
            Set<String> inodes = new HashSet<>();
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException gone) {
                        // closed while listing
                    }
                }
            }
            Set<Integer> ports = new HashSet<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path file = Path.of(table);
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                    String[] f = line.trim().split("\\s+");
                    boolean listening = f[3].equals("0A");
                    if (listening && inodes.contains(f[9])) {
                        ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                    }
                }
            }
            return ports;
        }
    }
}
