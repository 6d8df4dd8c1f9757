package org.factdesk.discussion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factdesk.article.ArticleId;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.Notifications;
import org.factdesk.discussion.Comment;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.discussion.DiscussionThread;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The threads of one sentence, or of the article itself: each comment with its author, time and
 * "edited"/"deleted", the actions the user may take (reply, edit and delete their own, a lead or
 * admin delete any, resolve and reopen), and a field to start a thread. Texts are shown as text,
 * never as HTML. Changes go through {@link DiscussionService}, which checks the roles again; the
 * section calls its change listener after each one, so the reader can update the sentence's count.
 * One per reader (a prototype bean): {@link #show} switches it to another sentence.
 */
@org.springframework.stereotype.Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class DiscussionSection extends VerticalLayout {

    private final DiscussionService discussion;
    private final FactDeskUser me;
    private final DateTimeFormatter timeFormat;
    private final H4 heading = new H4();
    private final Div threads = new Div();
    private final CommentInput newThread;

    private ArticleId articleId;
    private Long sentenceId;
    private Consumer<Long> onChange = sentence -> { };
    /** The reply and edit fields open now, by "r" + thread id or "e" + comment id: kept across a refresh. */
    private final java.util.Map<String, CommentInput> openInputs = new java.util.HashMap<>();

    DiscussionSection(DiscussionService discussion, CurrentUser currentUser) {
        this.discussion = discussion;
        this.me = currentUser.require();
        addClassName("fd-discussion");
        setPadding(false);
        setSpacing(false);
        timeFormat = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());
        threads.addClassName("fd-threads");
        newThread = new CommentInput(discussion, getTranslation("discussion.newThread"),
                getTranslation("discussion.send"), body -> {
            discussion.write(articleId, sentenceId, body);
            changed();
        });
        newThread.addClassName("fd-new-thread");
        heading.setText(getTranslation("discussion.heading"));
        add(heading, threads, newThread);
    }

    /** Called with the sentence id (null for the article's thread) after every change made here. */
    public void onChange(Consumer<Long> listener) {
        onChange = listener;
    }

    /** Shows the threads of this sentence of the article ({@code sentence} null: the article's own thread). */
    public void show(ArticleId article, Long sentence) {
        articleId = article;
        sentenceId = sentence;
        getElement().setAttribute("data-sentence-id", sentence == null ? "" : sentence.toString());
        newThread.clear();
        refresh();
    }

    /** Whether the section shows the threads of this place (for live updates). */
    public boolean shows(ArticleId article, Long sentence) {
        return article.equals(articleId) && java.util.Objects.equals(sentence, sentenceId);
    }

    /** Reads the threads again (after a change here or in another browser). */
    public void refresh() {
        // A colleague's comment must not throw away a reply or edit being typed here.
        java.util.Map<String, String> drafts = new java.util.HashMap<>();
        openInputs.forEach((key, input) -> {
            if (input.isVisible()) {
                drafts.put(key, input.text());
            }
        });
        openInputs.clear();
        threads.removeAll();
        if (articleId == null) {
            return;
        }
        List<DiscussionThread> all = discussion.threads(articleId, sentenceId);
        if (all.isEmpty()) {
            Span none = new Span(getTranslation("discussion.none"));
            none.addClassName("fd-discussion-none");
            threads.add(none);
        }
        all.forEach(thread -> threads.add(thread(thread)));
        drafts.forEach((key, draft) -> {
            CommentInput input = openInputs.get(key);
            if (input != null) {
                input.reveal(draft);
            }
        });
    }

    private Div thread(DiscussionThread thread) {
        Div box = new Div();
        box.addClassName("fd-thread");
        box.getElement().setAttribute("data-thread-id", Long.toString(thread.root().id()));
        box.getElement().setAttribute("data-resolved", Boolean.toString(thread.resolved()));
        box.add(comment(thread.root()));
        thread.replies().forEach(reply -> box.add(comment(reply)));
        if (thread.resolved()) {
            Span resolved = new Span(getTranslation("discussion.resolvedBy", thread.resolvedByDisplayName(),
                    timeFormat.format(thread.resolvedAt())));
            resolved.addClassName("fd-thread-resolved");
            box.add(resolved);
        }
        CommentInput reply = new CommentInput(discussion, getTranslation("discussion.reply"),
                getTranslation("discussion.sendReply"), body -> {
            discussion.reply(thread.root().id(), body);
            changed();
        });
        reply.addClassName("fd-reply-input");
        reply.setVisible(false);
        reply.closable(() -> { });
        openInputs.put("r" + thread.root().id(), reply);
        Button replyButton = action("discussion.reply", VaadinIcon.REPLY, "fd-reply", () -> {
            reply.reveal(reply.text());
            reply.focus();
        });
        Button resolve = thread.resolved()
                ? action("discussion.reopen", VaadinIcon.ARROW_BACKWARD, "fd-reopen", () -> {
                    discussion.reopen(thread.root().id());
                    changed();
                })
                : action("discussion.resolve", VaadinIcon.CHECK, "fd-resolve", () -> {
                    discussion.resolve(thread.root().id());
                    changed();
                });
        HorizontalLayout actions = new HorizontalLayout(replyButton, resolve);
        actions.addClassName("fd-thread-actions");
        actions.setSpacing(false);
        box.add(actions, reply);
        return box;
    }

    private Div comment(Comment comment) {
        Div item = new Div();
        item.addClassName("fd-comment");
        item.getElement().setAttribute("data-comment-id", Long.toString(comment.id()));
        Span author = new Span(comment.authorDisplayName());
        author.addClassName("fd-comment-author");
        Span time = new Span(timeFormat.format(comment.createdAt()));
        time.addClassName("fd-comment-time");
        Div head = new Div(author, time);
        head.addClassName("fd-comment-head");
        item.add(head);
        if (comment.deleted()) {
            item.getElement().setAttribute("data-deleted", "");
            Span deleted = new Span(getTranslation("discussion.deleted"));
            deleted.addClassName("fd-comment-deleted");
            item.add(deleted);
            return item;
        }
        if (comment.edited()) {
            item.getElement().setAttribute("data-edited", "");
            Span edited = new Span(getTranslation("discussion.edited"));
            edited.addClassName("fd-comment-edited");
            edited.getElement().setAttribute("title", timeFormat.format(comment.editedAt()));
            head.add(edited);
        }
        Paragraph body = new Paragraph(comment.body()); // text only: markup shows as typed
        body.addClassName("fd-comment-body");
        item.add(body);
        boolean mine = comment.authorUsername().equals(me.username());
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("fd-comment-actions");
        actions.setSpacing(false);
        if (mine) {
            CommentInput editor = new CommentInput(discussion, getTranslation("discussion.edit"),
                    getTranslation("discussion.saveEdit"), text -> {
                discussion.edit(comment.id(), text);
                changed();
            });
            editor.addClassName("fd-edit-input");
            editor.setVisible(false);
            editor.onReveal(() -> body.setVisible(false));
            editor.closable(() -> body.setVisible(true));
            openInputs.put("e" + comment.id(), editor);
            actions.add(action("discussion.edit", VaadinIcon.EDIT, "fd-edit", () -> {
                editor.reveal(comment.body());
                editor.focus();
            }));
            item.add(editor);
        }
        if (mine || me.role() != AppRoles.EDITOR) {
            actions.add(action("discussion.delete", VaadinIcon.TRASH, "fd-delete", () -> {
                discussion.delete(comment.id());
                changed();
            }));
        }
        if (actions.getComponentCount() > 0) {
            item.add(actions);
        }
        return item;
    }

    private Button action(String key, VaadinIcon icon, String className, Runnable run) {
        Button button = new Button(getTranslation(key), icon.create(), e -> {
            try {
                run.run();
            } catch (RuntimeException refused) {
                if (!Notifications.isRefusal(refused)) {
                    throw refused;
                }
                Notifications.refused(refused);
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    private void changed() {
        refresh();
        onChange.accept(sentenceId);
    }
}
