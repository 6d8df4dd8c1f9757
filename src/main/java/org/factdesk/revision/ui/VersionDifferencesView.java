package org.factdesk.revision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.common.HasUserMessage;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.CarryKind;
import org.factdesk.revision.DifferenceService;
import org.factdesk.revision.RevisionService;
import org.factdesk.revision.VersionDiff;
import org.factdesk.revision.WordDiff;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Two versions of an article side by side (route {@code changes/{id}}, ADR 0029): the version {@code id}
 * against the one before it, or against an earlier one picked above ({@code ?from=ID}). Each row holds the
 * sentences that belong together — the kind (unchanged, wording changed, changed in substance, new,
 * removed; moved), the old side and the new side — with the words changed inside a sentence marked
 * ({@code <del>} on the old side, {@code <ins>} on the new). Every text is set as text: nothing of an
 * article becomes markup.
 */
@Route("changes")
@PermitAll
class VersionDifferencesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Longer comparisons open with only the changes shown (all rows of a long article are many components). */
    static final int ALL_ROWS_UP_TO = 300;

    private final DifferenceService differences;
    private final RevisionService revisions;
    private final ArticleService articles;
    private final Div rows = new Div();
    private final Checkbox onlyChanges = new Checkbox();
    private String title = "";
    private VersionDiff shown;

    VersionDifferencesView(DifferenceService differences, RevisionService revisions, ArticleService articles) {
        this.differences = differences;
        this.revisions = revisions;
        this.articles = articles;
        addClassName("fd-diff");
        rows.addClassName("fd-diff-rows");
        onlyChanges.addClassName("fd-diff-only-changes");
        onlyChanges.addValueChangeListener(e -> {
            if (shown != null) {
                showRows(shown);
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        shown = null;
        ArticleId newer = new ArticleId(id);
        Optional<ArticleVersion> version = revisions.version(newer);
        Anchor back = new Anchor("article/" + id, getTranslation("revread.diff.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("fd-back");
        add(back);
        if (version.isEmpty() || articles.findText(newer).isEmpty()) {
            title = getTranslation("revread.diff.notFound", id);
            add(notice(title));
            return;
        }
        title = getTranslation("revread.diff.title", articles.findText(newer).orElseThrow().title());
        H1 heading = new H1(articles.findText(newer).orElseThrow().title());
        heading.addClassName("fd-diff-title");
        add(heading);
        List<ArticleVersion> earlier = revisions.versions(newer).stream()
                .filter(v -> v.number() < version.get().number()).toList();
        if (earlier.isEmpty()) {
            add(notice(getTranslation("revread.diff.first")));
            return;
        }
        ArticleVersion from = fromParameter(event.getLocation().getQueryParameters(), earlier)
                .orElse(earlier.getLast());
        VersionDiff diff;
        try {
            diff = differences.between(from.articleId(), newer);
        } catch (RuntimeException refused) {
            if (!(refused instanceof HasUserMessage)) {
                throw refused;
            }
            add(notice(((HasUserMessage) refused).userMessage().in(getLocale())));
            return;
        }
        add(choices(earlier, from, version.get()), summary(diff));
        onlyChanges.setLabel(getTranslation("revread.diff.onlyChanges"));
        onlyChanges.setValue(diff.rows().size() > ALL_ROWS_UP_TO);
        add(onlyChanges, rows);
        shown = diff;
        showRows(diff);
    }

    private static Optional<ArticleVersion> fromParameter(QueryParameters query, List<ArticleVersion> earlier) {
        return query.getSingleParameter("from").flatMap(value -> {
            try {
                long from = Long.parseLong(value);
                return earlier.stream().filter(v -> v.articleId().value() == from).findFirst();
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }

    /** "Compare with" (the earlier versions) and the newer version, with a link to read it. */
    private Component choices(List<ArticleVersion> earlier, ArticleVersion from, ArticleVersion to) {
        DateTimeFormatter times = times();
        Select<ArticleVersion> compare = new Select<>();
        compare.addClassName("fd-diff-from");
        compare.setLabel(getTranslation("revread.diff.compare"));
        compare.setItems(earlier);
        compare.setItemLabelGenerator(v -> getTranslation("revread.diff.older", v.number(), times.format(v.createdAt())));
        compare.setValue(from);
        compare.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("changes/" + to.articleId().value(),
                        QueryParameters.of("from", Long.toString(e.getValue().articleId().value())));
            }
        });
        Span heading = new Span(getTranslation("revread.diff.heading", from.number(), to.number()));
        heading.addClassName("fd-diff-heading");
        Anchor read = new Anchor("article/" + to.articleId().value(), getTranslation("revread.diff.readCurrent", to.number()));
        read.getElement().setAttribute("router-link", true);
        read.addClassName("fd-diff-read");
        HorizontalLayout line = new HorizontalLayout(compare, heading, read);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("fd-diff-choices");
        return line;
    }

    private Component summary(VersionDiff diff) {
        Map<CarryKind, Integer> counts = diff.counts();
        Paragraph summary = new Paragraph(diff.hasChanges()
                ? getTranslation("revread.diff.summary", counts.get(CarryKind.UNCHANGED), counts.get(CarryKind.CHANGED),
                        counts.get(CarryKind.SUBSTANCE), counts.get(CarryKind.NEW), counts.get(CarryKind.REMOVED))
                : getTranslation("revread.diff.noChanges"));
        summary.addClassName("fd-diff-summary");
        return summary;
    }

    private void showRows(VersionDiff diff) {
        rows.removeAll();
        rows.add(head(""), head(getTranslation("revread.diff.older", diff.older().number(),
                times().format(diff.older().createdAt()))), head(getTranslation("revread.diff.newer",
                diff.newer().number(), times().format(diff.newer().createdAt()))));
        List<VersionDiff.Row> visible = onlyChanges.getValue() ? diff.changes() : diff.rows();
        for (VersionDiff.Row row : visible) {
            rows.add(row(row));
        }
        rows.getElement().setAttribute("data-rows", Integer.toString(visible.size()));
    }

    private Div head(String text) {
        Div head = new Div(new Span(text));
        head.addClassName("fd-diff-head");
        return head;
    }

    private Div row(VersionDiff.Row row) {
        Div line = new Div();
        line.addClassName("fd-diff-row");
        String kind = row.kind().key();
        line.getElement().setAttribute("data-kind", kind);
        if (row.moved()) {
            line.getElement().setAttribute("data-moved", "");
        }
        Div label = new Div(new Span(getTranslation("revread.diff.kind." + row.kind().name())
                + (row.moved() ? " · " + getTranslation("revread.diff.moved") : "")));
        label.addClassName("fd-diff-kind");
        Div old = side("fd-diff-old", row.oldOrdinals(), row.before(), "del");
        Div fresh = side("fd-diff-new", row.newOrdinals(), row.after(), "ins");
        if (!row.differences().isEmpty()) {
            Span why = new Span(String.join("; ", row.differences()));
            why.addClassName("fd-diff-differences");
            fresh.add(why);
        }
        line.add(label, old, fresh);
        return line;
    }

    /** One side: the sentence numbers, then the text, changed words in {@code changedTag} (as text, escaped). */
    private static Div side(String className, List<Integer> ordinals, List<WordDiff.Segment> segments,
                            String changedTag) {
        Div side = new Div();
        side.addClassName("fd-diff-side");
        side.addClassName(className);
        if (ordinals.isEmpty()) {
            return side;
        }
        Span number = new Span(ordinals.size() == 1 ? ordinals.getFirst().toString()
                : ordinals.getFirst() + "–" + ordinals.getLast());
        number.addClassName("fd-diff-no");
        side.add(number);
        side.getElement().setAttribute("data-ordinals", String.join(",", ordinals.stream().map(String::valueOf).toList()));
        Element text = new Element("span");
        text.getClassList().add("fd-diff-text");
        for (WordDiff.Segment segment : segments) {
            if (segment.changed()) {
                Element changed = new Element(changedTag);
                changed.setText(segment.text());
                text.appendChild(changed);
            } else {
                text.appendChild(Element.createText(segment.text()));
            }
        }
        side.getElement().appendChild(text);
        return side;
    }

    private Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("fd-diff-notice");
        return notice;
    }

    private static DateTimeFormatter times() {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        return BrowserTimeZone.dateTimeFormatter(ui, locale);
    }

    @Override
    public String getPageTitle() {
        return title + " · FactDesk";
    }
}
