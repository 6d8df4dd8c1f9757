package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.cluster.SharedEvent;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.SuggestionsDecided;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decided (or reopened) suggestions for the other nodes (ADR 0038): {@code article;sentence ids}, or
 * {@code article;*} when the ids do not fit one payload. The receiver keeps those of the sentences that have a
 * suggestion ({@code *}: every one of the article); its readers read their stored state.
 */
@Component
class SharedSuggestionDecisions implements SharedEvent<SuggestionsDecided> {

    private final ObjectProvider<SuggestionSource> sources;

    SharedSuggestionDecisions(ObjectProvider<SuggestionSource> sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "suggestions-decided";
    }

    @Override
    public Class<SuggestionsDecided> type() {
        return SuggestionsDecided.class;
    }

    @Override
    public String encode(SuggestionsDecided event) {
        String head = event.articleId().value() + ";";
        String ids = event.sentenceIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        return head.length() + ids.length() <= MAX_BODY ? head + ids : head + "*";
    }

    @Override
    public Optional<SuggestionsDecided> decode(String body) {
        String[] parts = body.split(";", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\*|[\\d,]*")) {
            return Optional.empty();
        }
        ArticleId article = new ArticleId(Long.parseLong(parts[0]));
        Set<Long> named = parts[1].equals("*") ? null : Arrays.stream(parts[1].split(",")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).collect(Collectors.toSet());
        // Read through the interface review owns (ADR 0011): no user here, and the ids say what to read; the
        // readers this feeds show only what their own user may see (the article they have open).
        // Decided ones and ones an undo opened again alike: the readers read each one's state.
        List<Long> decided = sources.orderedStream().flatMap(source -> source.suggestionsFor(article).stream())
                .filter(Suggestion::suggestsVerdict)
                .map(Suggestion::sentenceId)
                .filter(id -> named == null || named.contains(id))
                .distinct().sorted().toList();
        return decided.isEmpty() ? Optional.empty() : Optional.of(new SuggestionsDecided(article, decided));
    }
}
