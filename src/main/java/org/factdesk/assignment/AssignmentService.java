package org.factdesk.assignment;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.internal.AssignmentRepository;
import org.factdesk.assignment.internal.JdbcAssignmentQuery;
import org.factdesk.common.InvalidInputException;
import org.factdesk.common.TextLimits;
import org.factdesk.common.UserMessage;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.UserId;
import org.factdesk.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review workflow of articles: NEW → ASSIGNED → IN_REVIEW → SUBMITTED → APPROVED, with
 * return for rework (SUBMITTED → IN_REVIEW) and reopen (APPROVED → IN_REVIEW). Team leads (and
 * admins) assign, approve, return and reopen; the assigned editor submits. Every accepted
 * transition appends one article_transition row under the signed-in user and is announced by
 * {@link ArticleStateChanged} (and {@link ArticleAssigned} for (re)assignments) — listen after commit.
 * A refused step throws {@link IllegalTransitionException} and changes nothing.
 *
 * @see <a href="../../../../../../docs/adr/0004-assignment-workflow.md">ADR 4</a>
 */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final JdbcAssignmentQuery query;
    private final ReviewCompleteness completeness;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    AssignmentService(AssignmentRepository assignments, JdbcAssignmentQuery query, ReviewCompleteness completeness,
                      UserService users, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.assignments = assignments;
        this.users = users;
        this.query = query;
        this.completeness = completeness;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** Carried verdicts still to confirm (ADR 0029); none without the revision feature. */
    private UnconfirmedVerdicts unconfirmedVerdicts = articleId -> List.of();

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void useUnconfirmedVerdicts(UnconfirmedVerdicts unconfirmed) {
        unconfirmedVerdicts = unconfirmed;
    }

    // --- team lead ------------------------------------------------------------------------------

    /**
     * Assigns the articles to an editor, all or nothing: one article that cannot be assigned
     * (unknown, submitted or approved) refuses the whole request. NEW articles become ASSIGNED;
     * ASSIGNED or IN_REVIEW ones are reassigned keeping their state. Assigning an article to its
     * current assignee only updates its due date and priority (no transition is recorded). This form
     * has every {@link AssignConfirmation} given: for callers that decided already (tests, tools);
     * the grid uses {@link #assignSelection}, which asks first.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void assign(List<ArticleId> articleIds, UserId editorId, LocalDate dueDateOrNull, Priority priority) {
        FactDeskUser actor = requireLead("assign");
        Objects.requireNonNull(priority, "priority");
        Set<ArticleId> ids = requestedIds(articleIds);
        Assignee editor = activeEditor(editorId);
        Map<ArticleId, Assignment> current = assignments.lock(ids);
        requireExisting(ids, current.keySet());
        Map<ArticleId, String> titles = query.titles(ids);
        List<UserMessage> refusals = current.values().stream()
                .filter(a -> !BulkAction.ASSIGN.appliesTo(a.state()))
                .map(a -> UserMessage.of("assignment.error.articleIs", titled(titles, a.articleId()),
                        a.state().userMessage()))
                .toList();
        if (!refusals.isEmpty()) {
            throw new IllegalTransitionException(UserMessage.of("assignment.error.cannotAssign", refusals));
        }
        assignLocked(current.values(), editor, dueDateOrNull, priority, actor);
    }

    /**
     * Assigns the selected articles that can be assigned, and says which were skipped and why, by title
     * (a submitted or approved review must be returned or reopened first). Refuses, changing nothing, with
     * {@link AssignmentNeedsConfirmationException} while an article would move from another editor or the
     * due date is already past and {@code confirmed} does not say so; and with {@link IllegalTransitionException}
     * when none of the articles can be assigned.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public BulkOutcome assignSelection(List<ArticleId> articleIds, UserId editorId, LocalDate dueDateOrNull,
                                       Priority priority, Set<AssignConfirmation> confirmed) {
        FactDeskUser actor = requireLead("assign");
        Objects.requireNonNull(priority, "priority");
        Set<AssignConfirmation> given = confirmed == null ? Set.of() : confirmed;
        Set<ArticleId> ids = requestedIds(articleIds);
        Assignee editor = activeEditor(editorId);
        Map<ArticleId, Assignment> current = assignments.lock(ids);
        requireExisting(ids, current.keySet());
        Map<ArticleId, String> titles = query.titles(ids);
        Split split = split(BulkAction.ASSIGN, current.values(), titles);

        List<AssignmentNeedsConfirmationException.Reassignment> moving = split.applicable().stream()
                .filter(a -> a.assignee() != null && !a.isAssignedTo(editor.userId()))
                .map(a -> new AssignmentNeedsConfirmationException.Reassignment(titles.get(a.articleId()),
                        a.assignee().displayName()))
                .toList();
        boolean pastDue = dueDateOrNull != null && dueDateOrNull.isBefore(LocalDate.now());
        Set<AssignConfirmation> needed = java.util.EnumSet.noneOf(AssignConfirmation.class);
        List<UserMessage> questions = new java.util.ArrayList<>();
        if (!moving.isEmpty() && !given.contains(AssignConfirmation.REASSIGN)) {
            needed.add(AssignConfirmation.REASSIGN);
            questions.add(UserMessage.of("assignment.confirm.reassign", moving.stream()
                    .map(m -> UserMessage.of("assignment.confirm.reassignItem", UserMessage.of("article.titled",
                            m.title()), m.currentAssignee())).toList(), editor.displayName()));
        }
        if (pastDue && !given.contains(AssignConfirmation.PAST_DUE)) {
            needed.add(AssignConfirmation.PAST_DUE);
            questions.add(UserMessage.of("assignment.confirm.pastDue",
                    java.util.Date.from(dueDateOrNull.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant())));
        }
        if (!needed.isEmpty() && !split.applicable().isEmpty()) {
            throw new AssignmentNeedsConfirmationException(questions.size() == 1 ? questions.getFirst()
                    : UserMessage.of("assignment.confirm.twoParts", questions.get(0), questions.get(1)), needed, moving);
        }
        return outcome(BulkAction.ASSIGN, split, () ->
                assignLocked(split.applicable(), editor, dueDateOrNull, priority, actor));
    }

    private void assignLocked(Collection<Assignment> locked, Assignee editor, LocalDate dueDateOrNull,
                              Priority priority, FactDeskUser actor) {
        Instant now = Instant.now();
        for (Assignment before : locked) {
            if (before.isAssignedTo(editor.userId())) {
                store(before, before.state(), editor.userId(), dueDateOrNull, priority, before.seenByAssignee(),
                        before.returnComment(), now);
                continue;
            }
            boolean wasNew = before.state() == ArticleState.NEW;
            ArticleState to = wasNew ? ArticleState.ASSIGNED : before.state();
            store(before, to, editor.userId(), dueDateOrNull, priority, false, before.returnComment(), now);
            transition(before, to, wasNew ? TransitionAction.ASSIGNED : TransitionAction.REASSIGNED,
                    editor.userId(), null, actor, now);
            events.publishEvent(new ArticleAssigned(before.articleId(), new UserId(editor.userId())));
        }
    }

    /** How messages name an article: its title in quotes (people know articles by title, not by number). */
    private UserMessage titled(ArticleId id) {
        return titled(query.titles(List.of(id)), id);
    }

    private static UserMessage titled(Map<ArticleId, String> titles, ArticleId id) {
        String title = titles.get(id);
        return title == null ? UserMessage.of("article.numbered", id.value()) : UserMessage.of("article.titled", title);
    }

    private static Set<ArticleId> requestedIds(List<ArticleId> articleIds) {
        Set<ArticleId> ids = new LinkedHashSet<>(Objects.requireNonNull(articleIds, "articleIds"));
        if (ids.isEmpty()) {
            throw new InvalidInputException("assignment.error.noneChosen");
        }
        return ids;
    }

    private Assignee activeEditor(UserId editorId) {
        return users.findActive(Objects.requireNonNull(editorId, "editorId").value())
                .filter(user -> user.role() == AppRoles.EDITOR)
                .map(user -> new Assignee(user.id(), user.username(), user.displayName()))
                .orElseThrow(() -> new InvalidInputException("assignment.error.notEditor", editorId.value()));
    }

    // --- steps on a selection (the grid's toolbar) ----------------------------------------------

    /** Unassigns the selected articles that are assigned or in review; the outcome names the others by title. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public BulkOutcome unassignSelection(List<ArticleId> articleIds) {
        FactDeskUser actor = requireLead("unassign");
        return onSelection(BulkAction.UNASSIGN, articleIds, before -> change(before, Step.unassigning(), actor));
    }

    /** Approves the selected submitted reviews; the outcome names the others by title. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public BulkOutcome approveSelection(List<ArticleId> articleIds) {
        FactDeskUser actor = requireLead("approve");
        return onSelection(BulkAction.APPROVE, articleIds, before -> change(before,
                Step.keepingAssignee(before, ArticleState.APPROVED, TransitionAction.APPROVED), actor));
    }

    /** Returns the selected submitted reviews with one comment; the outcome names the others by title. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public BulkOutcome returnSelection(List<ArticleId> articleIds, String comment) {
        FactDeskUser actor = requireLead("return");
        String reason = requiredComment(comment, "return");
        return onSelection(BulkAction.RETURN, articleIds, before -> change(before, Step.keepingAssignee(before,
                ArticleState.IN_REVIEW, TransitionAction.RETURNED).withCommentForAssignee(reason), actor));
    }

    /** Reopens the selected approved reviews with one comment; the outcome names the others by title. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public BulkOutcome reopenSelection(List<ArticleId> articleIds, String comment) {
        FactDeskUser actor = requireLead("reopen");
        String reason = requiredComment(comment, "reopen");
        return onSelection(BulkAction.REOPEN, articleIds, before -> change(before, Step.keepingAssignee(before,
                ArticleState.IN_REVIEW, TransitionAction.REOPENED).withCommentForAssignee(reason), actor));
    }

    /** The selected articles split into those the step applies to and those it skips (with why). */
    private record Split(List<Assignment> applicable, List<UserMessage> skipped) {
    }

    private static Split split(BulkAction action, Collection<Assignment> locked, Map<ArticleId, String> titles) {
        List<Assignment> applicable = new java.util.ArrayList<>();
        List<UserMessage> skipped = new java.util.ArrayList<>();
        for (Assignment assignment : locked) {
            if (action.appliesTo(assignment.state()) && !assignment.isSuperseded()) {
                applicable.add(assignment);
            } else {
                skipped.add(UserMessage.of("assignment.bulk.item", titled(titles, assignment.articleId()),
                        assignment.isSuperseded() ? UserMessage.of("assignment.bulk.superseded")
                                : assignment.state().userMessage()));
            }
        }
        return new Split(applicable, skipped);
    }

    private BulkOutcome onSelection(BulkAction action, List<ArticleId> articleIds,
                                    java.util.function.Consumer<Assignment> step) {
        Set<ArticleId> ids = requestedIds(articleIds);
        Map<ArticleId, Assignment> current = assignments.lock(ids);
        requireExisting(ids, current.keySet());
        Map<ArticleId, String> titles = query.titles(ids);
        Split split = split(action, current.values(), titles);
        return outcome(action, split, () -> split.applicable().forEach(step));
    }

    /** Applies the step to the applicable articles; refuses, changing nothing, when there are none. */
    private BulkOutcome outcome(BulkAction action, Split split, Runnable apply) {
        UserMessage skippedMessage = split.skipped().isEmpty() ? null
                : UserMessage.of(action.key() + ".skipped", split.skipped());
        if (split.applicable().isEmpty()) {
            throw new IllegalTransitionException(skippedMessage);
        }
        apply.run();
        Map<ArticleId, String> titles = query.titles(split.applicable().stream().map(Assignment::articleId).toList());
        List<String> done = split.applicable().stream().map(a -> titles.get(a.articleId())).toList();
        UserMessage doneMessage = UserMessage.of(action.key() + ".done", done.size());
        return new BulkOutcome(done, split.skipped(), skippedMessage == null ? doneMessage
                : UserMessage.of("assignment.bulk.summary", doneMessage, skippedMessage));
    }

    /** Fresh rows for those of these articles the filter keeps (after a step, so the grid keeps them selected). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<AssignmentListItem> items(AssignmentFilter filter, Collection<ArticleId> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<JdbcAssignmentQuery.Row> rows = query.among(filterOrAll(filter), LocalDate.now(), Set.copyOf(articleIds));
        Map<ArticleId, Integer> reviewed = reviewedCounts(rows);
        return rows.stream().map(r -> new AssignmentListItem(r.id(), r.title(), r.state(), r.assignee(), r.dueDate(),
                r.priority(), reviewed.getOrDefault(r.id(), 0), r.totalSentences())).toList();
    }

    // --- an editor leaving (deactivation) -------------------------------------------------------

    /** The titles of the articles the user still works on (assigned or in review). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<String> openArticleTitles(UserId userId) {
        List<ArticleId> open = query.openFor(userId.value());
        Map<ArticleId, String> titles = query.titles(open);
        return open.stream().map(titles::get).toList();
    }

    /**
     * Gives every article the user still works on to another active editor, keeping each article's
     * state, due date and priority (recorded as REASSIGNED). Returns how many moved.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public int handOverOpenWork(UserId from, UserId to) {
        FactDeskUser actor = requireLead("assign");
        Assignee editor = activeEditor(to);
        if (editor.userId() == from.value()) {
            throw new InvalidInputException("assignment.error.handOverToSelf");
        }
        Map<ArticleId, Assignment> locked = assignments.lock(query.openFor(from.value()));
        Instant now = Instant.now();
        int moved = 0;
        for (Assignment before : locked.values()) {
            if (!before.isAssignedTo(from.value()) || !BulkAction.UNASSIGN.appliesTo(before.state())) {
                continue; // changed since it was listed
            }
            store(before, before.state(), editor.userId(), before.dueDate(), before.priority(), false,
                    before.returnComment(), now);
            transition(before, before.state(), TransitionAction.REASSIGNED, editor.userId(), null, actor, now);
            events.publishEvent(new ArticleAssigned(before.articleId(), to));
            moved++;
        }
        return moved;
    }

    /**
     * Takes an ASSIGNED or IN_REVIEW article away from its editor: it becomes NEW (verdicts, due
     * date and priority stay; a return comment, meant for that editor, is dropped).
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void unassign(ArticleId articleId) {
        FactDeskUser actor = requireLead("unassign");
        Assignment before = lock(articleId);
        switch (before.state()) {
            case NEW -> throw new IllegalTransitionException(UserMessage.of("assignment.error.notAssigned", titled(articleId)));
            case SUBMITTED, APPROVED -> throw new IllegalTransitionException(UserMessage.of(
                    "assignment.error.cannotUnassign", titled(articleId), before.state().userMessage()));
            default -> {
            }
        }
        change(before, Step.unassigning(), actor);
    }

    /** Accepts a submitted review: SUBMITTED → APPROVED; its verdicts are frozen from now on. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void approve(ArticleId articleId) {
        FactDeskUser actor = requireLead("approve");
        Assignment before = lock(articleId);
        requireState(before, ArticleState.SUBMITTED, "approve");
        change(before, Step.keepingAssignee(before, ArticleState.APPROVED, TransitionAction.APPROVED), actor);
    }

    /** Sends a submitted review back to its editor: SUBMITTED → IN_REVIEW, with a required comment they will see. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void returnForRework(ArticleId articleId, String comment) {
        backToReview(articleId, comment, "return", ArticleState.SUBMITTED, TransitionAction.RETURNED);
    }

    /** Reopens an approved review: APPROVED → IN_REVIEW, with a required comment its editor will see. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void reopen(ArticleId articleId, String comment) {
        backToReview(articleId, comment, "reopen", ArticleState.APPROVED, TransitionAction.REOPENED);
    }

    /** A lead sends the article back to IN_REVIEW with a comment; {@code step} (return, reopen) names the messages. */
    private void backToReview(ArticleId articleId, String comment, String step, ArticleState required,
                              TransitionAction action) {
        FactDeskUser actor = requireLead(step);
        String reason = requiredComment(comment, step);
        Assignment before = lock(articleId);
        requireState(before, required, step);
        change(before, Step.keepingAssignee(before, ArticleState.IN_REVIEW, action).withCommentForAssignee(reason),
                actor);
    }

    /**
     * A new version of an article takes its review over (ADR 0029), in the caller's transaction: the new
     * version (just imported, NEW) gets the previous version's assignee, due date and priority; an article
     * in review, submitted or approved goes (back) to IN_REVIEW, an ASSIGNED one stays ASSIGNED, a NEW one NEW.
     * The assignee sees {@code reason} as the comment of the step (the article is new to them again), and
     * the new version's log records it as {@link TransitionAction#REVISED}. The previous version is
     * superseded: its verdicts are frozen and the lists show the new version instead. Leads and admins only.
     *
     * @return the state the new version is in
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleState continueInNewVersion(ArticleId previous, ArticleId next, String reason) {
        FactDeskUser actor = requireLead("revise");
        String comment = reason == null || reason.isBlank() ? null
                : reason.strip().length() <= TextLimits.MAX_NOTE_LENGTH ? reason.strip()
                : reason.strip().substring(0, TextLimits.MAX_NOTE_LENGTH - 1) + "…";
        Map<ArticleId, Assignment> locked = assignments.lock(List.of(previous, next));
        requireExisting(List.of(previous, next), locked.keySet());
        Assignment before = locked.get(previous);
        Assignment fresh = locked.get(next);
        if (before.isSuperseded()) {
            throw new IllegalTransitionException(UserMessage.of("assignment.error.superseded", titled(previous)));
        }
        if (fresh.state() != ArticleState.NEW || fresh.isSuperseded()) {
            throw new IllegalStateException("Article " + next + " is not a new version waiting for its review.");
        }
        ArticleState to = switch (before.state()) {
            case NEW -> ArticleState.NEW;
            case ASSIGNED -> ArticleState.ASSIGNED;
            case IN_REVIEW, SUBMITTED, APPROVED -> ArticleState.IN_REVIEW;
        };
        Instant now = Instant.now();
        Long assigneeId = assigneeId(before);
        store(fresh, to, assigneeId, before.dueDate(), before.priority(), false,
                assigneeId == null ? null : comment, now);
        transition(fresh, to, TransitionAction.REVISED, assigneeId, comment, actor, now);
        if (!assignments.supersede(previous, next, now)) {
            throw new OptimisticLockingFailureException("Article " + previous + " was superseded meanwhile.");
        }
        if (assigneeId != null) {
            events.publishEvent(new ArticleAssigned(next, new UserId(assigneeId)));
        }
        return to;
    }

    /** A page of all articles' assignments, soonest due first, with review progress. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<AssignmentListItem> list(AssignmentFilter filter, int offset, int limit) {
        List<JdbcAssignmentQuery.Row> rows = query.list(filterOrAll(filter), LocalDate.now(), offset, limit);
        Map<ArticleId, Integer> reviewed = reviewedCounts(rows);
        Map<ArticleId, Integer> uncounted = uncountedSentences(rows);
        return rows.stream().map(r -> new AssignmentListItem(r.id(), r.title(), r.state(), r.assignee(), r.dueDate(),
                r.priority(), reviewed.getOrDefault(r.id(), 0), counted(r, uncounted))).toList();
    }

    /** A page of all articles' assignments in the order the lead chose (null: soonest due first). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<AssignmentListItem> list(AssignmentFilter filter, AssignmentSort sort, boolean descending,
                                         int offset, int limit) {
        List<JdbcAssignmentQuery.Row> rows = query.list(filterOrAll(filter), LocalDate.now(), sort, descending,
                Math.max(0, offset), Math.max(0, limit));
        Map<ArticleId, Integer> reviewed = reviewedCounts(rows);
        return rows.stream().map(r -> new AssignmentListItem(r.id(), r.title(), r.state(), r.assignee(), r.dueDate(),
                r.priority(), reviewed.getOrDefault(r.id(), 0), r.totalSentences())).toList();
    }

    /** The most submitted reviews the queue lists at once; it is a to-do list, sorted in the browser. */
    public static final int MAX_QUEUE = 1000;

    /** Submitted reviews waiting for a lead, oldest submission first, with their verified and disputed counts. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<QueueItem> queue() {
        List<JdbcAssignmentQuery.QueueRow> rows = query.submitted(MAX_QUEUE);
        List<ArticleId> ids = rows.stream().map(JdbcAssignmentQuery.QueueRow::id).toList();
        Map<ArticleId, Integer> reviewed = ids.isEmpty() ? Map.of() : completeness.reviewedCounts(ids);
        Map<ArticleId, ReviewCompleteness.VerdictTally> tallies = ids.isEmpty() ? Map.of()
                : completeness.verdictTallies(ids);
        return rows.stream().map(r -> {
            ReviewCompleteness.VerdictTally tally = tallies.getOrDefault(r.id(), ReviewCompleteness.VerdictTally.NONE);
            return new QueueItem(r.id(), r.title(), r.assignee(), r.submittedAt(), reviewed.getOrDefault(r.id(), 0),
                    r.totalSentences(), tally.verified(), tally.disputed());
        }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public long count(AssignmentFilter filter) {
        return query.count(filterOrAll(filter), LocalDate.now());
    }

    // --- assigned editor ------------------------------------------------------------------------

    /**
     * The assignee hands in the finished review: ASSIGNED or IN_REVIEW → SUBMITTED, only when every
     * sentence that needs a verdict has one (otherwise {@link IncompleteReviewException}; headings need one only
     * when the team requires it, {@code factdesk.review.require-heading-verdicts}). Clears the return comment.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void submit(ArticleId articleId) {
        FactDeskUser actor = actor();
        Assignment before = lock(articleId);
        if (!before.isAssignedTo(actor.userId())) {
            throw new IllegalTransitionException(notYours(before));
        }
        if (before.state() == ArticleState.SUBMITTED || before.state() == ArticleState.APPROVED) {
            throw new IllegalTransitionException(UserMessage.of("assignment.error.already", titled(articleId),
                    before.state().userMessage()));
        }
        int unreviewed = completeness.unreviewed(articleId);
        if (unreviewed > 0) {
            ReviewCompleteness.SentenceRef first = completeness.firstUnreviewedSentence(articleId).orElseThrow();
            throw new IncompleteReviewException(unreviewed == 1
                    ? UserMessage.of("assignment.error.incompleteOne", titled(articleId), first.ordinal())
                    : UserMessage.of("assignment.error.incompleteMany", unreviewed, titled(articleId), first.ordinal()),
                    unreviewed, first.sentenceId(), first.ordinal());
        }
        // A verdict carried after the wording changed stands once someone confirmed it (ADR 0029).
        List<ReviewCompleteness.SentenceRef> unconfirmed = unconfirmedVerdicts.unconfirmed(articleId);
        if (!unconfirmed.isEmpty()) {
            ReviewCompleteness.SentenceRef first = unconfirmed.getFirst();
            throw new IncompleteReviewException(unconfirmed.size() == 1
                    ? UserMessage.of("assignment.error.unconfirmedOne", articleId, first.ordinal())
                    : UserMessage.of("assignment.error.unconfirmedMany", unconfirmed.size(), articleId, first.ordinal()),
                    unconfirmed.size(), first.sentenceId(), first.ordinal());
        }
        change(before, Step.keepingAssignee(before, ArticleState.SUBMITTED, TransitionAction.SUBMITTED), actor);
    }

    /** The signed-in user's articles still to review or awaiting approval, soonest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<MyArticle> myArticles() {
        FactDeskUser me = actor();
        List<JdbcAssignmentQuery.Row> rows = query.assignedTo(me.userId());
        Map<ArticleId, Integer> reviewed = reviewedCounts(rows);
        Map<ArticleId, Integer> uncounted = uncountedSentences(rows);
        return rows.stream().map(r -> new MyArticle(r.id(), r.title(), r.state(), r.dueDate(), r.priority(),
                r.returnComment(), reviewed.getOrDefault(r.id(), 0), counted(r, uncounted), !r.seenByAssignee())).toList();
    }

    /** The signed-in user's finished work: their approved articles, soonest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<MyArticle> myDoneArticles() {
        FactDeskUser me = actor();
        List<JdbcAssignmentQuery.Row> rows = query.approvedFor(me.userId());
        Map<ArticleId, Integer> reviewed = reviewedCounts(rows);
        return rows.stream().map(r -> new MyArticle(r.id(), r.title(), r.state(), r.dueDate(), r.priority(),
                r.returnComment(), reviewed.getOrDefault(r.id(), 0), r.totalSentences(), false)).toList();
    }

    /** Records that the assignee opened the article (it is no longer new to them); a no-op for anyone else. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markSeen(ArticleId articleId) {
        currentUser.get().ifPresent(me -> assignments.markSeen(articleId, me.userId()));
    }

    // --- everyone -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Assignment> stateOf(ArticleId articleId) {
        return assignments.find(articleId);
    }

    /** The article's accepted transitions, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Transition> transitions(ArticleId articleId) {
        return assignments.transitions(articleId);
    }

    /**
     * Whether the user may change verdicts of the article now: an editor only while it is assigned
     * to them and not yet submitted; a team lead or admin on any article not approved (also on a
     * submitted one, to correct a detail while checking it; the verdict history records who).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayReview(ArticleId articleId, FactDeskUser user) {
        return assignments.find(articleId).map(a -> whyNotReviewable(a, user).isEmpty()).orElse(false);
    }

    /**
     * Refuses, without taking any lock, a verdict change the acting user may not make: a caller
     * who may not change the article must not be able to hold its row lock and block the editors.
     * {@link #beforeVerdictChange} checks again under the lock.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void checkMayChangeVerdicts(ArticleId articleId) {
        Assignment current = assignments.find(Objects.requireNonNull(articleId, "articleId"))
                .orElseThrow(() -> new IllegalArgumentException("No article with id " + articleId + "."));
        Optional<UserMessage> refusal = whyNotReviewable(current, actor());
        if (refusal.isPresent()) {
            throw new NotReviewableException(refusal.get());
        }
    }

    /**
     * Called by the review feature inside its transaction, before it stores verdict changes by the
     * signed-in user: refuses ({@link AccessDeniedException} with the reason) when the user may not
     * review the article now, and starts the review (ASSIGNED → IN_REVIEW) on the assignee's first
     * change. Locks the assignment row, so a concurrent submit or approve waits for the change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void beforeVerdictChange(ArticleId articleId) {
        FactDeskUser actor = actor();
        Assignment before = lock(articleId);
        Optional<UserMessage> refusal = whyNotReviewable(before, actor);
        if (refusal.isPresent()) {
            throw new NotReviewableException(refusal.get());
        }
        if (before.state() == ArticleState.ASSIGNED && before.isAssignedTo(actor.userId())) {
            change(before, Step.keepingAssignee(before, ArticleState.IN_REVIEW, TransitionAction.STARTED)
                    .keepingReturnComment(before), actor);
        }
    }

    // --- rules ----------------------------------------------------------------------------------

    private Optional<UserMessage> whyNotReviewable(Assignment assignment, FactDeskUser user) {
        ArticleId id = assignment.articleId();
        if (assignment.isSuperseded()) {
            return Optional.of(UserMessage.of("assignment.error.superseded", titled(id)));
        }
        if (assignment.state() == ArticleState.APPROVED) {
            return Optional.of(UserMessage.of("assignment.error.approvedFrozen", titled(id)));
        }
        if (isLead(user)) {
            return Optional.empty();
        }
        if (!assignment.isAssignedTo(user.userId())) {
            return Optional.of(notYours(assignment));
        }
        if (assignment.state() == ArticleState.SUBMITTED) {
            return Optional.of(UserMessage.of("assignment.error.submittedFrozen", titled(id)));
        }
        return Optional.empty();
    }

    private UserMessage notYours(Assignment assignment) {
        return assignment.assignee() == null
                ? UserMessage.of("assignment.error.notYours", titled(assignment.articleId()))
                : UserMessage.of("assignment.error.someoneElses", titled(assignment.articleId()),
                assignment.assignee().displayName());
    }

    /** {@code step}: approve, return or reopen, which names the message. */
    private void requireState(Assignment assignment, ArticleState required, String step) {
        if (assignment.state() != required) {
            throw new IllegalTransitionException(UserMessage.of("assignment.error.wrongState." + step,
                    titled(assignment.articleId()), assignment.state().userMessage(), required.userMessage()));
        }
    }

    private static void requireExisting(Collection<ArticleId> requested, Set<ArticleId> found) {
        List<String> missing = requested.stream().filter(id -> !found.contains(id)).map(ArticleId::toString).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("assignment.error.unknownArticles", String.join(", ", missing));
        }
    }

    /** {@code step}: return or reopen, which names the message. */
    private static String requiredComment(String comment, String step) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("assignment.error.commentRequired." + step);
        }
        String stripped = comment.strip();
        if (stripped.length() > TextLimits.MAX_NOTE_LENGTH) {
            throw new InvalidInputException("assignment.error.commentTooLong", stripped.length(),
                    TextLimits.MAX_NOTE_LENGTH);
        }
        return stripped;
    }

    // --- writing --------------------------------------------------------------------------------

    private Assignment lock(ArticleId articleId) {
        return assignments.lock(Objects.requireNonNull(articleId, "articleId"))
                .orElseThrow(() -> new IllegalArgumentException("No article with id " + articleId + "."));
    }

    /**
     * One workflow step of an article: the state it moves to, the action recorded, its assignee afterwards,
     * whether the assignee has seen it, the return comment shown to them, and the transition's comment.
     */
    private record Step(ArticleState to, TransitionAction action, Long assigneeId, boolean seenByAssignee,
                        String returnComment, String comment) {

        /** Back to NEW without assignee; a return comment, meant for that editor, is dropped. */
        static Step unassigning() {
            return new Step(ArticleState.NEW, TransitionAction.UNASSIGNED, null, false, null, null);
        }

        /** The assignee stays and has seen the article; the return comment is cleared; no comment. */
        static Step keepingAssignee(Assignment before, ArticleState to, TransitionAction action) {
            return new Step(to, action, AssignmentService.assigneeId(before), true, null, null);
        }

        /** A comment the assignee is to see (return, reopen): recorded, and new to them until they open it. */
        Step withCommentForAssignee(String reason) {
            return new Step(to, action, assigneeId, false, reason, reason);
        }

        Step keepingReturnComment(Assignment before) {
            return new Step(to, action, assigneeId, seenByAssignee, before.returnComment(), comment);
        }
    }

    /** Stores a state change, records it and announces it. */
    private void change(Assignment before, Step step, FactDeskUser actor) {
        Instant now = Instant.now();
        store(before, step.to(), step.assigneeId(), before.dueDate(), before.priority(), step.seenByAssignee(),
                step.returnComment(), now);
        transition(before, step.to(), step.action(), step.assigneeId(), step.comment(), actor, now);
    }

    private void store(Assignment before, ArticleState to, Long assigneeId, LocalDate dueDate, Priority priority,
                       boolean seen, String returnComment, Instant now) {
        if (!assignments.update(before, to, assigneeId, dueDate, priority, seen, returnComment, now)) {
            // Rows are locked before they are read, so this only guards against a path that forgot to.
            throw new OptimisticLockingFailureException("Article " + before.articleId()
                    + " was changed by someone else meanwhile; please try again.");
        }
    }

    private void transition(Assignment before, ArticleState to, TransitionAction action, Long assigneeId,
                            String comment, FactDeskUser actor, Instant now) {
        assignments.appendTransition(before.articleId(), before.state(), to, action, assigneeId, comment,
                actor.userId(), now);
        if (to != before.state()) {
            events.publishEvent(new ArticleStateChanged(before.articleId(), before.state(), to));
        }
    }

    private Map<ArticleId, Integer> reviewedCounts(List<JdbcAssignmentQuery.Row> rows) {
        return rows.isEmpty() ? Map.of()
                : completeness.reviewedCounts(rows.stream().map(JdbcAssignmentQuery.Row::id).collect(Collectors.toList()));
    }

    /** Headings without a verdict are not counted while the team requires no verdicts on them. */
    private Map<ArticleId, Integer> uncountedSentences(List<JdbcAssignmentQuery.Row> rows) {
        return rows.isEmpty() ? Map.of()
                : completeness.uncountedSentences(rows.stream().map(JdbcAssignmentQuery.Row::id).collect(Collectors.toList()));
    }

    private static int counted(JdbcAssignmentQuery.Row row, Map<ArticleId, Integer> uncounted) {
        return row.totalSentences() - uncounted.getOrDefault(row.id(), 0);
    }

    private static Long assigneeId(Assignment assignment) {
        return assignment.assignee() == null ? null : assignment.assignee().userId();
    }

    private static AssignmentFilter filterOrAll(AssignmentFilter filter) {
        return filter == null ? AssignmentFilter.all() : filter;
    }

    private FactDeskUser actor() {
        return currentUser.acting("change the workflow", "it");
    }

    private static boolean isLead(FactDeskUser user) {
        return user.role() == AppRoles.LEAD || user.role() == AppRoles.ADMIN;
    }

    /** {@code step}: assign, unassign, approve, return or reopen, which names the message. */
    private FactDeskUser requireLead(String step) {
        FactDeskUser actor = actor();
        if (!isLead(actor)) {
            throw new IllegalTransitionException(UserMessage.of("assignment.error.leadOnly." + step));
        }
        return actor;
    }
}
