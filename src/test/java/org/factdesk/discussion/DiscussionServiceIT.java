package org.factdesk.discussion;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.common.InvalidInputException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Each test works on a fresh article and fresh editors; "lead" and "admin" are the demo accounts. */
@IntegrationTest
@RecordApplicationEvents
class DiscussionServiceIT {

    @Autowired
    DiscussionService discussion;
    @Autowired
    ArticleService articleService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApplicationEvents events;

    FactDeskUser anna;
    FactDeskUser bert;
    ArticleId article;
    List<Long> sentences;

    @BeforeEach
    void freshEditorsAndArticle() {
        anna = newEditor("Anna Author");
        bert = newEditor("Bert Beta");
        String text = "Prüfbericht %s\nDer Umsatz stieg um 5 Prozent. Die Firma hat 300 Leute. Es regnete.\n"
                .formatted(UUID.randomUUID());
        article = SystemAuthentication.runAsSystem(() -> articleService.add(
                new NewArticle("Prüfbericht", "discussion-it", null, text)));
        sentences = SystemAuthentication.runAsSystem(() -> articleService.findText(article).orElseThrow())
                .blocks().stream().flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    @Test
    void an_editor_comments_on_any_article_and_the_reader_counts_it_per_sentence() {
        Comment written = as(anna, () -> discussion.write(article, sentences.get(1), "  Quelle? <b>fett</b>  "));

        assertThat(written.body()).isEqualTo("Quelle? <b>fett</b>"); // stored as text, stripped; shown as text
        assertThat(written.authorUsername()).isEqualTo(anna.username());
        assertThat(as(bert, () -> discussion.threads(article, sentences.get(1)))).singleElement()
                .satisfies(thread -> {
                    assertThat(thread.root().id()).isEqualTo(written.id());
                    assertThat(thread.open()).isTrue();
                });
        assertThat(as(bert, () -> discussion.sentenceDiscussions(article)))
                .containsOnlyKeys(sentences.get(1))
                .containsEntry(sentences.get(1), new SentenceDiscussion(sentences.get(1), 1, true));
        assertThat(events.stream(DiscussionChanged.class))
                .extracting(DiscussionChanged::articleId, DiscussionChanged::sentenceId)
                .containsExactly(tuple(article, sentences.get(1)));
    }

    @Test
    void replies_join_the_thread_of_the_root_and_the_article_has_a_thread_of_its_own() {
        Comment root = as(anna, () -> discussion.write(article, sentences.getFirst(), "Erste Frage"));
        Comment reply = as(bert, () -> discussion.reply(root.id(), "Antwort"));
        as(anna, () -> discussion.reply(reply.id(), "Antwort auf die Antwort"));
        as(anna, () -> discussion.write(article, null, "Zum ganzen Artikel"));

        DiscussionThread thread = as(anna, () -> discussion.threads(article, sentences.getFirst())).getFirst();
        assertThat(thread.replies()).extracting(Comment::body, Comment::parentId)
                .containsExactly(tuple("Antwort", root.id()), tuple("Antwort auf die Antwort", root.id()));
        assertThat(as(anna, () -> discussion.threads(article, null))).singleElement()
                .satisfies(t -> assertThat(t.root().sentenceId()).isNull());
        assertThat(as(anna, () -> discussion.sentenceDiscussions(article)).get(sentences.getFirst()).comments())
                .isEqualTo(3);
    }

    @Test
    void only_the_author_edits_and_the_comment_shows_as_edited() {
        Comment root = as(anna, () -> discussion.write(article, sentences.getFirst(), "Tippfeler"));

        assertThatThrownBy(() -> as(bert, () -> discussion.edit(root.id(), "Fremd")))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only its author can edit a comment.");
        assertThatThrownBy(() -> as("lead", () -> discussion.edit(root.id(), "Fremd")))
                .isInstanceOf(NotAllowedException.class);
        Comment edited = as(anna, () -> discussion.edit(root.id(), "Tippfehler"));

        assertThat(edited.body()).isEqualTo("Tippfehler");
        assertThat(edited.edited()).isTrue();
        assertThat(root.edited()).isFalse();
    }

    @Test
    void the_author_or_a_lead_deletes_and_the_comment_stays_as_deleted_without_its_text() {
        Comment root = as(anna, () -> discussion.write(article, sentences.getFirst(), "Geheim"));
        Comment reply = as(bert, () -> discussion.reply(root.id(), "Noch was"));

        assertThatThrownBy(() -> as(bert, () -> run(() -> discussion.delete(root.id()))))
                .isInstanceOf(NotAllowedException.class);
        as(anna, () -> run(() -> discussion.delete(root.id())));
        as("lead", () -> run(() -> discussion.delete(reply.id())));

        DiscussionThread thread = as(anna, () -> discussion.threads(article, sentences.getFirst())).getFirst();
        assertThat(thread.root().deleted()).isTrue();
        assertThat(thread.root().body()).isNull();
        assertThat(thread.replies().getFirst().deleted()).isTrue();
        assertThat(thread.open()).isFalse();
        assertThat(as(anna, () -> discussion.sentenceDiscussions(article)).get(sentences.getFirst()))
                .isEqualTo(new SentenceDiscussion(sentences.getFirst(), 0, false));
        assertThatThrownBy(() -> as(anna, () -> discussion.edit(root.id(), "wieder da")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_resolved_thread_is_no_open_discussion_until_reopened_or_answered() {
        Comment root = as(anna, () -> discussion.write(article, sentences.getFirst(), "Stimmt das?"));
        as(bert, () -> run(() -> discussion.resolve(root.id())));

        DiscussionThread resolved = as(anna, () -> discussion.threads(article, sentences.getFirst())).getFirst();
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedByDisplayName()).isEqualTo("Bert Beta");
        assertThat(as(anna, () -> discussion.sentenceDiscussions(article)).get(sentences.getFirst()).open()).isFalse();

        as(anna, () -> run(() -> discussion.reopen(root.id())));
        assertThat(as(anna, () -> discussion.sentenceDiscussions(article)).get(sentences.getFirst()).open()).isTrue();

        as(anna, () -> run(() -> discussion.resolve(root.id())));
        as(bert, () -> discussion.reply(root.id(), "Doch nicht"));
        assertThat(as(anna, () -> discussion.sentenceDiscussions(article)).get(sentences.getFirst()).open()).isTrue();
    }

    @Test
    void a_body_must_have_text_and_at_most_5000_characters() {
        assertThatThrownBy(() -> as(anna, () -> discussion.write(article, null, "   ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("A comment needs some text.");
        assertThatThrownBy(() -> as(anna, () -> discussion.write(article, null, "x".repeat(5001))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A comment may have at most 5000 characters; this one has 5001.");
        assertThat(as(anna, () -> discussion.write(article, null, "x".repeat(5000))).body()).hasSize(5000);
    }

    @Test
    void a_sentence_of_another_article_or_an_unknown_article_is_refused() {
        ArticleId other = new ArticleId(987_654_321L);
        assertThatThrownBy(() -> as(anna, () -> discussion.write(other, null, "Hallo")))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is no article 987654321.");
        assertThatThrownBy(() -> as(anna, () -> discussion.write(article, 987_654_321L, "Hallo")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(anna, () -> discussion.threads(article, null))).isEmpty();
    }

    @Test
    void nobody_signed_in_may_read_or_write() {
        assertThatThrownBy(() -> discussion.threads(article, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> discussion.write(article, null, "anonym"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void mentioned_users_the_assignee_and_the_lead_are_notified_but_not_the_author() {
        FactDeskUser carl = newEditor("Carl Mentioned");
        as("lead", () -> run(() -> assignmentService.assign(List.of(article), bert.id(), null, Priority.NORMAL)));
        int leadBefore = as("lead", () -> discussion.myUnreadCount());

        Comment comment = as(anna, () -> discussion.write(article, sentences.get(1),
                "@" + carl.username().toUpperCase() + " und @" + anna.username() + " und @niemand-da: Quelle?"));

        assertThat(as(carl, () -> discussion.myNotifications())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.commentId()).isEqualTo(comment.id());
            assertThat(n.sentenceOrdinal()).isEqualTo(2);
            assertThat(n.link()).isEqualTo("article/" + article.value() + "#sentence-2");
            assertThat(n.authorDisplayName()).isEqualTo("Anna Author");
            assertThat(n.articleTitle()).isEqualTo("Prüfbericht");
            assertThat(n.unread()).isTrue();
        });
        assertThat(as(bert, () -> discussion.myNotifications())).extracting(DiscussionNotification::kind)
                .containsExactly(NotificationKind.ASSIGNEE);
        assertThat(as("lead", () -> discussion.myUnreadCount())).isEqualTo(leadBefore + 1);
        assertThat(as(anna, () -> discussion.myNotifications())).isEmpty();

        // The assignee writing tells the author of nothing (not mentioned), the lead again.
        as(bert, () -> discussion.reply(comment.id(), "Kommt"));
        assertThat(as(anna, () -> discussion.myNotifications())).isEmpty();
        assertThat(as("lead", () -> discussion.myUnreadCount())).isEqualTo(leadBefore + 2);
        assertThat(as(bert, () -> discussion.myNotifications())).hasSize(1); // not of their own reply
    }

    @Test
    void an_edit_notifies_only_mentions_new_in_the_text() {
        FactDeskUser carl = newEditor("Carl Mentioned");
        Comment comment = as(anna, () -> discussion.write(article, null, "@" + carl.username() + " schau"));
        as(anna, () -> discussion.edit(comment.id(), "@" + carl.username() + " schau mal, @" + bert.username()));

        assertThat(as(carl, () -> discussion.myNotifications())).hasSize(1);
        assertThat(as(bert, () -> discussion.myNotifications())).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("article/" + article.value()));
    }

    @Test
    void a_user_marks_their_own_notifications_read_one_or_all_but_not_someone_elses() {
        as(anna, () -> discussion.write(article, null, "@" + bert.username() + " eins"));
        as(anna, () -> discussion.write(article, null, "@" + bert.username() + " zwei"));
        List<DiscussionNotification> bertsNotes = as(bert, () -> discussion.myNotifications());
        assertThat(bertsNotes).hasSize(2);

        assertThatThrownBy(() -> as(anna, () -> run(() -> discussion.markRead(bertsNotes.getFirst().id()))))
                .isInstanceOf(NotAllowedException.class);
        as(bert, () -> run(() -> discussion.markRead(bertsNotes.getFirst().id())));
        assertThat(as(bert, () -> discussion.myUnreadCount())).isEqualTo(1);
        as(bert, () -> run(() -> discussion.markAllRead()));
        assertThat(as(bert, () -> discussion.myUnreadCount())).isZero();
        assertThat(as(bert, () -> discussion.myNotifications())).noneMatch(DiscussionNotification::unread);
    }

    @Test
    void mention_candidates_match_username_or_name_prefix() {
        assertThat(as(anna, () -> discussion.mentionCandidates("edi", 10)))
                .extracting(MentionCandidate::username).contains("editor", "editor2").doesNotContain("lead");
        assertThat(as(anna, () -> discussion.mentionCandidates(bert.username().toUpperCase(), 10)))
                .containsExactly(new MentionCandidate(bert.username(), "Bert Beta"));
        FactDeskUser unique = newEditor("Zyx " + UUID.randomUUID());
        assertThat(as(anna, () -> discussion.mentionCandidates(unique.displayName().substring(0, 12), 10)))
                .extracting(MentionCandidate::username).containsExactly(unique.username());
    }

    @Test
    void comment_counts_per_article_leave_out_deleted_comments() {
        Comment one = as(anna, () -> discussion.write(article, null, "eins"));
        as(anna, () -> discussion.write(article, sentences.getFirst(), "zwei"));
        as(anna, () -> run(() -> discussion.delete(one.id())));

        assertThat(as(anna, () -> discussion.commentCounts(List.of(article)))).containsEntry(article.value(), 1);
    }

    private FactDeskUser newEditor(String displayName) {
        String username = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> userService.create(new NewUser(username, displayName, AppRoles.EDITOR,
                "secret-" + username)));
        return SignedInAs.user(userDetailsService, username);
    }

    private <T> T as(FactDeskUser user, Callable<T> work) {
        return SignedInAs.call(userDetailsService, user.username(), work);
    }

    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetailsService, username, work);
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
