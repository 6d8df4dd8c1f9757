package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.cluster.SharedEvent;
import org.factdesk.review.ReaderPresence.PresenceChanged;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Who has an article open changed, for the other nodes (ADR 0038): the article's id; the people reloaded there. */
@Component
class SharedPresence implements SharedEvent<PresenceChanged> {

    private final PresenceRepository presence;

    SharedPresence(PresenceRepository presence) {
        this.presence = presence;
    }

    @Override
    public String name() {
        return "presence";
    }

    @Override
    public Class<PresenceChanged> type() {
        return PresenceChanged.class;
    }

    @Override
    public String encode(PresenceChanged event) {
        return Long.toString(event.articleId().value());
    }

    @Override
    public Optional<PresenceChanged> decode(String body) {
        ArticleId article = new ArticleId(Long.parseLong(body));
        return Optional.of(new PresenceChanged(article, presence.present(article, Instant.now())));
    }
}
