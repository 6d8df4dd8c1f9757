package org.factdesk.review.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.cluster.SharedEvent;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.VerdictsChanged;
import org.springframework.stereotype.Component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Verdict changes for the other nodes (ADR 0038): {@code article;who;sentence ids}, the verdicts reloaded there.
 * A change too large for one payload (a long range) is sent as {@code *}: the whole article's verdicts.
 */
@Component
class SharedVerdicts implements SharedEvent<VerdictsChanged> {

    private final VerdictRepository verdicts;

    SharedVerdicts(VerdictRepository verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public String name() {
        return "verdicts";
    }

    @Override
    public Class<VerdictsChanged> type() {
        return VerdictsChanged.class;
    }

    @Override
    public String encode(VerdictsChanged event) {
        String head = event.articleId().value() + ";" + URLEncoder.encode(
                Objects.requireNonNullElse(event.byUsername(), ""), StandardCharsets.UTF_8) + ";";
        String ids = event.changed().stream().map(v -> Long.toString(v.sentenceId())).collect(Collectors.joining(","));
        return head.length() + ids.length() <= MAX_BODY ? head + ids : head + "*";
    }

    @Override
    public Optional<VerdictsChanged> decode(String body) {
        String[] parts = body.split(";", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        long article = Long.parseLong(parts[0]);
        String who = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
        List<SentenceVerdict> changed;
        if (parts[2].equals("*")) {
            changed = List.copyOf(verdicts.findByArticle(article).values());
        } else {
            List<Long> ids = Arrays.stream(parts[2].split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
            Map<Long, SentenceVerdict> stored = verdicts.findBySentences(ids);
            changed = ids.stream().map(stored::get).filter(Objects::nonNull).toList();
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new VerdictsChanged(new ArticleId(article), changed, who.isEmpty() ? null : who));
    }
}
