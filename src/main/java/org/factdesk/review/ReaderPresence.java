package org.factdesk.review;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.factdesk.article.ArticleId;
import org.factdesk.review.internal.PresenceRepository;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Who has which article open in a reader (ADR 0027), for all nodes on the database (ADR 0038): a reader enters
 * when it shows an article and leaves when it is detached (navigation, tab closed, session ended). The rows are
 * in the database so that every node shows everyone; each node refreshes its own rows, so the readers of a node
 * that died drop out after {@link PresenceRepository#EXPIRY}. Every change is published as {@link PresenceChanged}
 * for the open readers (and, through the cluster feature, for those on the other nodes).
 */
@Service
public class ReaderPresence {

    /** One person in the reader of an article (shown once however many tabs they have open). */
    public record Present(String username, String displayName) {
    }

    /** The people who have the article open now changed; {@code present} in order of arrival. */
    public record PresenceChanged(ArticleId articleId, List<Present> present) {
        public PresenceChanged {
            present = List.copyOf(present);
        }
    }

    private record Visit(ArticleId articleId, Present who, Instant enteredAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReaderPresence.class);

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PresenceRepository rows;
    /** This node's rows (a new id at each start: the rows of a node's former run simply expire). */
    private final String node = UUID.randomUUID().toString();
    /** This node's open readers by ticket, to put back rows that expired while the database was away. */
    private final Map<String, Visit> mine = new ConcurrentHashMap<>();
    private ScheduledExecutorService heartbeat;

    ReaderPresence(CurrentUser currentUser, ApplicationEventPublisher events, PresenceRepository rows) {
        this.currentUser = currentUser;
        this.events = events;
        this.rows = rows;
    }

    /** The signed-in user opened the article; returns the ticket to {@link #leave} with. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String enter(ArticleId articleId) {
        FactDeskUser me = currentUser.require();
        String ticket = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Present who = new Present(me.username(), me.displayName());
        rows.enter(ticket, Objects.requireNonNull(articleId, "articleId"), node, who, now);
        mine.put(ticket, new Visit(articleId, who, now));
        events.publishEvent(new PresenceChanged(articleId, rows.present(articleId, now)));
        return ticket;
    }

    /**
     * The reader with this ticket closed. Needs no signed-in user: it also runs when a session ends, and a
     * ticket is a random id only its reader knows.
     */
    @Transactional
    public void leave(ArticleId articleId, String ticket) {
        mine.remove(ticket);
        if (rows.leave(ticket)) {
            events.publishEvent(new PresenceChanged(articleId, rows.present(articleId, Instant.now())));
        }
    }

    /** Who has the article open, each person once, in order of arrival. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Present> present(ArticleId articleId) {
        return rows.present(articleId, Instant.now());
    }

    @PostConstruct
    void startHeartbeat() {
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "factdesk-presence-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = PresenceRepository.HEARTBEAT.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Keeps this node's rows alive and removes those of nodes that stopped (their readers drop out everywhere). */
    private void beat() {
        try {
            Instant now = Instant.now();
            if (rows.heartbeat(node, now) < mine.size()) {
                restore(now);
            }
            Map<ArticleId, List<PresenceRepository.Expired>> expired = rows.expired(now).stream()
                    .collect(Collectors.groupingBy(PresenceRepository.Expired::articleId));
            expired.forEach((article, tickets) -> {
                boolean removed = false;
                for (PresenceRepository.Expired row : tickets) {
                    removed |= rows.leave(row.ticket());
                }
                if (removed) {
                    events.publishEvent(new PresenceChanged(article, rows.present(article, now)));
                }
            });
        } catch (RuntimeException e) {
            // The database may be restarting; the next beat tries again, and rows live for four beats.
            log.debug("Presence heartbeat failed: {}", e.toString());
        }
    }

    /** Rows of this node's open readers that are gone (swept while this node could not refresh them) come back. */
    private void restore(Instant now) {
        Set<String> stored = Set.copyOf(rows.ticketsOf(node));
        Set<ArticleId> changed = new java.util.HashSet<>();
        mine.forEach((ticket, visit) -> {
            if (!stored.contains(ticket)) {
                rows.enter(ticket, visit.articleId(), node, visit.who(), visit.enteredAt(), now);
                changed.add(visit.articleId());
            }
        });
        changed.forEach(article -> events.publishEvent(new PresenceChanged(article, rows.present(article, now))));
    }

    @PreDestroy
    void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        try {
            // This node's readers close with it; the other nodes show that at once rather than after the expiry.
            Set<ArticleId> articles = Set.copyOf(rows.articlesOf(node));
            rows.leaveAll(node);
            Instant now = Instant.now();
            articles.forEach(article -> events.publishEvent(new PresenceChanged(article, rows.present(article, now))));
        } catch (RuntimeException e) {
            log.debug("Could not remove this node's presence on shutdown (it expires): {}", e.toString());
        }
    }
}
