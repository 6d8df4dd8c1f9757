package org.factdesk.assignment;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V3 gives articles imported before it a NEW assignment row. */
class AssignmentMigrationIT {

    @Test
    void articles_from_before_v3_start_as_new() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        flyway(dataSource, "2").migrate();
        jdbc.sql("""
                insert into article (title, source_name, content_hash, source_text, paragraph_count, sentence_count,
                                     imported_at)
                values ('Alt', 'v2', ?, 'Alt.', 1, 1, current_timestamp)""").param("a".repeat(64)).update();

        flyway(dataSource, "3").migrate();

        Map<String, Object> row = jdbc.sql("""
                select a.state, a.assignee_id, a.priority, a.seen_by_assignee, a.version
                from article_assignment a join article r on r.id = a.article_id where r.title = 'Alt'""")
                .query().singleRow();
        assertThat(row).containsEntry("STATE", "NEW").containsEntry("PRIORITY", "NORMAL")
                .containsEntry("SEEN_BY_ASSIGNEE", false).containsEntry("VERSION", 0);
        assertThat(row.get("ASSIGNEE_ID")).isNull();
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
