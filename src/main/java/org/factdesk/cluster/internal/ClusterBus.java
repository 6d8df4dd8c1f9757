package org.factdesk.cluster.internal;

import org.factdesk.cluster.SharedEvent;
import org.factdesk.cluster.UpdatesMissed;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Carries the shared events between the nodes on one PostgreSQL database (ADR 0038): a shared event published on
 * this node is sent with {@code pg_notify} (in its transaction, so PostgreSQL delivers it on commit and never after
 * a rollback); one daemon thread listens on a connection of its own, rebuilds the other nodes' events from the
 * database and publishes them here, in a transaction, so the after-commit broadcasters push them as they push the
 * node's own. On H2 (one node, embedded) it does nothing: the in-JVM events already reach every browser.
 */
@Component
class ClusterBus implements SmartLifecycle {

    static final String CHANNEL = "factdesk_events";
    private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);
    /** How long one wait for notifications lasts; also how soon the thread notices that it should stop. */
    private static final int POLL_MILLIS = 500;
    /** Without notifications the connection is checked this often: a dead server may never close the socket. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    private final Map<Class<?>, SharedEvent<?>> byType = new HashMap<>();
    private final Map<String, SharedEvent<?>> byName = new HashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Environment environment;
    private final String node;
    private final Duration firstRetry;
    private final Duration longestRetry;
    /** Set while this node publishes another node's event: it must not be sent back out. */
    private final ThreadLocal<Boolean> replaying = ThreadLocal.withInitial(() -> false);

    private volatile boolean postgres;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Integer listenerPid;

    ClusterBus(List<SharedEvent<?>> shared, JdbcTemplate jdbc, TransactionTemplate transactions,
               ApplicationEventPublisher events, Environment environment) {
        for (SharedEvent<?> event : shared) {
            if (byName.put(event.name(), event) != null || byType.put(event.type(), event) != null) {
                throw new IllegalStateException("Two shared events named " + event.name() + " or of " + event.type());
            }
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.environment = environment;
        String configured = environment.getProperty("factdesk.cluster.node-id", "");
        this.node = configured.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : configured;
        this.firstRetry = environment.getProperty("factdesk.cluster.first-retry", Duration.class, Duration.ofMillis(500));
        this.longestRetry = environment.getProperty("factdesk.cluster.longest-retry", Duration.class, Duration.ofSeconds(30));
    }

    // --- sending -----------------------------------------------------------------------------------------------

    /** Every event published here: the shared ones go to the other nodes. */
    @EventListener
    void on(Object event) {
        if (!postgres || replaying.get()) {
            return;
        }
        SharedEvent<?> shared = byType.get(event.getClass());
        if (shared != null) {
            notifyOthers(shared, event);
        }
    }

    @SuppressWarnings("unchecked")
    private <E> void notifyOthers(SharedEvent<E> shared, Object event) {
        String body = shared.encode((E) event);
        if (body.length() > SharedEvent.MAX_BODY) {
            // Never fail the user's change for the announcement: the other nodes show it at their next load.
            log.warn("Not announced to the other nodes, payload too long: {} ({} characters)", shared.name(), body.length());
            return;
        }
        String payload = new Envelope(shared.name(), node, body).payload();
        // Joins the publishing transaction when there is one (delivered on its commit), else sent at once.
        jdbc.execute("select pg_notify(?, ?)", (java.sql.PreparedStatement statement) -> {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
            return null;
        });
    }

    // --- receiving ---------------------------------------------------------------------------------------------

    /** Publishes another node's event here, rebuilt from the database; this node's own are skipped. */
    void receive(String payload) {
        Optional<Envelope> parsed = Envelope.parse(payload);
        if (parsed.isEmpty()) {
            log.debug("Ignored a notification that is not ours: {}", payload);
            return;
        }
        Envelope envelope = parsed.get();
        if (envelope.node().equals(node)) {
            return;
        }
        SharedEvent<?> shared = byName.get(envelope.name());
        if (shared == null) {
            log.debug("Ignored an event this node does not know: {}", envelope.name());
            return;
        }
        replaying.set(true);
        try {
            // In a transaction: the after-commit listeners (the broadcasters) run when it commits, as for a local event.
            transactions.executeWithoutResult(status -> shared.decode(envelope.body()).ifPresent(events::publishEvent));
        } catch (RuntimeException e) {
            log.warn("Could not show the change {} from node {}: {}", envelope.name(), envelope.node(), e.toString());
        } finally {
            replaying.remove();
        }
    }

    private void listen() {
        Duration retry = firstRetry;
        boolean connectedBefore = false;
        boolean outage = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(
                    environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                listenerPid = connection.unwrap(PGConnection.class).getBackendPID();
                if (outage) {
                    log.info("Listening to the other nodes again (node {}); open views load their state again", node);
                }
                if (connectedBefore) {
                    events.publishEvent(new UpdatesMissed());
                }
                connectedBefore = true;
                outage = false;
                retry = firstRetry;
                poll(connection);
            } catch (SQLException | RuntimeException e) {
                listenerPid = null;
                if (!running) {
                    return;
                }
                if (!outage) {
                    // Once per outage: a database restart would otherwise log at every retry.
                    log.warn("Lost the connection for the other nodes' changes ({}); retrying until it is back", e.toString());
                    outage = true;
                }
                sleep(retry);
                retry = retry.multipliedBy(2).compareTo(longestRetry) > 0 ? longestRetry : retry.multipliedBy(2);
            }
        }
    }

    private void poll(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    receive(notification.getParameter());
                }
                lastCheck = System.nanoTime();
            } else if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** This node's id, as its payloads carry it. */
    String node() {
        return node;
    }

    /** The PostgreSQL backend of the listening connection, while connected (for the reconnect test). */
    Optional<Integer> listenerPid() {
        return Optional.ofNullable(listenerPid);
    }

    // --- lifecycle ---------------------------------------------------------------------------------------------

    @Override
    public void start() {
        postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())));
        if (!postgres) {
            return; // one node on the embedded database: the in-JVM events are the whole story
        }
        running = true;
        Thread thread = new Thread(this::listen, "factdesk-cluster-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
        log.info("Node {} shares live updates with the other nodes on this database (LISTEN {})", node, CHANNEL);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofMillis(POLL_MILLIS * 4L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
