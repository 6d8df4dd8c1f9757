package org.factdesk.cluster.internal;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleAdded;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleImported;
import org.factdesk.cluster.UpdatesMissed;
import org.factdesk.discussion.NotificationsChanged;
import org.factdesk.security.SessionsEnded;
import org.factdesk.security.SignInThrottle;
import org.factdesk.testing.PostgresTestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bus on a real PostgreSQL (ADR 0038): another node's payload becomes a local event, this node's own does not,
 * a shared event is sent on commit and never after a rollback, and the listener comes back after its backend was
 * terminated (as in a database restart) and says that updates were missed.
 */
@IntegrationTest
@Import(ClusterBusIT.Heard.class)
// On H2 skipped before any context starts: the message says why (PostgresTestDatabases reads the same variable).
@EnabledIfEnvironmentVariable(named = "FACTDESK_TEST_POSTGRES_URL", matches = ".*\\S.*",
        disabledReason = "needs PostgreSQL (LISTEN/NOTIFY between nodes): runs in ./mvnw verify -Ppostgres")
class ClusterBusIT {

    @Autowired
    ClusterBus bus;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Heard heard;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Environment environment;
    @Autowired
    SignInThrottle throttle;

    @BeforeEach
    void onPostgres() throws InterruptedException {
        assumeTrue(PostgresTestDatabases.active(),
                "Several nodes need PostgreSQL (LISTEN/NOTIFY); FACTDESK_TEST_POSTGRES_URL is not set");
        listenerPid();
        heard.events.clear();
    }

    @Test
    void another_nodes_event_is_published_here_and_this_nodes_own_is_not() throws InterruptedException {
        notifyAsNode(bus.node(), "notifications|" + bus.node() + "|5");
        notifyAsNode("othernode", "notifications|othernode|7,8");

        Object first = heard.events.poll(2, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(new NotificationsChanged(Set.of(7L, 8L)));
        assertThat(heard.events.poll(300, TimeUnit.MILLISECONDS)).as("own payload skipped").isNull();
    }

    @Test
    void a_user_signed_out_on_another_node_is_signed_out_here() throws InterruptedException {
        notifyAsNode("othernode", "sessions-ended|othernode|eva%7Ceditor");
        assertThat(heard.events.poll(2, TimeUnit.SECONDS)).isEqualTo(new SessionsEnded("eva|editor"));
    }

    @Test
    void an_unlock_on_another_node_unlocks_here() throws InterruptedException {
        String user = "locked-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            throttle.failed(user, "203.0.113.9");
        }
        assertThat(throttle.lockedUsernames()).containsKey(user);
        notifyAsNode("othernode", "sign-in-unlocked|othernode|" + user);
        await("the unlock heard").atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(throttle.lockedUsernames()).doesNotContainKey(user));
    }

    @Test
    void an_import_on_another_node_shows_here_but_its_writing_listeners_do_not_run_again() throws InterruptedException {
        long article = jdbc.queryForObject("select min(id) from article", Long.class);
        String title = jdbc.queryForObject("select title from article where id = ?", String.class, article);

        notifyAsNode("othernode", "article-added|othernode|" + article);

        // The views' event, rebuilt from the row; ArticleImported (assignment, analyses, first version) stays on
        // the importing node, where its listeners wrote once.
        assertThat(heard.events.poll(2, TimeUnit.SECONDS)).isEqualTo(new ArticleAdded(new ArticleId(article), title));
        assertThat(heard.events.poll(300, TimeUnit.MILLISECONDS)).as("no ArticleImported here").isNull();
    }

    @Test
    void a_shared_event_is_sent_when_its_transaction_commits_and_not_after_a_rollback() throws Exception {
        try (Connection listening = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"))) {
            try (Statement statement = listening.createStatement()) {
                statement.execute("listen " + ClusterBus.CHANNEL);
            }
            PGConnection pg = listening.unwrap(PGConnection.class);

            transactions.executeWithoutResult(status -> {
                events.publishEvent(new NotificationsChanged(Set.of(41L)));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> events.publishEvent(new NotificationsChanged(Set.of(42L, 43L))));

            List<String> payloads = new ArrayList<>();
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (payloads.isEmpty() && System.nanoTime() < until) {
                PGNotification[] got = pg.getNotifications(200);
                if (got != null) {
                    for (PGNotification notification : got) {
                        payloads.add(notification.getParameter());
                    }
                }
            }
            assertThat(payloads).containsExactly("notifications|" + bus.node() + "|42,43");
        }
    }

    @Test
    void the_listener_reconnects_after_its_backend_was_terminated_and_reports_missed_updates() throws InterruptedException {
        int before = listenerPid();
        assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, before)).isTrue();

        Object missed = heard.events.poll(10, TimeUnit.SECONDS);
        assertThat(missed).isEqualTo(new UpdatesMissed());
        int after = listenerPid();
        assertThat(after).isNotEqualTo(before);

        notifyAsNode("othernode", "notifications|othernode|9");
        assertThat(heard.events.poll(2, TimeUnit.SECONDS)).isEqualTo(new NotificationsChanged(Set.of(9L)));
    }

    /** The listening backend, once the bus is connected (it connects in its own thread). */
    private int listenerPid() {
        return await("the cluster listener connected").atMost(Duration.ofSeconds(10))
                .until(bus::listenerPid, java.util.Optional::isPresent).orElseThrow();
    }

    private void notifyAsNode(String node, String payload) {
        jdbc.queryForList("select pg_notify(?, ?)", ClusterBus.CHANNEL, payload);
    }

    @TestConfiguration
    static class Heard {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @EventListener
        void on(NotificationsChanged event) {
            events.add(event);
        }

        @EventListener
        void on(SessionsEnded event) {
            events.add(event);
        }

        @EventListener
        void on(ArticleAdded event) {
            events.add(event);
        }

        @EventListener
        void on(ArticleImported event) {
            events.add(event);
        }

        @EventListener
        void on(UpdatesMissed event) {
            events.add(event);
        }
    }
}
