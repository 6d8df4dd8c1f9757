package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.article.SentenceId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.common.TextLimits;
import org.factdesk.review.internal.HistoryRow;
import org.factdesk.review.internal.EvidenceSnapshots;
import org.factdesk.review.internal.JdbcReviewProgressQuery;
import org.factdesk.review.internal.StoredChange;
import org.factdesk.review.internal.VerdictHistoryRepository;
import org.factdesk.review.internal.VerdictRepository;
import org.factdesk.review.internal.VerdictWrite;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.factdesk.common.UserMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sentence review: editors give sentences verdicts with notes and evidence. Every accepted change
 * bumps the sentence's version and appends one history row; a change based on an outdated version
 * is refused as a whole ({@link VerdictConflictException}), as is one that breaks a review rule
 * ({@link VerdictRejectedException}). Who may change verdicts of an article when is the workflow's
 * decision ({@link AssignmentService#beforeVerdictChange}): refused changes throw
 * {@link AccessDeniedException}, and the assignee's first change starts the review.
 *
 * @see <a href="../../../../../../docs/adr/0004-assignment-workflow.md">ADR 4</a>
 */
@Service
public class ReviewService {

    private final VerdictRepository verdicts;
    private final VerdictHistoryRepository history;
    private final JdbcReviewProgressQuery progressQuery;
    private final AssignmentService assignmentService;
    private final ArticleSentences sentences;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final ObjectProvider<SuggestionSource> suggestionSources;
    private final ObjectProvider<RelatedSentenceSource> relatedSources;

    ReviewService(VerdictRepository verdicts, VerdictHistoryRepository history, JdbcReviewProgressQuery progressQuery,
                  AssignmentService assignmentService, ArticleSentences sentences, ApplicationEventPublisher events,
                  CurrentUser currentUser, ObjectProvider<SuggestionSource> suggestionSources,
                  ObjectProvider<RelatedSentenceSource> relatedSources) {
        this.suggestionSources = suggestionSources;
        this.relatedSources = relatedSources;
        this.verdicts = verdicts;
        this.sentences = sentences;
        this.history = history;
        this.progressQuery = progressQuery;
        this.assignmentService = assignmentService;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** The current state of every sentence of the article that was ever reviewed (cleared ones too), by sentence id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, SentenceVerdict> verdictsOf(ArticleId articleId) {
        return verdicts.findByArticle(articleId.value());
    }

    /** The current state of just these sentences (those ever reviewed), by sentence id: for one panel or a refresh. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, SentenceVerdict> verdictsOfSentences(Collection<Long> sentenceIds) {
        return sentenceIds.isEmpty() ? Map.of() : verdicts.findBySentences(sentenceIds);
    }

    /**
     * Sentences of other articles with the same normalised text ({@code text_hash}) that carry a verdict, the
     * newest first, at most {@code limit}: what a related-sentence source offers to adopt first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> reviewedWithText(String textHash, ArticleId excludedArticle, int limit) {
        return verdicts.reviewedWithText(textHash, excludedArticle.value(), limit);
    }

    /**
     * Gives a range of sentences one verdict (null clears it), keeping each sentence's note and
     * evidence. All or nothing: one sentence breaking a rule or changed meanwhile refuses the range.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<SentenceVerdict> mark(ArticleId articleId, List<VerdictChange> changes, Verdict verdictOrNullToClear) {
        FactDeskUser actor = currentUser.acting("give verdicts", "them");
        assignmentService.checkMayChangeVerdicts(articleId); // refused before it can hold the lock
        sentences.lockForUpdate(articleId); // before reading: see what the previous writer committed
        if (changes.isEmpty()) {
            return List.of();
        }
        assignmentService.beforeVerdictChange(articleId);
        Map<Long, Integer> ordinals = ordinalsOf(articleId, changes);
        Map<Long, SentenceVerdict> before = verdicts.findBySentences(ordinals.keySet());
        List<Proposal> proposals = changes.stream().map(change -> {
            SentenceVerdict current = before.get(change.sentenceId());
            return new Proposal(change, ordinals.get(change.sentenceId()), current, verdictOrNullToClear,
                    current == null ? null : current.note(), current == null ? List.of() : current.evidence(), false,
                    null);
        }).toList();
        return apply(articleId, proposals, actor);
    }

    /**
     * As {@link #mark}, answering with the article's progress after the change too: the reader shows both after
     * every key, and one transaction and one authorisation instead of two are a third less of the key's server
     * time (ADR 40).
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public MarkOutcome markAndCount(ArticleId articleId, List<VerdictChange> changes, Verdict verdictOrNullToClear) {
        List<SentenceVerdict> stored = mark(articleId, changes, verdictOrNullToClear); // same transaction and rights
        return new MarkOutcome(stored, progressQuery.progress(articleId));
    }

    /** The assistance for the article's sentences (suggested verdicts, check-worthiness), from every source. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggestions(ArticleId articleId) {
        return suggestionSources.orderedStream().flatMap(source -> source.suggestionsFor(articleId).stream()).toList();
    }

    /**
     * Accepts the open suggestions of these sentences: each gets its suggested verdict (note and evidence
     * kept), the history names the suggestion and its reasons, and the suggestion is marked accepted — all
     * in one transaction, refused as a whole like {@link #mark} (a sentence without an open suggestion too).
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<SentenceVerdict> acceptSuggestions(ArticleId articleId, List<VerdictChange> changes) {
        FactDeskUser actor = currentUser.acting("accept suggestions", "them");
        assignmentService.checkMayChangeVerdicts(articleId);
        sentences.lockForUpdate(articleId);
        if (changes.isEmpty()) {
            return List.of();
        }
        assignmentService.beforeVerdictChange(articleId);
        Map<Long, Integer> ordinals = ordinalsOf(articleId, changes);
        Map<Long, Suggestion> open = openSuggestions(articleId);
        List<Integer> without = changes.stream().filter(change -> !open.containsKey(change.sentenceId()))
                .map(change -> ordinals.get(change.sentenceId())).sorted().toList();
        if (!without.isEmpty()) {
            throw new VerdictRejectedException(UserMessage.of("review.error.noOpenSuggestion",
                    without.stream().map(String::valueOf).collect(Collectors.joining(", "))), without);
        }
        Map<Long, SentenceVerdict> before = verdicts.findBySentences(ordinals.keySet());
        List<Proposal> proposals = changes.stream().map(change -> {
            SentenceVerdict current = before.get(change.sentenceId());
            Suggestion suggestion = open.get(change.sentenceId());
            return new Proposal(change, ordinals.get(change.sentenceId()), current, suggestion.verdict(),
                    current == null ? null : current.note(), current == null ? List.of() : current.evidence(), false,
                    new HistoryOrigin.AcceptedSuggestion(suggestion.detector(), suggestion.reasons()).stored());
        }).toList();
        List<SentenceVerdict> changed = apply(articleId, proposals, actor);
        suggestionSources.orderedStream().forEach(source ->
                source.recordDecision(articleId, ordinals.keySet(), SuggestionState.ACCEPTED, actor.userId()));
        events.publishEvent(new SuggestionsDecided(articleId, List.copyOf(ordinals.keySet())));
        return changed;
    }

    /** Dismisses the open suggestions of these sentences (their verdicts stay as they are); recorded per editor. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void dismissSuggestions(ArticleId articleId, Collection<Long> sentenceIds) {
        FactDeskUser actor = currentUser.acting("dismiss suggestions", "them");
        assignmentService.checkMayChangeVerdicts(articleId);
        sentences.lockForUpdate(articleId);
        Map<Long, Integer> ordinals = sentences.ordinals(articleId, sentenceIds);
        if (ordinals.size() != Set.copyOf(sentenceIds).size()) {
            throw new IllegalArgumentException("Sentence ids " + sentenceIds + " are not all part of article " + articleId + ".");
        }
        Set<Long> open = openSuggestions(articleId).keySet();
        List<Long> dismissed = sentenceIds.stream().filter(open::contains).distinct().toList();
        if (!dismissed.isEmpty()) {
            suggestionSources.orderedStream().forEach(source ->
                    source.recordDecision(articleId, dismissed, SuggestionState.DISMISSED, actor.userId()));
            events.publishEvent(new SuggestionsDecided(articleId, dismissed));
        }
    }

    /** Sentences of other articles related to this one (the same claim, a differing figure), from every source. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RelatedSentence> related(ArticleId articleId, SentenceId sentenceId) {
        return relatedSources.orderedStream().flatMap(source -> source.relatedTo(articleId, sentenceId).stream())
                .toList();
    }

    /**
     * Copies the review of a sentence in another article onto the target sentence (ADR 0020): verdict, note
     * and evidence, with the history origin {@link HistoryOrigin.Adopted} and a reference to the source and its
     * version on the target's verdict. Allowed as {@link #mark} is (same roles and workflow checks); refused
     * when the source has no verdict or is not the same or nearly the same claim (as the
     * {@link RelatedSentenceSource}s say).
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public SentenceVerdict adopt(ArticleId targetArticle, VerdictChange targetChange, SentenceId source) {
        FactDeskUser actor = currentUser.acting("adopt verdicts", "them");
        assignmentService.checkMayChangeVerdicts(targetArticle); // refused before it can hold the lock
        sentences.lockForUpdate(targetArticle);
        assignmentService.beforeVerdictChange(targetArticle);
        int ordinal = ordinalsOf(targetArticle, List.of(targetChange)).get(targetChange.sentenceId());
        boolean sameClaim = relatedSources.orderedStream()
                .flatMap(s -> s.relatedTo(targetArticle, new SentenceId(targetChange.sentenceId())).stream())
                .anyMatch(r -> r.sentenceId() == source.value()
                        && (r.relation() == RelatedSentence.Relation.SAME_CLAIM
                        || r.relation() == RelatedSentence.Relation.NEAR_CLAIM));
        if (!sameClaim) {
            throw new VerdictRejectedException(UserMessage.of("review.error.adoptNotSame", ordinal), List.of(ordinal));
        }
        SentenceVerdict from = verdicts.findBySentences(Set.of(source.value())).get(source.value());
        if (from == null || from.verdict() == null) {
            throw new VerdictRejectedException(UserMessage.of("review.error.adoptNoVerdict", ordinal), List.of(ordinal));
        }
        SentenceVerdict current = verdicts.findBySentences(Set.of(targetChange.sentenceId()))
                .get(targetChange.sentenceId());
        List<EvidenceItem> currentEvidence = current == null ? List.of() : current.evidence();
        Proposal proposal = new Proposal(targetChange, ordinal, current, from.verdict(), from.note(), from.evidence(),
                !from.evidence().equals(currentEvidence), new HistoryOrigin.Adopted(source.value()).stored(),
                source.value(), from.version());
        return apply(targetArticle, List.of(proposal), actor).getFirst();
    }

    /** Where the sentence's current verdict was adopted from, or empty when it was given by hand (or never). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<Adoption> adoption(SentenceId sentenceId) {
        return verdicts.adoptedFrom(sentenceId.value()).map(stored -> {
            long sourceId = stored[0];
            SentenceVerdict source = verdicts.findBySentences(Set.of(sourceId)).get(sourceId);
            return new Adoption(sentenceId.value(), sourceId, sentences.sentences(List.of(sourceId)).get(sourceId),
                    (int) stored[1], source == null ? 0 : source.version(), source == null ? null : source.verdict());
        });
    }

    /** Per detector, the suggestions editors accepted and dismissed (the dashboard's live precision). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public Map<String, SuggestionSource.DecisionCounts> suggestionDecisions() {
        Map<String, SuggestionSource.DecisionCounts> counts = new java.util.TreeMap<>();
        suggestionSources.orderedStream().forEach(source -> counts.putAll(source.decisionCounts()));
        return counts;
    }

    private Map<Long, Suggestion> openSuggestions(ArticleId articleId) {
        Map<Long, Suggestion> open = new HashMap<>();
        suggestionSources.orderedStream().flatMap(source -> source.suggestionsFor(articleId).stream())
                .filter(s -> s.suggestsVerdict() && s.state() == SuggestionState.OPEN)
                .forEach(s -> open.putIfAbsent(s.sentenceId(), s));
        return open;
    }

    /**
     * Saves one sentence's verdict, note and evidence (the evidence list replaces the stored one).
     * The note is plain text; a blank note is stored as none.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public SentenceVerdict save(ArticleId articleId, VerdictChange change, Verdict verdict, String note,
                                List<EvidenceItem> evidence) {
        FactDeskUser actor = currentUser.acting("give verdicts", "them");
        assignmentService.checkMayChangeVerdicts(articleId); // refused before it can hold the lock
        sentences.lockForUpdate(articleId); // before reading: see what the previous writer committed
        assignmentService.beforeVerdictChange(articleId);
        int ordinal = ordinalsOf(articleId, List.of(change)).get(change.sentenceId());
        String checkedNote = VerdictRules.note(ordinal, note);
        List<EvidenceItem> checkedEvidence = VerdictRules.evidence(ordinal,
                evidence == null ? List.of() : evidence, LocalDate.now());
        SentenceVerdict current = verdicts.findBySentences(Set.of(change.sentenceId())).get(change.sentenceId());
        List<EvidenceItem> currentEvidence = current == null ? List.of() : current.evidence();
        Proposal proposal = new Proposal(change, ordinal, current, verdict, checkedNote, checkedEvidence,
                !checkedEvidence.equals(currentEvidence), null);
        return apply(articleId, List.of(proposal), actor).getFirst();
    }

    /**
     * Undoes the signed-in user's own changes that produced these versions (one step of the reader's undo,
     * a range as a whole): each sentence goes back to its verdict and note before that change, and to its
     * evidence before it when the change touched the evidence. A new change (history origin
     * {@link HistoryOrigin.Undone}); refused as a whole like {@link #mark} when someone changed a sentence
     * since (the change's version is no longer the current one), and when a version was not the user's change.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<SentenceVerdict> undo(ArticleId articleId, List<VerdictChange> ownChanges) {
        return revert(articleId, ownChanges, false);
    }

    /**
     * Redoes what {@link #undo} took back: {@code ownUndos} are the versions the user's undo produced; each
     * sentence goes back to its state before that undo. Refused like {@link #undo}.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<SentenceVerdict> redo(ArticleId articleId, List<VerdictChange> ownUndos) {
        return revert(articleId, ownUndos, true);
    }

    private List<SentenceVerdict> revert(ArticleId articleId, List<VerdictChange> ownChanges, boolean redo) {
        FactDeskUser actor = currentUser.acting(redo ? "redo changes" : "undo changes", "them");
        assignmentService.checkMayChangeVerdicts(articleId); // refused before it can hold the lock
        sentences.lockForUpdate(articleId);
        if (ownChanges.isEmpty()) {
            return List.of();
        }
        assignmentService.beforeVerdictChange(articleId);
        Map<Long, Integer> ordinals = ordinalsOf(articleId, ownChanges);
        Map<Long, SentenceVerdict> before = verdicts.findBySentences(ordinals.keySet());
        List<Proposal> proposals = new ArrayList<>(ownChanges.size());
        List<Long> suggestionsBack = new ArrayList<>();
        for (VerdictChange change : ownChanges) {
            int ordinal = ordinals.get(change.sentenceId());
            List<StoredChange> changes = history.changesOf(change.sentenceId());
            StoredChange undone = changes.stream().filter(c -> c.version() == change.expectedVersion()).findFirst()
                    .orElse(null);
            // Only one's own change: undo must never take back a colleague's work.
            if (undone == null || undone.changedBy() != actor.userId()) {
                throw new VerdictRejectedException(UserMessage.of("review.error.notYourChange", ordinal),
                        List.of(ordinal));
            }
            SentenceVerdict current = before.get(change.sentenceId());
            List<EvidenceItem> currentEvidence = current == null ? List.of() : current.evidence();
            List<EvidenceItem> evidence = currentEvidence;
            if (undone.evidenceSummary() != null) {
                evidence = StoredChange.evidenceAt(changes, undone.version() - 1).orElseThrow(() ->
                        new VerdictRejectedException(UserMessage.of("review.error.evidenceUnknown", ordinal),
                                List.of(ordinal)));
            }
            HistoryOrigin origin = redo ? new HistoryOrigin.Redone(undone.version())
                    : new HistoryOrigin.Undone(undone.version());
            proposals.add(new Proposal(change, ordinal, current, undone.from(), undone.fromNote(), evidence,
                    !evidence.equals(currentEvidence), origin.stored()));
            if (tookBackAcceptedSuggestion(changes, undone, redo)) {
                suggestionsBack.add(change.sentenceId());
            }
        }
        List<SentenceVerdict> changed = apply(articleId, proposals, actor);
        // The suggestion goes with the verdict it set: undone, it is open again (and counts as open on the
        // dashboard); redone, it is accepted again.
        if (!suggestionsBack.isEmpty()) {
            SuggestionState state = redo ? SuggestionState.ACCEPTED : SuggestionState.OPEN;
            suggestionSources.orderedStream().forEach(source ->
                    source.recordDecision(articleId, suggestionsBack, state, actor.userId()));
            events.publishEvent(new SuggestionsDecided(articleId, List.copyOf(suggestionsBack)));
        }
        return changed;
    }

    /**
     * Whether this step touches a change that accepted a suggestion: undo takes back such a change itself, redo
     * takes back the undo of one.
     */
    private static boolean tookBackAcceptedSuggestion(List<StoredChange> changes, StoredChange undone, boolean redo) {
        StoredChange accepting = undone;
        if (redo) {
            if (!(HistoryOrigin.parse(undone.origin()).orElse(null) instanceof HistoryOrigin.Undone(int version))) {
                return false;
            }
            accepting = changes.stream().filter(c -> c.version() == version).findFirst().orElse(null);
        }
        return accepting != null
                && HistoryOrigin.parse(accepting.origin()).orElse(null) instanceof HistoryOrigin.AcceptedSuggestion;
    }

    /**
     * Sets the verdict, note and evidence the sentence had at {@code version} back, as a new change (history
     * origin {@link HistoryOrigin.Restored}). Allowed as {@link #save} is; refused when someone changed the
     * sentence since {@code change}'s version, when {@code version} is the current one, and when that
     * version's evidence was not recorded (changed before FactDesk kept the full evidence per version).
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public SentenceVerdict restore(ArticleId articleId, VerdictChange change, int version) {
        FactDeskUser actor = currentUser.acting("restore versions", "them");
        assignmentService.checkMayChangeVerdicts(articleId); // refused before it can hold the lock
        sentences.lockForUpdate(articleId);
        assignmentService.beforeVerdictChange(articleId);
        int ordinal = ordinalsOf(articleId, List.of(change)).get(change.sentenceId());
        List<StoredChange> changes = history.changesOf(change.sentenceId());
        StoredChange target = changes.stream().filter(c -> c.version() == version).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Sentence " + change.sentenceId() + " has no version " + version + "."));
        SentenceVerdict current = verdicts.findBySentences(Set.of(change.sentenceId())).get(change.sentenceId());
        if (current != null && current.version() == version) {
            throw new VerdictRejectedException(UserMessage.of("review.error.restoreCurrent", ordinal, version),
                    List.of(ordinal));
        }
        List<EvidenceItem> evidence = StoredChange.evidenceAt(changes, version).orElseThrow(() ->
                new VerdictRejectedException(UserMessage.of("review.error.evidenceUnknown", ordinal), List.of(ordinal)));
        List<EvidenceItem> currentEvidence = current == null ? List.of() : current.evidence();
        Proposal proposal = new Proposal(change, ordinal, current, target.to(), target.toNote(), evidence,
                !evidence.equals(currentEvidence), new HistoryOrigin.Restored(version).stored());
        return apply(articleId, List.of(proposal), actor).getFirst();
    }

    /** The sentence's accepted changes, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(SentenceId sentenceId) {
        return history.findBySentence(sentenceId.value());
    }

    /** The accepted changes of every sentence of the article ever reviewed, by sentence id, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<HistoryEntry>> historyOf(ArticleId articleId) {
        return history.findByArticle(articleId.value());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReviewProgress progress(ArticleId articleId) {
        return progressQuery.progress(articleId);
    }

    /** A sentence's intended new state, next to the state the change was based on. */
    private record Proposal(VerdictChange change, int ordinal, SentenceVerdict before, Verdict verdict, String note,
                            List<EvidenceItem> evidence, boolean evidenceChanged, String origin, Long adoptedFrom,
                            Integer adoptedVersion) {

        /** A change by hand (or from a suggestion): it clears a former adoption. */
        Proposal(VerdictChange change, int ordinal, SentenceVerdict before, Verdict verdict, String note,
                 List<EvidenceItem> evidence, boolean evidenceChanged, String origin) {
            this(change, ordinal, before, verdict, note, evidence, evidenceChanged, origin, null, null);
        }

        long sentenceId() {
            return change.sentenceId();
        }

        int storedVersion() {
            return before == null ? 0 : before.version();
        }

        VerdictRules.Outcome outcome() {
            return new VerdictRules.Outcome(ordinal, verdict, note, evidence.size());
        }
    }

    private List<SentenceVerdict> apply(ArticleId articleId, List<Proposal> proposals, FactDeskUser actor) {
        Instant now = Instant.now();
        for (Proposal proposal : proposals) {
            if (proposal.storedVersion() != proposal.change().expectedVersion()) {
                throw conflict(proposal, now);
            }
        }
        VerdictRules.check(proposals.stream().map(Proposal::outcome).toList());

        // Writing in sentence-id order gives all writers one lock order: overlapping ranges
        // wait for each other instead of deadlocking.
        List<Proposal> ordered = proposals.stream().sorted(Comparator.comparingLong(Proposal::sentenceId)).toList();
        List<Proposal> updates = ordered.stream().filter(p -> p.change().expectedVersion() > 0).toList();
        int[] updated = verdicts.update(updates.stream().map(p -> write(articleId, p)).toList(), actor.userId(), now);
        for (int i = 0; i < updates.size(); i++) {
            if (updated[i] != 1) {
                throw conflict(updates.get(i), now);
            }
        }
        List<Proposal> inserts = ordered.stream().filter(p -> p.change().expectedVersion() == 0).toList();
        if (!inserts.isEmpty()) { // the insert runs in a savepoint: skip it when there is nothing to insert
            try {
                verdicts.insert(inserts.stream().map(p -> write(articleId, p)).toList(), actor.userId(), now);
            } catch (DuplicateKeyException e) {
                throw insertConflict(inserts, now);
            }
        }
        List<HistoryRow> historyRows = new ArrayList<>(ordered.size());
        for (Proposal proposal : ordered) {
            if (proposal.evidenceChanged()) {
                verdicts.replaceEvidence(proposal.sentenceId(), proposal.evidence(), actor.userId(), now);
            }
            historyRows.add(historyRow(articleId, proposal));
        }
        history.append(historyRows, actor.userId(), now);

        Map<Long, SentenceVerdict> after = verdicts.findBySentences(
                proposals.stream().map(Proposal::sentenceId).toList());
        List<SentenceVerdict> changed = proposals.stream().map(p -> after.get(p.sentenceId())).toList();
        // Listeners react after commit (@TransactionalEventListener), so a rolled-back change is never announced.
        events.publishEvent(new VerdictsChanged(articleId, changed, actor.username()));
        return changed;
    }

    private static VerdictWrite write(ArticleId articleId, Proposal proposal) {
        return new VerdictWrite(proposal.sentenceId(), articleId.value(), proposal.verdict(), proposal.note(),
                proposal.change().expectedVersion(), proposal.adoptedFrom(), proposal.adoptedVersion());
    }

    private static HistoryRow historyRow(ArticleId articleId, Proposal proposal) {
        SentenceVerdict before = proposal.before();
        String evidenceSummary = proposal.evidenceChanged() ? evidenceSummary(proposal.evidence()) : null;
        return new HistoryRow(proposal.sentenceId(), articleId.value(), proposal.change().expectedVersion() + 1,
                before == null ? null : before.verdict(), proposal.verdict(),
                before == null ? null : before.note(), proposal.note(), evidenceSummary, proposal.origin(),
                EvidenceSnapshots.write(proposal.evidence()));
    }

    static String evidenceSummary(List<EvidenceItem> evidence) {
        String summary = evidence.stream().map(EvidenceItem::url).collect(Collectors.joining(" | "));
        return summary.length() <= TextLimits.MAX_NOTE_LENGTH ? summary
                : summary.substring(0, TextLimits.MAX_NOTE_LENGTH - 1) + "…";
    }

    /** The sentence's state now (this statement sees the latest commit), wrapped as a conflict. */
    private VerdictConflictException conflict(Proposal proposal, Instant now) {
        SentenceVerdict current = verdicts.findBySentences(Set.of(proposal.sentenceId())).get(proposal.sentenceId());
        return VerdictConflictException.of(proposal.ordinal(), current == null ? unreviewed(proposal) : current, now);
    }

    /** Another writer created a verdict row first; report the first sentence where that happened. */
    private VerdictConflictException insertConflict(List<Proposal> inserts, Instant now) {
        Map<Long, SentenceVerdict> current = verdicts.findBySentences(inserts.stream().map(Proposal::sentenceId).toList());
        return inserts.stream().filter(p -> current.containsKey(p.sentenceId())).findFirst()
                .map(p -> VerdictConflictException.of(p.ordinal(), current.get(p.sentenceId()), now))
                .orElseGet(() -> VerdictConflictException.of(inserts.getFirst().ordinal(),
                        unreviewed(inserts.getFirst()), now));
    }

    private static SentenceVerdict unreviewed(Proposal proposal) {
        return new SentenceVerdict(proposal.sentenceId(), null, null, 0, null, null, null, List.of());
    }

    /** Ordinal by sentence id; refuses repeated sentences and sentences of other articles. */
    private Map<Long, Integer> ordinalsOf(ArticleId articleId, List<VerdictChange> changes) {
        Objects.requireNonNull(articleId, "articleId");
        Set<Long> ids = new LinkedHashSet<>();
        for (VerdictChange change : changes) {
            if (!ids.add(change.sentenceId())) {
                throw new IllegalArgumentException("Sentence id " + change.sentenceId() + " appears twice in one change.");
            }
        }
        Map<Long, Integer> ordinals = sentences.ordinals(articleId, ids);
        if (ordinals.size() != ids.size()) {
            String foreign = ids.stream().filter(id -> !ordinals.containsKey(id)).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("Sentence id(s) " + foreign + " are not part of article " + articleId + ".");
        }
        return ordinals;
    }
}
