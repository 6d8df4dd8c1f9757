package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.review.internal.CarriedReviewRepository;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries reviews into a new version of an article (ADR 0029), for the revision feature inside its import
 * transaction: the new sentence gets the old one's verdict row as it was (verdict, note, who set it when,
 * an adoption's source), a copy of its evidence and one history row by the importing lead with the origin
 * {@link HistoryOrigin.Carried}; {@link ReviewService#history} goes on into the old sentence's history
 * from there. The old sentence keeps everything: its version stays readable as it was.
 */
@Service
public class ReviewCarrier {

    private final CarriedReviewRepository carried;
    private final ArticleSentences sentences;
    private final CurrentUser currentUser;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewCarrier(CarriedReviewRepository carried, ArticleSentences sentences, CurrentUser currentUser,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.carried = carried;
        this.sentences = sentences;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Carries the reviews of {@code from}'s sentences into {@code to}'s, each new sentence from one old one;
     * an old sentence without a verdict carries nothing. Returns the new sentences that got a verdict.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public Set<Long> carry(ArticleId from, ArticleId to, List<CarriedReview> reviews) {
        FactDeskUser actor = currentUser.acting("carry reviews", "them");
        Set<Long> targets = new HashSet<>();
        List<Long> sources = new ArrayList<>();
        for (CarriedReview review : reviews) {
            if (!targets.add(review.toSentenceId())) {
                throw new IllegalArgumentException("Sentence " + review.toSentenceId() + " is carried into twice.");
            }
            sources.add(review.fromSentenceId());
        }
        // The whole articles' ordinals in one query each: a 5,000-sentence carry checks without long in-lists.
        if (!sentences.ordinals(from).keySet().containsAll(sources) || !sentences.ordinals(to).keySet().containsAll(targets)) {
            throw new IllegalArgumentException("Carried sentences must belong to articles " + from + " and " + to + ".");
        }
        Map<Long, SentenceVerdict> before = carried.verdictsOf(from.value());
        List<CarriedReviewRepository.Carry> carries = reviews.stream()
                .filter(review -> before.containsKey(review.fromSentenceId())
                        && before.get(review.fromSentenceId()).verdict() != null)
                .map(review -> new CarriedReviewRepository.Carry(review.fromSentenceId(), review.toSentenceId(),
                        new HistoryOrigin.Carried(review.fromSentenceId(), review.kind()).stored()))
                .toList();
        carried.copy(from.value(), to.value(), carries, actor.userId(), Instant.now());
        Set<Long> done = new HashSet<>();
        carries.forEach(c -> done.add(c.toSentenceId()));
        return done;
    }

    /**
     * Records, inside the revision feature's transaction (which checked that the user may change the article's
     * verdicts and holds its sentence lock), that the verdicts carried into these sentences of {@code article}
     * were confirmed after their wording changed: one history row each ({@link HistoryOrigin.ConfirmedCarry}),
     * the verdict one version up, nothing else changed. Returns the sentences' verdicts as now stored (those
     * with a verdict row) and tells other open readers.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<SentenceVerdict> confirmCarried(ArticleId article, java.util.Collection<Long> sentenceIds) {
        FactDeskUser actor = currentUser.acting("confirm carried verdicts", "them");
        if (!sentences.ordinals(article).keySet().containsAll(sentenceIds)) {
            throw new IllegalArgumentException("Sentences " + sentenceIds + " are not all part of article " + article + ".");
        }
        List<Long> confirmed = carried.confirm(article.value(), sentenceIds,
                new HistoryOrigin.ConfirmedCarry().stored(), actor.userId(), Instant.now());
        Map<Long, SentenceVerdict> now = carried.verdictsOfSentences(confirmed);
        List<SentenceVerdict> changed = confirmed.stream().map(now::get).toList();
        if (!changed.isEmpty()) {
            // Listeners react after commit: open readers show the new versions (their next mark must expect them).
            events.publishEvent(new VerdictsChanged(article, changed, actor.username()));
        }
        return changed;
    }

    /** The verdicts of the (old) article's sentences, by sentence id: what a new version carries, and context. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, SentenceVerdict> previousVerdicts(ArticleId oldArticle) {
        return carried.verdictsOf(oldArticle.value());
    }
}
