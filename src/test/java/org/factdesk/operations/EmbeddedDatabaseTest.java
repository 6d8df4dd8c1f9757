package org.factdesk.operations;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void a_file_url_names_its_files_and_becomes_durable() {
        EmbeddedDatabase database = EmbeddedDatabase.of("jdbc:h2:file:/srv/fd/data/factdesk").orElseThrow();

        assertThat(database.directory()).isEqualTo(Path.of("/srv/fd/data"));
        assertThat(database.dataFile()).isEqualTo(Path.of("/srv/fd/data/factdesk.mv.db"));
        assertThat(database.passwordFile()).isEqualTo(Path.of("/srv/fd/data/database.password"));
        assertThat(database.durableUrl()).isEqualTo("jdbc:h2:file:/srv/fd/data/factdesk;WRITE_DELAY=0");
        assertThat(database.servingUrl()).isEqualTo("jdbc:h2:file:/srv/fd/data/factdesk;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
    }

    @Test
    void a_query_cache_set_in_the_url_is_kept() {
        EmbeddedDatabase database = EmbeddedDatabase.of("jdbc:h2:file:/d/factdesk;query_cache_size=16").orElseThrow();

        assertThat(database.servingUrl()).isEqualTo("jdbc:h2:file:/d/factdesk;query_cache_size=16;WRITE_DELAY=0");
    }

    @Test
    void a_write_delay_set_in_the_url_is_kept() {
        EmbeddedDatabase database = EmbeddedDatabase.of("jdbc:h2:file:/d/factdesk;write_delay=500;MODE=Regular")
                .orElseThrow();

        assertThat(database.durableUrl()).isEqualTo("jdbc:h2:file:/d/factdesk;write_delay=500;MODE=Regular");
        assertThat(database.option("MODE")).contains("Regular");
        assertThat(database.option("AUTO_SERVER")).isEmpty();
    }

    @Test
    void relative_and_home_paths_are_resolved() {
        assertThat(EmbeddedDatabase.of("jdbc:h2:./data/factdesk").orElseThrow().dataFile())
                .isEqualTo(Path.of("data/factdesk.mv.db").toAbsolutePath());
        assertThat(EmbeddedDatabase.of("jdbc:h2:~/fd/factdesk").orElseThrow().directory())
                .isEqualTo(Path.of(System.getProperty("user.home"), "fd"));
    }

    @Test
    void memory_server_and_other_databases_are_not_embedded_files() {
        assertThat(EmbeddedDatabase.of("jdbc:h2:mem:factdesk;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:h2:tcp://localhost/~/factdesk")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:postgresql://db:5432/factdesk")).isEmpty();
        assertThat(EmbeddedDatabase.of(null)).isEmpty();
    }
}
