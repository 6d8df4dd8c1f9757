package org.factdesk.article.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Reads one article as it was written, every sentence numbered (route {@code article/{id}}). */
@Route("article")
@PermitAll
class ArticleReaderView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleService articleService;
    private String title = "";

    ArticleReaderView(ArticleService articleService) {
        this.articleService = articleService;
        addClassName("fd-reader");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("reader.back"), ArticleListView.class);
        back.addClassName("fd-back");
        add(back);
        articleService.findText(new ArticleId(id)).ifPresentOrElse(this::show, () -> {
            title = getTranslation("reader.notFound", id);
            Paragraph notFound = new Paragraph(title);
            notFound.addClassName("fd-not-found");
            add(notFound);
        });
    }

    private void show(ArticleText article) {
        title = article.title();
        H1 heading = new H1(article.title());
        heading.addClassName("fd-reader-title");
        DateTimeFormatter importedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Paragraph meta = new Paragraph(getTranslation("reader.meta", article.sentenceCount(),
                article.paragraphCount(), article.sourceName(), importedAt.format(article.importedAt())));
        meta.addClassName("fd-reader-meta");
        ArticleTextElement text = new ArticleTextElement();
        text.show(article);
        add(heading, meta, text);
    }

    @Override
    public String getPageTitle() {
        return title + " · FactDesk";
    }
}
