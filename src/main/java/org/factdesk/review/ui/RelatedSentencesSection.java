package org.factdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The side panel's "Related in other articles" (ADR 0020): for the open sentence, the same or nearly the
 * same claim reviewed elsewhere ("Verified in … on … by …", note, evidence, one button and the key
 * {@value #ADOPT_SHORTCUT} to adopt it), differing figures with a link to jump there, and where the
 * sentence's own verdict was adopted from, saying so when that source changed since.
 */
class RelatedSentencesSection extends VerticalLayout {

    static final String ADOPT_SHORTCUT = "c";

    /** How many sentences' look-ups the section keeps (per reader, so per editor and article). */
    static final int CACHED = 200;

    private static final Logger LOG = LoggerFactory.getLogger(RelatedSentencesSection.class);

    private final ReviewService reviews;
    private final ArticleService articles;
    private final Consumer<SentenceVerdict> onAdopted;
    private final LongSupplier freshness;
    /** Look-ups by sentence id, the least recently shown dropped first; valid while {@link #freshness} is unchanged. */
    private final Map<Long, Loaded> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Loaded> eldest) {
            return size() > CACHED;
        }
    };
    /** The sentence to look up next (the latest move while a look-up ran), or null. */
    private Request wanted;
    private boolean lookingUp;
    private final DateTimeFormatter timeFormat;
    private final Div adoption = new Div();
    private final VerticalLayout rows = new VerticalLayout();

    private ArticleId articleId;
    private long sentenceId;
    private int version;
    private Optional<Adoption> adopted = Optional.empty();

    /**
     * {@code onAdopted} gets the stored state of the sentence after an adoption (to show it everywhere);
     * {@code freshness} changes whenever a verdict change was committed or an article imported (anywhere),
     * which makes every kept look-up stale.
     */
    RelatedSentencesSection(ReviewService reviews, ArticleService articles, Consumer<SentenceVerdict> onAdopted,
                            LongSupplier freshness) {
        this.reviews = reviews;
        this.articles = articles;
        this.onAdopted = onAdopted;
        this.freshness = freshness;
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

    /**
     * Shows what relates to this sentence of the article; {@code current} is its stored state (or null).
     * The look-up runs after the panel has been shown (following the selection never waits for it): the
     * section says it is looking, and the answer arrives by server push. One look-up runs at a time; moves
     * made meanwhile are looked up as one, the latest. A sentence looked up before is shown at once unless
     * a verdict changed or an article was imported since.
     */
    void show(ArticleId article, long sentence, SentenceVerdict current) {
        articleId = article;
        sentenceId = sentence;
        version = current == null ? 0 : current.version();
        Loaded kept = cache.get(sentence);
        if (kept != null && kept.articleId().equals(article) && kept.freshness() == freshness.getAsLong()) {
            wanted = null;
            render(kept);
            return;
        }
        UI ui = UI.getCurrent();
        if (ui == null) { // not in a browser's request (nothing to push to): look it up here
            render(lookUp(new Request(article, sentence), freshness.getAsLong()));
            return;
        }
        showLookingUp();
        wanted = new Request(article, sentence);
        if (!lookingUp) {
            startLookUp(ui);
        }
    }

    /** The open sentence ("Related in other articles" shows it), as a look-up asks for it. */
    private record Request(ArticleId articleId, long sentenceId) {
    }

    /** One sentence's look-up: where its verdict came from, the related sentences and their verdicts. */
    private record Loaded(ArticleId articleId, long sentenceId, long freshness, Optional<Adoption> adoption,
                          List<RelatedSentence> related, Map<Long, SentenceVerdict> verdicts) {
    }

    private Loaded lookUp(Request request, long atFreshness) {
        Optional<Adoption> adoption = reviews.adoption(new SentenceId(request.sentenceId()));
        List<RelatedSentence> related = reviews.related(request.articleId(), new SentenceId(request.sentenceId()));
        Map<Long, SentenceVerdict> verdicts = reviews.verdictsOfSentences(related.stream()
                .filter(r -> r.relation() != RelatedSentence.Relation.FIGURE_DIFFERS)
                .map(RelatedSentence::sentenceId).toList());
        return new Loaded(request.articleId(), request.sentenceId(), atFreshness, adoption, related, verdicts);
    }

    /** Runs the wanted look-up off the UI thread, as the signed-in user; the answer comes back by push. */
    private void startLookUp(UI ui) {
        Request request = wanted;
        wanted = null;
        lookingUp = true;
        // Read before the look-up: a change committed while it runs leaves the answer stale for the cache.
        long atFreshness = freshness.getAsLong();
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            Loaded loaded = null;
            try {
                loaded = lookUp(request, atFreshness);
            } catch (RuntimeException failed) {
                LOG.error("Could not look up the sentences related to sentence {} of article {}",
                        request.sentenceId(), request.articleId(), failed);
            }
            Loaded answer = loaded;
            try {
                ui.access(() -> lookedUp(ui, request, answer));
            } catch (UIDetachedException left) {
                // The reader was closed meanwhile: nobody waits for the answer.
            }
        }, SecurityContextHolder.getContext());
        Thread.ofVirtual().name("factdesk-related-", 0).start(task);
    }

    /** With the UI locked: keeps the answer, shows it if the panel still shows that sentence, starts the next. */
    private void lookedUp(UI ui, Request request, Loaded answer) {
        lookingUp = false;
        if (answer != null) {
            cache.put(request.sentenceId(), answer);
        }
        boolean stillShown = request.articleId().equals(articleId) && request.sentenceId() == sentenceId;
        if (stillShown && (wanted == null || wanted.equals(request))) {
            wanted = null;
            if (answer == null) {
                showFailed();
            } else {
                render(answer);
            }
        }
        if (wanted != null) {
            startLookUp(ui);
        }
    }

    private void showLookingUp() {
        // The last sentence's rows go at once: its Adopt button (and c) must not act on the new sentence.
        adopted = Optional.empty();
        adoption.removeAll();
        adoption.setVisible(false);
        rows.removeAll();
        Span looking = new Span(getTranslation("related.lookingUp"));
        looking.addClassName("fd-related-looking");
        looking.getElement().setAttribute("role", "status");
        rows.add(looking);
        getElement().setAttribute("aria-busy", "true");
    }

    private void showFailed() {
        rows.removeAll();
        Span failed = new Span(getTranslation("related.failed"));
        failed.addClassName("fd-related-failed");
        rows.add(failed);
        getElement().removeAttribute("aria-busy");
    }

    private void render(Loaded loaded) {
        getElement().removeAttribute("aria-busy");
        showAdoption(loaded.adoption());
        rows.removeAll();
        if (loaded.related().isEmpty()) {
            Span none = new Span(getTranslation("related.none"));
            none.addClassName("fd-related-none");
            rows.add(none);
        }
        for (RelatedSentence r : loaded.related()) {
            rows.add(row(r, loaded.verdicts().get(r.sentenceId())));
        }
    }

    private void showAdoption(Optional<Adoption> shown) {
        adoption.removeAll();
        adopted = shown;
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
