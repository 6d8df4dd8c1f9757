package org.factdesk.discussion.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.cluster.SharedEvent;
import org.factdesk.discussion.DiscussionChanged;
import org.factdesk.discussion.SentenceDiscussion;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Discussion changes for the other nodes (ADR 0038): {@code article;sentence (empty: the article's thread);who},
 * the sentence's comment count and open state reloaded there, as the service computes them.
 */
@Component
class SharedDiscussion implements SharedEvent<DiscussionChanged> {

    private final CommentRepository comments;

    SharedDiscussion(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public String name() {
        return "discussion";
    }

    @Override
    public Class<DiscussionChanged> type() {
        return DiscussionChanged.class;
    }

    @Override
    public String encode(DiscussionChanged event) {
        return event.articleId().value() + ";" + (event.sentenceId() == null ? "" : event.sentenceId()) + ";"
                + URLEncoder.encode(Objects.requireNonNullElse(event.byUsername(), ""), StandardCharsets.UTF_8);
    }

    @Override
    public Optional<DiscussionChanged> decode(String body) {
        String[] parts = body.split(";", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        ArticleId article = new ArticleId(Long.parseLong(parts[0]));
        Long sentence = parts[1].isEmpty() ? null : Long.valueOf(parts[1]);
        SentenceDiscussion state = sentence == null ? null
                : comments.sentenceDiscussions(article, List.of(sentence)).getOrDefault(sentence,
                        new SentenceDiscussion(sentence, 0, false));
        String who = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
        return Optional.of(new DiscussionChanged(article, sentence, state, who.isEmpty() ? null : who));
    }
}
