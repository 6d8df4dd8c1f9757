package org.factdesk.discussion;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleSentences;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Transition;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.common.InvalidInputException;
import org.factdesk.discussion.internal.CommentRepository;
import org.factdesk.discussion.internal.CommentRow;
import org.factdesk.discussion.internal.NotificationRepository;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.factdesk.user.UserAccount;
import org.factdesk.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Discussion threads on sentences and on whole articles, and the notifications they cause.
 * Everyone who can read an article (every signed-in user with a role: the reader opens every article
 * to every role) may comment on it, reply, and resolve or reopen its threads; only a comment's author
 * edits it; the author, a lead or an admin deletes it (kept as "deleted" in its thread). A comment
 * notifies the users it mentions ({@code @username}), the article's assignee and the lead who assigned
 * it — never its author. Bodies are plain text of at most {@value #MAX_BODY_LENGTH} characters.
 *
 * @see <a href="../../../../../../docs/adr/0028-discussion-and-notifications.md">ADR 28</a>
 */
@Service
public class DiscussionService {

    /** The longest comment (the column is varchar(5000), migration V12). */
    public static final int MAX_BODY_LENGTH = 5000;
    /** How many notifications the list shows. */
    public static final int NOTIFICATION_LIST_SIZE = 50;

    private final CommentRepository comments;
    private final NotificationRepository notifications;
    private final ArticleSentences sentences;
    private final AssignmentService assignments;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DiscussionService(CommentRepository comments, NotificationRepository notifications, ArticleSentences sentences,
                      AssignmentService assignments, UserService users, CurrentUser currentUser,
                      ApplicationEventPublisher events) {
        this.comments = comments;
        this.notifications = notifications;
        this.sentences = sentences;
        this.assignments = assignments;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
    }

    // --- reading --------------------------------------------------------------------------------

    /** The threads of a sentence of the article, or of the article itself ({@code sentenceId} null), oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<DiscussionThread> threads(ArticleId articleId, Long sentenceId) {
        return comments.threads(articleId, sentenceId);
    }

    /** Every thread of the article (sentence threads and the article's own), oldest first: for reports. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DiscussionThread> allThreads(ArticleId articleId) {
        return comments.allThreads(articleId);
    }

    /** Per sentence with comments (deleted ones not counted): the count and whether a thread is open. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, SentenceDiscussion> sentenceDiscussions(ArticleId articleId) {
        return comments.sentenceDiscussions(articleId, null);
    }

    /** Comments (not deleted) per article, for the given articles; articles without any are missing. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> commentCounts(Collection<ArticleId> articleIds) {
        return comments.commentCounts(articleIds.stream().map(ArticleId::value).toList());
    }

    /** Active colleagues whose username or name starts with {@code prefix} (any case), for {@code @} completion. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<MentionCandidate> mentionCandidates(String prefix, int limit) {
        String wanted = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        return users.listActive().stream()
                .filter(user -> user.username().toLowerCase(Locale.ROOT).startsWith(wanted)
                        || user.displayName().toLowerCase(Locale.ROOT).startsWith(wanted))
                .map(user -> new MentionCandidate(user.username(), user.displayName()))
                .limit(Math.max(0, limit)).toList();
    }

    // --- writing --------------------------------------------------------------------------------

    /** Starts a thread on a sentence of the article, or on the article itself ({@code sentenceId} null). */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public Comment write(ArticleId articleId, Long sentenceId, String body) {
        FactDeskUser actor = currentUser.acting("comment", "the comment");
        String text = validBody(body);
        Integer ordinal = ordinalOf(articleId, sentenceId);
        Instant now = clock.instant();
        long id = comments.insert(articleId.value(), sentenceId, null, actor.userId(), text, now);
        notify(actor, articleId, ordinal, id, text, now);
        changed(articleId, sentenceId, actor);
        return comment(id);
    }

    /**
     * Replies in the thread of {@code commentId} (a root or a reply: replies belong to the root). A reply
     * to a resolved thread reopens it: someone has more to say.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public Comment reply(long commentId, String body) {
        FactDeskUser actor = currentUser.acting("reply", "the reply");
        String text = validBody(body);
        CommentRow parent = row(commentId);
        CommentRow root = parent.parentId() == null ? parent : row(parent.rootId());
        ArticleId articleId = new ArticleId(root.articleId());
        Integer ordinal = ordinalOf(articleId, root.sentenceId());
        Instant now = clock.instant();
        if (root.resolvedAt() != null) {
            comments.reopen(root.id());
        }
        long id = comments.insert(root.articleId(), root.sentenceId(), root.id(), actor.userId(), text, now);
        notify(actor, articleId, ordinal, id, text, now);
        changed(articleId, root.sentenceId(), actor);
        return comment(id);
    }

    /** Changes the text of one's own comment (shown as edited); mentions new in the text are notified. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public Comment edit(long commentId, String body) {
        FactDeskUser actor = currentUser.acting("edit comments", "the change");
        String text = validBody(body);
        CommentRow row = row(commentId);
        if (row.deletedAt() != null) {
            throw new NotAllowedException("discussion.error.deleted");
        }
        if (row.authorId() != actor.userId()) {
            throw new NotAllowedException("discussion.error.notYours");
        }
        Set<String> before = Mentions.in(row.body());
        Instant now = clock.instant();
        comments.updateBody(commentId, text, now);
        ArticleId articleId = new ArticleId(row.articleId());
        Map<Long, NotificationKind> added = mentioned(Mentions.in(text).stream()
                .filter(name -> before.stream().noneMatch(name::equalsIgnoreCase)).toList(), actor);
        if (!added.isEmpty()) {
            notifications.insert(added, row.articleId(), ordinalOf(articleId, row.sentenceId()), commentId, now);
            events.publishEvent(new NotificationsChanged(added.keySet()));
        }
        changed(articleId, row.sentenceId(), actor);
        return comment(commentId);
    }

    /** Deletes a comment (its author; a lead or admin any): it stays in the thread as "deleted", without its text. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void delete(long commentId) {
        FactDeskUser actor = currentUser.acting("delete comments", "the deletion");
        CommentRow row = row(commentId);
        if (row.deletedAt() != null) {
            return; // deleted already: nothing to do twice
        }
        if (row.authorId() != actor.userId() && actor.role() == AppRoles.EDITOR) {
            throw new NotAllowedException("discussion.error.notYoursToDelete");
        }
        comments.markDeleted(commentId, actor.userId(), clock.instant());
        changed(new ArticleId(row.articleId()), row.sentenceId(), actor);
    }

    /** Resolves the thread of {@code commentId} (settled: the "open discussion" filter no longer shows it). */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void resolve(long commentId) {
        FactDeskUser actor = currentUser.acting("resolve threads", "it");
        CommentRow root = rootOf(commentId);
        if (root.resolvedAt() == null) {
            comments.resolve(root.id(), actor.userId(), clock.instant());
            changed(new ArticleId(root.articleId()), root.sentenceId(), actor);
        }
    }

    /** Opens a resolved thread again. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void reopen(long commentId) {
        FactDeskUser actor = currentUser.acting("reopen threads", "it");
        CommentRow root = rootOf(commentId);
        if (root.resolvedAt() != null) {
            comments.reopen(root.id());
            changed(new ArticleId(root.articleId()), root.sentenceId(), actor);
        }
    }

    // --- notifications --------------------------------------------------------------------------

    /** The signed-in user's newest notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public List<DiscussionNotification> myNotifications() {
        return notifications.newestFor(currentUser.acting("read notifications", "them").userId(),
                NOTIFICATION_LIST_SIZE);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public int myUnreadCount() {
        return notifications.unreadCount(currentUser.acting("read notifications", "them").userId());
    }

    /** Marks one of the signed-in user's notifications read; someone else's is refused. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void markRead(long notificationId) {
        FactDeskUser me = currentUser.acting("read notifications", "it");
        if (!notifications.markRead(notificationId, me.userId(), clock.instant())) {
            throw new NotAllowedException("discussion.error.notYourNotification");
        }
        events.publishEvent(new NotificationsChanged(Set.of(me.userId())));
    }

    @Transactional
    @PreAuthorize(AppRoles.HAS_ANY_ROLE)
    public void markAllRead() {
        FactDeskUser me = currentUser.acting("read notifications", "them");
        notifications.markAllRead(me.userId(), clock.instant());
        events.publishEvent(new NotificationsChanged(Set.of(me.userId())));
    }

    // --- rules ----------------------------------------------------------------------------------

    static String validBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("discussion.error.empty");
        }
        if (text.length() > MAX_BODY_LENGTH) {
            throw new InvalidInputException("discussion.error.tooLong", MAX_BODY_LENGTH, text.length());
        }
        return text;
    }

    /** The sentence's ordinal in the article (null for the article's thread); refuses an unknown article or sentence. */
    private Integer ordinalOf(ArticleId articleId, Long sentenceId) {
        if (sentences.sentenceCount(articleId) == 0) {
            throw new InvalidInputException("discussion.error.noArticle", articleId.value());
        }
        if (sentenceId == null) {
            return null;
        }
        Integer ordinal = sentences.ordinals(articleId, List.of(sentenceId)).get(sentenceId);
        if (ordinal == null) {
            throw new InvalidInputException("discussion.error.noSentence", articleId.value());
        }
        return ordinal;
    }

    private CommentRow row(long commentId) {
        return comments.find(commentId).orElseThrow(() -> new InvalidInputException("discussion.error.noComment"));
    }

    private CommentRow rootOf(long commentId) {
        CommentRow row = row(commentId);
        return row.parentId() == null ? row : row(row.rootId());
    }

    private Comment comment(long id) {
        CommentRow row = row(id);
        return comments.threads(new ArticleId(row.articleId()), row.sentenceId()).stream()
                .flatMap(thread -> java.util.stream.Stream.concat(java.util.stream.Stream.of(thread.root()),
                        thread.replies().stream()))
                .filter(comment -> comment.id() == id).findFirst().orElseThrow();
    }

    /** Who hears of a new comment: those it mentions, then the assignee, then the lead; never its author. */
    private void notify(FactDeskUser author, ArticleId articleId, Integer ordinal, long commentId, String body,
                        Instant now) {
        Map<Long, NotificationKind> recipients = mentioned(Mentions.in(body), author);
        assignments.stateOf(articleId).map(Assignment::assignee).ifPresent(assignee ->
                recipients.putIfAbsent(assignee.userId(), NotificationKind.ASSIGNEE));
        leadOf(articleId).ifPresent(lead -> recipients.putIfAbsent(lead, NotificationKind.LEAD));
        recipients.remove(author.userId());
        if (!recipients.isEmpty()) {
            notifications.insert(recipients, articleId.value(), ordinal, commentId, now);
            events.publishEvent(new NotificationsChanged(recipients.keySet()));
        }
    }

    /** The active users among these usernames (any case), each once; unknown names are plain text. */
    private Map<Long, NotificationKind> mentioned(Collection<String> usernames, FactDeskUser author) {
        Map<Long, NotificationKind> recipients = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return recipients;
        }
        Map<String, UserAccount> active = new java.util.HashMap<>();
        users.listActive().forEach(user -> active.put(user.username().toLowerCase(Locale.ROOT), user));
        for (String name : usernames) {
            UserAccount user = active.get(name.toLowerCase(Locale.ROOT));
            if (user != null && user.id() != author.userId()) {
                recipients.putIfAbsent(user.id(), NotificationKind.MENTION);
            }
        }
        return recipients;
    }

    /** The lead of the article: who assigned it to its current assignee last (still active). */
    private java.util.Optional<Long> leadOf(ArticleId articleId) {
        return assignments.transitions(articleId).stream() // newest first
                .filter(t -> t.action() == TransitionAction.ASSIGNED || t.action() == TransitionAction.REASSIGNED)
                .map(Transition::byUsername).findFirst()
                .flatMap(users::findByUsername).filter(UserAccount::active).map(UserAccount::id);
    }

    private void changed(ArticleId articleId, Long sentenceId, FactDeskUser actor) {
        SentenceDiscussion state = sentenceId == null ? null
                : comments.sentenceDiscussions(articleId, List.of(sentenceId)).getOrDefault(sentenceId,
                        new SentenceDiscussion(sentenceId, 0, false));
        events.publishEvent(new DiscussionChanged(articleId, sentenceId, state, actor.username()));
    }
}
