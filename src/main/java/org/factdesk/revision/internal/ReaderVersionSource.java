package org.factdesk.revision.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.review.ReaderVersions;
import org.factdesk.review.ReviewCarrier;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.CarriedSentence;
import org.factdesk.revision.CarryKind;
import org.factdesk.revision.RevisionService;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reader's view of the versions (ADR 0029), through {@link RevisionService} (which checks who may
 * read and who may confirm): the version chain, and per sentence changed in wording or substance the
 * previous version's text and review, read live from the frozen old version.
 */
@Component
class ReaderVersionSource implements ReaderVersions {

    private final RevisionService revisions;
    private final ArticleService articles;
    private final ReviewCarrier reviews;

    ReaderVersionSource(RevisionService revisions, ArticleService articles, ReviewCarrier reviews) {
        this.revisions = revisions;
        this.articles = articles;
        this.reviews = reviews;
    }

    @Override
    public List<Version> versionsOf(ArticleId articleId) {
        return revisions.versions(articleId).stream()
                .map(v -> new Version(v.articleId(), v.number(), v.createdAt(), v.isNewest())).toList();
    }

    @Override
    public Map<Long, CarriedMark> carriedMarks(ArticleId articleId) {
        Map<Long, CarriedSentence> carried = revisions.carried(articleId);
        if (carried.values().stream().allMatch(c -> c.kind() == CarryKind.UNCHANGED)) {
            return Map.of();
        }
        ArticleId previous = revisions.version(articleId).map(ArticleVersion::previous).orElse(null);
        Map<Long, String> oldTexts = new HashMap<>();
        Map<Long, SentenceVerdict> oldVerdicts = previous == null ? Map.of() : reviews.previousVerdicts(previous);
        if (previous != null) {
            articles.findText(previous).ifPresent(text -> text.blocks().forEach(block -> block.sentences()
                    .forEach(sentence -> oldTexts.put(sentence.id(), sentence.text()))));
        }
        Map<Long, CarriedMark> marks = new LinkedHashMap<>();
        for (CarriedSentence sentence : carried.values()) {
            if (sentence.kind() == CarryKind.UNCHANGED) {
                continue;
            }
            List<String> texts = sentence.fromSentenceIds().stream().map(oldTexts::get).filter(Objects::nonNull)
                    .toList();
            SentenceVerdict before = sentence.fromSentenceIds().stream().map(oldVerdicts::get)
                    .filter(v -> v != null && v.verdict() != null).findFirst().orElse(null);
            marks.put(sentence.sentenceId(), new CarriedMark(sentence.sentenceId(), sentence.kind().key(),
                    sentence.toConfirm(), texts, before == null ? null : before.verdict(),
                    before == null ? null : before.note(), sentence.differences(), sentence.confirmedBy(),
                    sentence.confirmedAt()));
        }
        return marks;
    }

    @Override
    public void confirmCarried(ArticleId articleId, Collection<Long> sentenceIds) {
        revisions.confirmCarried(articleId, sentenceIds);
    }
}
