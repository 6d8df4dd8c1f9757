package org.factdesk.importing;

import org.factdesk.Application;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo articles are imported once: a restart on the same database adds nothing. */
@ExtendWith(RestoreSecurityContextStrategy.class)
class SeedImportIT {

    @TempDir
    Path dataDir;

    private static final String SEED_002 = "002_7f91695c0ff28209.txt";
    private static final String SEED_003 = "003_df3efb554b237c1d.txt";

    @Test
    void restart_does_not_duplicate_articles_or_users() {
        long[] first = startAndCount(jdbc -> { });
        long[] second = startAndCount(jdbc -> { });

        assertThat(first).containsExactly(5, 226, 4);
        assertThat(second).containsExactly(first);
    }

    @Test
    void demo_articles_titled_by_their_first_line_get_their_headline_unless_a_lead_edited_them() {
        startAndCount(jdbc -> {
            assertThat(title(jdbc, SEED_002)).isEqualTo("Der Milliarden-Deal zwischen OpenAI und Microsoft: Was dahinter steckt");
            // As a database from before intake has them: seed 002 titled by its kicker line, seed 003 edited by a lead.
            jdbc.sql("update article set title = 'Tech & Trends', metadata_changed_at = null where source_name = ?")
                    .param(SEED_002).update();
            jdbc.sql("update article set title = 'Von Hand', metadata_changed_at = current_timestamp where source_name = ?")
                    .param(SEED_003).update();
        });
        startAndCount(jdbc -> {
            assertThat(title(jdbc, SEED_002)).isEqualTo("Der Milliarden-Deal zwischen OpenAI und Microsoft: Was dahinter steckt");
            assertThat(title(jdbc, SEED_003)).isEqualTo("Von Hand");
        });
    }

    private static String title(JdbcClient jdbc, String sourceName) {
        return jdbc.sql("select title from article where source_name = ?").param(sourceName).query(String.class).single();
    }

    /** Starts FactDesk on the file database in dataDir and returns {articles, sentences, users}. */
    private long[] startAndCount(java.util.function.Consumer<JdbcClient> whileRunning) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir.toAbsolutePath(), "--factdesk.demo-data=true",
                        "--spring.main.banner-mode=off", "--server.port=0", "--factdesk.reports.warm-up=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            whileRunning.accept(jdbc);
            return new long[]{
                    jdbc.sql("select count(*) from article").query(Long.class).single(),
                    jdbc.sql("select count(*) from sentence").query(Long.class).single(),
                    jdbc.sql("select count(*) from user_account").query(Long.class).single()};
        }
    }
}
