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

    @Test
    void restart_does_not_duplicate_articles_or_users() {
        long[] first = startAndCount();
        long[] second = startAndCount();

        assertThat(first).containsExactly(5, 226, 4);
        assertThat(second).containsExactly(first);
    }

    /** Starts FactDesk on the file database in dataDir and returns {articles, sentences, users}. */
    private long[] startAndCount() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir.toAbsolutePath(), "--factdesk.demo-data=true",
                        "--spring.main.banner-mode=off", "--server.port=0", "--factdesk.reports.warm-up=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            return new long[]{
                    jdbc.sql("select count(*) from article").query(Long.class).single(),
                    jdbc.sql("select count(*) from sentence").query(Long.class).single(),
                    jdbc.sql("select count(*) from user_account").query(Long.class).single()};
        }
    }
}
