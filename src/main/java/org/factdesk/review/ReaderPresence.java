package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which article open in a reader, in memory (ADR 0027): a reader enters when it shows an article
 * and leaves when it is detached (navigation, tab closed, session ended). Lost on restart, which is right:
 * no reader is open then. Every change is published as {@link PresenceChanged} for the open readers.
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

    private record Visit(String ticket, Present who) {
    }

    private final Map<ArticleId, List<Visit>> visits = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ReaderPresence(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The signed-in user opened the article; returns the ticket to {@link #leave} with. */
    @PreAuthorize("isAuthenticated()")
    public String enter(ArticleId articleId) {
        FactDeskUser me = currentUser.require();
        String ticket = UUID.randomUUID().toString();
        visits.compute(Objects.requireNonNull(articleId, "articleId"), (id, list) -> {
            List<Visit> updated = list == null ? new ArrayList<>() : new ArrayList<>(list);
            updated.add(new Visit(ticket, new Present(me.username(), me.displayName())));
            return List.copyOf(updated);
        });
        events.publishEvent(new PresenceChanged(articleId, present(articleId)));
        return ticket;
    }

    /**
     * The reader with this ticket closed. Needs no signed-in user: it also runs when a session ends, and a
     * ticket is a random id only its reader knows.
     */
    public void leave(ArticleId articleId, String ticket) {
        boolean[] removed = {false};
        visits.computeIfPresent(articleId, (id, list) -> {
            List<Visit> updated = list.stream().filter(v -> !v.ticket().equals(ticket)).toList();
            removed[0] = updated.size() != list.size();
            return updated.isEmpty() ? null : updated;
        });
        if (removed[0]) {
            events.publishEvent(new PresenceChanged(articleId, present(articleId)));
        }
    }

    /** Who has the article open, each person once, in order of arrival. */
    @PreAuthorize("isAuthenticated()")
    public List<Present> present(ArticleId articleId) {
        Map<String, Present> byUsername = new LinkedHashMap<>();
        visits.getOrDefault(articleId, List.of()).forEach(v -> byUsername.putIfAbsent(v.who().username(), v.who()));
        return List.copyOf(byUsername.values());
    }
}
