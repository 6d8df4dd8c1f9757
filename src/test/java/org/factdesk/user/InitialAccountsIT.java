package org.factdesk.user;

import org.factdesk.Application;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With demo data off, a fresh database gets exactly one admin and no demo accounts or articles. */
@ExtendWith(OutputCaptureExtension.class)
@ExtendWith(RestoreSecurityContextStrategy.class)
class InitialAccountsIT {

    @TempDir
    Path dataDir;

    @Test
    void demo_data_off_creates_the_first_admin_with_the_configured_password() {
        try (ConfigurableApplicationContext app = start("--factdesk.admin.initial-password=Redaktion-2026")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Map<String, Object>> users = jdbc.sql("select username, role, password_hash from user_account")
                    .query().listOfRows();
            assertThat(users).hasSize(1);
            assertThat(users.getFirst()).containsEntry("USERNAME", "admin").containsEntry("ROLE", "ADMIN");
            String hash = (String) users.getFirst().get("PASSWORD_HASH");
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(app.getBean(PasswordEncoder.class).matches("Redaktion-2026", hash)).isTrue();
            assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isZero();
        }
    }

    @Test
    void without_a_configured_password_one_is_generated_and_logged_once(CapturedOutput output) {
        String hash;
        try (ConfigurableApplicationContext app = start("--factdesk.admin.initial-password=")) {
            hash = app.getBean(JdbcClient.class).sql("select password_hash from user_account where username = 'admin'")
                    .query(String.class).single();
        }
        Matcher logged = Pattern.compile("generated password: (\\S+)").matcher(output.getAll());
        assertThat(logged.find()).as("the generated password is in the log").isTrue();
        assertThat(logged.group(1)).hasSizeGreaterThanOrEqualTo(12);
        try (ConfigurableApplicationContext app = start("--factdesk.admin.initial-password=")) {
            assertThat(app.getBean(PasswordEncoder.class).matches(logged.group(1), hash)).isTrue();
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from user_account").query(Long.class)
                    .single()).isEqualTo(1);
        }
        assertThat(Pattern.compile("generated password").matcher(output.getAll()).results().count())
                .as("printed only when the admin is created").isEqualTo(1);
    }

    @Test
    void a_configured_password_shorter_than_twelve_characters_stops_the_start_with_a_clear_reason() {
        assertThatThrownBy(() -> start("--factdesk.admin.initial-password=Redaktion26").close())
                .hasStackTraceContaining("FACTDESK_ADMIN_PASSWORD (factdesk.admin.initial-password) is refused: "
                        + "A password has at least 12 characters.");
    }

    private ConfigurableApplicationContext start(String passwordArgument) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir.toAbsolutePath(), "--factdesk.demo-data=false",
                        passwordArgument, "--spring.main.banner-mode=off", "--server.port=0",
                        "--factdesk.reports.warm-up=false");
    }
}
