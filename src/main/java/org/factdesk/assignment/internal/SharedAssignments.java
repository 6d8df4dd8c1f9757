package org.factdesk.assignment.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleAssigned;
import org.factdesk.cluster.SharedEvent;
import org.factdesk.security.UserId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * (Re)assignments for the other nodes (ADR 0038): {@code article;editor}; the editor's "My articles" there
 * loads its list again from the database.
 */
@Component
class SharedAssignments implements SharedEvent<ArticleAssigned> {

    @Override
    public String name() {
        return "assigned";
    }

    @Override
    public Class<ArticleAssigned> type() {
        return ArticleAssigned.class;
    }

    @Override
    public String encode(ArticleAssigned event) {
        return event.articleId().value() + ";" + event.editor().value();
    }

    @Override
    public Optional<ArticleAssigned> decode(String body) {
        String[] parts = body.split(";", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return Optional.of(new ArticleAssigned(new ArticleId(Long.parseLong(parts[0])),
                new UserId(Long.parseLong(parts[1]))));
    }
}
