package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.function.Consumer;

/**
 * Test helper: takes an article through the workflow with the real services — the lead assigns it,
 * the editor gives the verdicts the test asks for and submits, the lead approves.
 */
public final class ReviewedArticles {

    private final ArticleService articles;
    private final AssignmentService assignments;
    private final UserDetailsService users;

    private ReviewedArticles(ArticleService articles, AssignmentService assignments, UserDetailsService users) {
        this.articles = articles;
        this.assignments = assignments;
        this.users = users;
    }

    public static ReviewedArticles in(ApplicationContext context) {
        return new ReviewedArticles(context.getBean(ArticleService.class), context.getBean(AssignmentService.class),
                context.getBean(UserDetailsService.class));
    }

    /** The article's sentence ids in reading order: {@code get(0)} is sentence 1. */
    public List<Long> sentenceIds(ArticleId id) {
        return text(id).blocks().stream().flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    public ArticleText text(ArticleId id) {
        return SystemAuthentication.runAsSystem(() -> articles.findText(id).orElseThrow());
    }

    /**
     * Assigns the article to {@code editor}, who runs {@code verdicts} (given the sentence ids) and
     * submits; then the lead approves it when asked to.
     */
    public void review(ArticleId id, String editor, Consumer<List<Long>> verdicts, boolean approve) {
        List<Long> sentences = sentenceIds(id);
        UserId editorId = SignedInAs.user(users, editor).id();
        SignedInAs.run(users, "lead", () -> assignments.assign(List.of(id), editorId, null, Priority.NORMAL));
        SignedInAs.run(users, editor, () -> {
            verdicts.accept(sentences);
            assignments.submit(id);
        });
        if (approve) {
            SignedInAs.run(users, "lead", () -> assignments.approve(id));
        }
    }
}
