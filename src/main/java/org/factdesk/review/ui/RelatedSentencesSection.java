package org.factdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.SentenceId;
import org.factdesk.article.SentenceRef;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.Notifications;
import org.factdesk.review.Adoption;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.HistoryOrigin;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.review.VerdictConflictException;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The side panel's "Related in other articles" (ADR 0020): for the open sentence, the same or nearly the
 * same claim reviewed elsewhere ("Verified in … on … by …", note, evidence, one button and the key
 * {@value #ADOPT_SHORTCUT} to adopt it), differing figures with a link to jump there, and where the
 * sentence's own verdict was adopted from, saying so when that source changed since.
 */
class RelatedSentencesSection extends VerticalLayout {

    static final String ADOPT_SHORTCUT = "c";

    private final ReviewService reviews;
    private final ArticleService articles;
    private final Consumer<SentenceVerdict> onAdopted;
    private final DateTimeFormatter timeFormat;
    private final Div adoption = new Div();
    private final VerticalLayout rows = new VerticalLayout();

    private ArticleId articleId;
    private long sentenceId;
    private int version;
    private Optional<Adoption> adopted = Optional.empty();

    /** {@code onAdopted} gets the stored state of the sentence after an adoption (to show it everywhere). */
    RelatedSentencesSection(ReviewService reviews, ArticleService articles, Consumer<SentenceVerdict> onAdopted) {
        this.reviews = reviews;
        this.articles = articles;
        this.onAdopted = onAdopted;
        addClassName("fd-related");
        setPadding(false);
        setSpacing(false);
        timeFormat = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());
        adoption.addClassName("fd-adoption");
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.addClassName("fd-related-rows");
        add(new H4(getTranslation("related.heading")), adoption, rows);
    }

    /** Shows what relates to this sentence of the article; {@code current} is its stored state (or null). */
    void show(ArticleId article, long sentence, SentenceVerdict current) {
        articleId = article;
        sentenceId = sentence;
        version = current == null ? 0 : current.version();
        showAdoption();
        rows.removeAll();
        List<RelatedSentence> related = reviews.related(articleId, new SentenceId(sentenceId));
        Map<Long, SentenceVerdict> verdicts = reviews.verdictsOfSentences(related.stream()
                .filter(r -> r.relation() != RelatedSentence.Relation.FIGURE_DIFFERS)
                .map(RelatedSentence::sentenceId).toList());
        if (related.isEmpty()) {
            Span none = new Span(getTranslation("related.none"));
            none.addClassName("fd-related-none");
            rows.add(none);
        }
        for (RelatedSentence r : related) {
            rows.add(row(r, verdicts.get(r.sentenceId())));
        }
    }

    private void showAdoption() {
        adoption.removeAll();
        adopted = reviews.adoption(new SentenceId(sentenceId));
        adoption.setVisible(adopted.isPresent());
        adopted.ifPresent(a -> {
            String title = a.source() == null ? "—" : a.source().articleTitle();
            Span from = new Span(getTranslation("related.adoptedFrom", a.source() == null ? 0 : a.source().ordinal(),
                    title));
            from.addClassName("fd-adopted-from");
            adoption.add(from);
            if (a.sourceChanged()) {
                Span changed = new Span(getTranslation("related.sourceChanged",
                        VerdictLabels.symbolAndLabel(this, a.sourceVerdict())));
                changed.addClassName("fd-source-changed");
                changed.getElement().setAttribute("role", "status");
                changed.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                adoption.add(new Div(changed));
                if (a.source() != null) {
                    adoption.add(jump(a.source().articleId(), a.source().ordinal()));
                }
            }
        });
    }

    private Component row(RelatedSentence related, SentenceVerdict verdict) {
        Div row = new Div();
        row.addClassName("fd-related-row");
        row.getElement().setAttribute("data-relation", related.relation().name().toLowerCase().replace('_', '-'));
        row.getStyle().set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        boolean reviewed = verdict != null && verdict.verdict() != null;
        String title = related.articleTitle();
        Div headline = new Div();
        headline.addClassName("fd-related-headline");
        if (related.relation() == RelatedSentence.Relation.FIGURE_DIFFERS) {
            headline.add(new Span(getTranslation("related.figureDiffers", title)));
        } else if (reviewed) {
            // The filter's label: the verdict's name capitalised, as a sentence starts.
            headline.add(new Span(getTranslation("related.reviewedIn", verdict.verdict().symbol() + " "
                    + getTranslation("filter." + verdict.verdict().key()), title, timeFormat.format(verdict.setAt()),
                    verdict.setByDisplayName())));
        } else {
            headline.add(new Span(getTranslation("related.unreviewed", title)));
        }
        row.add(headline);
        Div text = new Div(new Emphasis(related.text()));
        text.addClassName("fd-related-text");
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        row.add(text);
        Span how = new Span(switch (related.relation()) {
            case SAME_CLAIM -> getTranslation("related.same");
            case NEAR_CLAIM -> getTranslation("related.near", Math.round(related.similarity() * 100));
            case FIGURE_DIFFERS -> related.details().isEmpty() ? "" : String.join(" · ", related.details());
        });
        how.addClassName("fd-related-how");
        how.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        row.add(new Div(how));
        if (reviewed) {
            if (verdict.note() != null) {
                Div note = new Div(new Span(getTranslation("related.note", verdict.note())));
                note.addClassName("fd-related-note");
                row.add(note);
            }
            for (EvidenceItem item : verdict.evidence()) {
                Div evidence = new Div(SafeLinks.external(item.url()));
                evidence.addClassName("fd-related-evidence");
                row.add(evidence);
            }
        }
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        boolean adoptedAlready = adopted.filter(a -> a.sourceSentenceId() == related.sentenceId()
                && !a.sourceChanged()).isPresent();
        if (adoptedAlready) {
            Span done = new Span(getTranslation("related.adoptedAlready"));
            done.addClassName("fd-adopted-already");
            actions.add(done);
        } else if (reviewed) {
            Button adopt = new Button(getTranslation("related.adopt", ADOPT_SHORTCUT), VaadinIcon.COPY.create(),
                    e -> adopt(related));
            adopt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            adopt.addClassName("fd-adopt");
            actions.add(adopt);
        }
        actions.add(jump(related.articleId(), related.ordinal()));
        row.add(actions);
        return row;
    }

    /** A link that opens the other article at that sentence (the reader selects {@code #sentence-N}). */
    private Anchor jump(ArticleId article, int ordinal) {
        Anchor link = new Anchor("article/" + article.value() + "#sentence-" + ordinal,
                getTranslation("related.open", ordinal));
        link.addClassName("fd-related-open");
        return link;
    }

    private void adopt(RelatedSentence source) {
        try {
            SentenceVerdict stored = reviews.adopt(articleId, new VerdictChange(sentenceId, version),
                    new SentenceId(source.sentenceId()));
            onAdopted.accept(stored);
            show(articleId, sentenceId, stored);
            Notifications.success(getTranslation("related.adopted", source.articleTitle()));
        } catch (VerdictConflictException conflict) {
            Notifications.error(conflict);
            show(articleId, sentenceId, conflict.current());
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            Notifications.refused(refused);
        }
    }

    /**
     * The history's words for an adopted change ("adopted from sentence N of …"), empty for other changes.
     * The panel asks here for each entry.
     */
    Optional<String> describeOrigin(HistoryEntry entry) {
        return HistoryOrigin.parse(entry.origin())
                .filter(HistoryOrigin.Adopted.class::isInstance)
                .map(HistoryOrigin.Adopted.class::cast)
                .map(adopted -> {
                    SentenceRef source = articles.sentences(List.of(adopted.sourceSentenceId()))
                            .get(adopted.sourceSentenceId());
                    return source == null ? getTranslation("history.adoptedFromUnknown")
                            : getTranslation("history.adoptedFrom", source.ordinal(), source.articleTitle());
                });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The key works while the panel shows this section and the editor is not typing into a field;
        // it presses the first Adopt button (the best reviewed match).
        getElement().executeJs("""
                const section = this;
                if (section.fdAdoptKey) document.removeEventListener('keydown', section.fdAdoptKey);
                section.fdAdoptKey = (e) => {
                  if (!section.isConnected) { document.removeEventListener('keydown', section.fdAdoptKey); return; }
                  if (e.key !== $0 || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
                  if (section.offsetParent === null) return;
                  if (document.querySelector('vaadin-dialog-overlay[opened]')) return;
                  const typing = e.composedPath().some((n) => n instanceof HTMLElement && (n.isContentEditable
                      || n.tagName === 'TEXTAREA' || n.tagName === 'SELECT'
                      || (n.tagName === 'INPUT' && !['radio', 'checkbox', 'button'].includes(n.type))));
                  if (typing) return;
                  const button = section.querySelector('.fd-adopt:not([disabled])');
                  if (!button) return;
                  e.preventDefault();
                  button.click();
                };
                document.addEventListener('keydown', section.fdAdoptKey);""", ADOPT_SHORTCUT);
    }
}
