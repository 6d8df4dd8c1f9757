package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.factdesk.article.ArticleId;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.discussion.DiscussionThread;
import org.factdesk.discussion.SentenceDiscussion;
import org.factdesk.discussion.ui.DiscussionBroadcaster;
import org.factdesk.discussion.ui.DiscussionSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

import java.util.HashMap;
import java.util.Map;

/**
 * The reader's part of the discussion (ADR 0028): the sentence's threads in the side panel, the
 * article's thread behind a toolbar button, the comment counts on the sentences, and their live update
 * when someone comments in another browser. Kept apart from {@link ArticleReaderView} so the view only
 * hands it the pieces.
 */
@org.springframework.stereotype.Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ReaderDiscussion {

    private final DiscussionService discussion;
    private final DiscussionBroadcaster broadcaster;
    private final DiscussionSection sentenceThreads;
    private final DiscussionSection articleThreads;
    private final Button articleButton = new Button();
    private final Dialog articleDialog = new Dialog();

    private ArticleId articleId;
    private ArticleTextElement text;
    private Registration subscription;

    ReaderDiscussion(DiscussionService discussion, DiscussionBroadcaster broadcaster,
                     ObjectProvider<DiscussionSection> sections) {
        this.discussion = discussion;
        this.broadcaster = broadcaster;
        sentenceThreads = sections.getObject();
        articleThreads = sections.getObject();
        sentenceThreads.addClassName("fd-sentence-discussion");
        articleThreads.addClassName("fd-article-discussion");
        sentenceThreads.onChange(this::showCount);
        articleThreads.onChange(sentence -> updateArticleButton());
        articleButton.setIcon(VaadinIcon.COMMENTS_O.create());
        articleButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        articleButton.addClassName("fd-article-discussion-button");
        articleButton.addClickListener(e -> {
            articleThreads.show(articleId, null);
            articleDialog.open();
        });
        articleDialog.addClassName("fd-article-discussion-dialog");
        articleDialog.setWidth("36rem");
        articleDialog.add(articleThreads);
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> articleDialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClassName("fd-article-discussion-close");
        articleDialog.getHeader().add(close);
    }

    /** The threads of the sentence shown in the side panel. */
    Component sentenceSection() {
        return sentenceThreads;
    }

    /** The toolbar button that opens the article's own thread, with its comment count. */
    Button articleButton() {
        return articleButton;
    }

    /**
     * Starts on this article (the view is reused from article to article): shows the counts on the
     * sentences and follows changes from other browsers while {@code reader} is attached.
     */
    void start(Component reader, ArticleId article, ArticleTextElement element) {
        if (subscription != null) {
            subscription.remove();
        }
        articleId = article;
        text = element;
        articleDialog.setHeaderTitle(reader.getTranslation("discussion.articleHeading"));
        articleDialog.close();
        updateArticleButton();
        subscription = broadcaster.whileAttached(reader, article, changed -> {
            if (changed.sentenceId() == null) {
                updateArticleButton();
                if (articleDialog.isOpened()) {
                    articleThreads.refresh();
                }
                return;
            }
            text.updateComments(Map.of(changed.sentenceId(), changed.discussion()));
            if (sentenceThreads.shows(articleId, changed.sentenceId())) {
                sentenceThreads.refresh();
            }
        });
    }

    /** Per sentence with comments, what the element marks on it. */
    Map<Long, SentenceDiscussion> sentenceDiscussions(ArticleId article) {
        return discussion.sentenceDiscussions(article);
    }

    /** Shows the threads of the sentence opened in the side panel. */
    void showSentence(long sentenceId) {
        sentenceThreads.setVisible(true);
        sentenceThreads.show(articleId, sentenceId);
    }

    /** A range in the side panel: threads belong to one sentence, so none is shown. */
    void hideSentence() {
        sentenceThreads.setVisible(false);
    }

    /** After a change made here: the sentence's count and open state as now stored. */
    private void showCount(Long sentenceId) {
        if (sentenceId == null) {
            return;
        }
        Map<Long, SentenceDiscussion> all = discussion.sentenceDiscussions(articleId);
        Map<Long, SentenceDiscussion> one = new HashMap<>();
        one.put(sentenceId, all.getOrDefault(sentenceId, new SentenceDiscussion(sentenceId, 0, false)));
        text.updateComments(one);
    }

    private void updateArticleButton() {
        int comments = discussion.threads(articleId, null).stream().mapToInt(DiscussionThread::visibleComments).sum();
        articleButton.setText(articleButton.getTranslation("discussion.articleButton", comments));
        articleButton.getElement().setAttribute("data-comments", Integer.toString(comments));
    }
}
