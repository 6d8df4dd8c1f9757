package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentFilter;
import org.factdesk.assignment.AssignmentListItem;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.MyArticle;
import org.factdesk.assignment.Priority;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh editor with a fresh article of two headings and three paragraph sentences, assigned to them. */
abstract class HeadingVerdictsFixture {

/**
 * Sentence 1 "Rat beschließt Haushalt …" and sentence 4 "Wie geht es weiter?" are headings; 2, 3 and 5 are
 * paragraph sentences.
 */
static final String TEXT = """
        Rat beschließt Haushalt %s
        Der Rat hat am Montag den Haushalt für 2027 beschlossen. Er umfasst 12 Millionen Euro.
        Wie geht es weiter?
        Die Schulden sollen bis 2030 sinken.
        """;


    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    FactDeskUser editor;
    ArticleId article;
    List<Long> sentences;

    @BeforeEach
    void anArticleWithTwoHeadingsAssignedToAFreshEditor() {
        String username = "hd-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> userService.create(new NewUser(username, "Hanna Heading",
                AppRoles.EDITOR, "secret-" + username)));
        editor = SignedInAs.user(users, username);
        String text = TEXT.formatted(UUID.randomUUID().toString().substring(0, 8));
        article = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Haushalt", "heading-it", null, text)));
        sentences = ReviewedArticles.in(context).sentenceIds(article);
        assertThat(sentences).hasSize(5);
        SignedInAs.run(users, "lead", () -> assignments.assign(List.of(article), editor.id(), null, Priority.NORMAL));
    }

    /** The editor marks these sentences (1-based ordinals) "no claim". */
    void mark(int... ordinals) {
        List<VerdictChange> changes = Arrays.stream(ordinals)
                .mapToObj(ordinal -> new VerdictChange(sentences.get(ordinal - 1), 0)).toList();
        SignedInAs.run(users, editor.username(), () -> reviews.mark(article, changes, Verdict.NO_CLAIM));
    }

    void submit() {
        SignedInAs.run(users, editor.username(), () -> assignments.submit(article));
    }

    ReviewProgress progress() {
        return SignedInAs.call(users, editor.username(), () -> reviews.progress(article));
    }

    MyArticle mine() {
        return SignedInAs.call(users, editor.username(), () -> assignments.myArticles()).stream()
                .filter(item -> item.id().equals(article)).findFirst().orElseThrow();
    }

    AssignmentListItem listed() {
        return SignedInAs.call(users, "lead", () -> assignments.list(AssignmentFilter.all(), 0, 10_000)).stream()
                .filter(item -> item.id().equals(article)).findFirst().orElseThrow();
    }

    ArticleState state() {
        return SignedInAs.call(users, "lead", () -> assignments.stateOf(article)).orElseThrow().state();
    }
}
