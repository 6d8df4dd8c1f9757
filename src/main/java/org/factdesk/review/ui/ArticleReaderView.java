package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.SentenceId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.IncompleteReviewException;
import org.factdesk.common.HasUserMessage;
import org.factdesk.common.ui.ArticleExportDialog;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.Notifications;
import org.factdesk.review.MarkOutcome;
import org.factdesk.review.ReaderPresence;
import org.factdesk.review.ReviewProgress;
import org.factdesk.review.ReviewService;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Suggestion;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.review.VerdictConflictException;
import org.factdesk.review.VerdictRejectedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and reviews one article sentence by sentence (route {@code article/{id}}): the text as
 * one client-side element, a progress bar with counts per verdict, a filter, and a side panel
 * for notes, evidence and history. Open suggestions (promotional blocks, no claim) are shown on the
 * sentences and accepted or dismissed like marks; "check-worthy first" makes Space follow the
 * check-worthiness. Changes by others arrive by server push.
 */
@Route("article")
@PermitAll
class ArticleReaderView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReaderView.class);

    /** All, unreviewed, then one filter per verdict (its key, as the element's {@code data-verdict}). */
    private static final List<String> FILTERS = Stream.concat(Stream.of("all", "unreviewed"),
            Verdict.keys().stream()).toList();
    /** The filters above, then who set the verdict: the signed-in user, or someone else (ADR 0027), then open discussion (ADR 0028). */
    private static final List<String> FILTERS_WITH_AUTHORS = Stream.concat(FILTERS.stream(),
            Stream.of("mine", "others", "discussion", "carried")).toList();

    private final ArticleService articleService;
    private final ReviewService reviewService;
    private final ReviewBroadcaster broadcaster;
    private final AssignmentService assignmentService;
    private final CurrentUser currentUser;
    private final ObjectProvider<ArticleExportDialog> exportDialog;
    private final WorkflowBar workflowBar;
    private final Duration saveTimeout;

    private final ArticleTextElement text = new ArticleTextElement();
    private final SentencePanel panel;
    private final RelatedSentencesSection related;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final VerdictCounts counts = new VerdictCounts();
    private final ShortcutSheet shortcutSheet = new ShortcutSheet();
    private final Checkbox checkworthyFirst = new Checkbox();

    private final H1 heading = new H1();
    private final Div details = new Div();

    private ArticleId articleId;
    private String title = "";
    private ArticleMetadata metadata = ArticleMetadata.NONE;
    private Verdict preselectOnOpen;
    private Registration pushSubscription;
    private ReaderDiscussion discussion;
    private ReaderRevisions revisions;

    // Undo, presence and the workflow in the reader (ADR 0027).
    private final ReaderPresence presence;
    private final PresenceBar presenceBar = new PresenceBar();
    private final UndoSteps undoSteps = new UndoSteps();
    private final Button undoButton = new Button();
    private final Button redoButton = new Button();
    private Registration presenceSubscription;

    ArticleReaderView(ArticleService articleService, ReviewService reviewService, ReviewBroadcaster broadcaster,
                      AssignmentService assignmentService, CurrentUser currentUser,
                      ObjectProvider<ArticleExportDialog> exportDialog, ReaderPresence presence,
                      @Value("${factdesk.reader.save-timeout:10s}") Duration saveTimeout) {
        this.saveTimeout = saveTimeout;
        this.articleService = articleService;
        this.reviewService = reviewService;
        this.broadcaster = broadcaster;
        this.assignmentService = assignmentService;
        this.currentUser = currentUser;
        this.exportDialog = exportDialog;
        this.presence = presence;
        workflowBar = new WorkflowBar(this::confirmSubmit);
        workflowBar.onLeadDecisions(this::confirmApprove, this::confirmReturn);
        addClassName("fd-reader");
        panel = new SentencePanel(this::save, this::closePanel, text::decideSuggestion);
        panel.setVisible(false);
        related = new RelatedSentencesSection(reviewService, articleService, this::adopted, broadcaster::changeCount);
        panel.addSection(related);
        text.onMark(this::mark);
        text.onSuggestion(this::decide);
        text.onOrderToggle(checkworthyFirst::setValue);
        text.onOpen(this::open);
        text.onFollow(this::follow);
        text.onRange(this::showRange);
        text.onOpenInRange(opened -> panel.showOneOfRange(opened.from(), opened.to(), opened.ordinal()));
        text.onDraft(this::restoreDraft);
        text.onLeave(this::leaveWithDraft);
        panel.onRangeSave(this::saveRange);
        text.onClose(this::closePanel);
        text.onHelp(shortcutSheet::open);
        text.onUndo(this::undoOrRedo);
        text.onConfirmCarried(this::confirmCarried);
        panel.addHistoryDecorator(new HistoryActions(panel,
                () -> articleId != null && !workflowBar.isReadOnlyState(), this::restore));
    }

    /** The threads in the side panel and the article's thread in the toolbar (ADR 0028). */
    @org.springframework.beans.factory.annotation.Autowired
    void useDiscussion(ReaderDiscussion readerDiscussion) {
        discussion = readerDiscussion;
        panel.add(discussion.sentenceSection());
    }

    /** "Check the source for a new version" among the details, for leads (ADR 0029); absent without revisions. */
    private org.factdesk.common.ui.ArticleSourceCheck sourceCheck;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void useSourceCheck(org.factdesk.common.ui.ArticleSourceCheck check) {
        sourceCheck = check;
    }

    /** Versions, carried marks and their confirmation (issue 15, ADR 0029). */
    @org.springframework.beans.factory.annotation.Autowired
    void useRevisions(ReaderRevisions readerRevisions) {
        revisions = readerRevisions;
        panel.addBelowSentence(revisions.panelSection());
        panel.addHistoryDecorator(revisions.historyWords());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        // Vaadin reuses this view when navigating from one article to another: start afresh.
        if (pushSubscription != null) {
            pushSubscription.remove();
            pushSubscription = null;
        }
        leavePresence();
        undoSteps.clear();
        removeAll();
        Anchor back = new Anchor("", getTranslation("reader.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("fd-back");
        add(back);
        articleId = new ArticleId(id);
        workflowBar.linkSentencesTo("article/" + id);
        articleService.findText(articleId).ifPresentOrElse(this::show, () -> {
            title = getTranslation("reader.notFound", id);
            Paragraph notFound = new Paragraph(title);
            notFound.addClassName("fd-not-found");
            add(notFound);
            articleId = null;
        });
    }

    private void show(ArticleText article) {
        title = article.title();
        metadata = article.metadata();
        heading.setText(article.title());
        heading.addClassName("fd-reader-title");
        DateTimeFormatter importedAt = BrowserTimeZone.dateTimeFormatter(UI.getCurrent(), getLocale());
        // A web import's source name is its address, shown above with the details already.
        boolean sourceShown = article.sourceName().equals(article.sourceUrl());
        Paragraph meta = new Paragraph(sourceShown
                ? getTranslation("reader.metaFromSource", article.sentenceCount(), article.paragraphCount(),
                        importedAt.format(article.importedAt()))
                : getTranslation("reader.meta", article.sentenceCount(), article.paragraphCount(), article.sourceName(),
                        importedAt.format(article.importedAt())));
        meta.addClassName("fd-reader-meta");

        text.show(article, reviewService.verdictsOf(articleId), reviewService.suggestions(articleId),
                discussion.sentenceDiscussions(articleId), elementMessages(), saveTimeout);
        checkworthyFirst.setValue(false);
        Div textColumn = new Div(text);
        textColumn.addClassName("fd-text-column");
        HorizontalLayout body = new HorizontalLayout(textColumn, panel);
        body.addClassName("fd-reader-body");
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        body.setFlexGrow(1, textColumn);

        showDetails();
        add(presenceBar, revisions.bar(), heading, details, meta, workflowBar, toolbar(), body);
        revisions.start(this, articleId, text);
        currentUser.get().ifPresent(me -> text.setMe(me.username()));
        enterPresence();
        text.watchPanel(panel);
        currentUser.get().ifPresent(user -> text.useDrafts(
                "factdesk.draft:" + user.username() + ":" + articleId.value() + ":"));
        text.setToolTexts(toolTexts());
        pushSubscription = broadcaster.whileAttached(this, articleId, changed -> {
            // The panel keeps the version it showed: saving over a colleague's change is refused and
            // shows both texts, rather than changing the fields under the editor's eyes.
            text.applyVerdicts(changed.changed());
            revisions.refreshMarks(changed.changed().stream().map(SentenceVerdict::sentenceId).toList());
            updateProgress();
        }, decided -> {
            // Decided, or open again after an undo: the stored state of these sentences' suggestions.
            text.applySuggestions(openSuggestions(decided.sentenceIds()));
            if (panel.isVisible() && decided.sentenceIds().contains(panel.sentenceId())) {
                panel.showSuggestion(suggestionOf(panel.sentenceId()));
            }
        });
        Registration verdictsLive = pushSubscription;
        Registration missedLive = broadcaster.missedWhileAttached(this, articleId, this::reloadAfterMissedUpdates);
        pushSubscription = () -> {
            verdictsLive.remove();
            missedLive.remove();
        };
        discussion.start(this, articleId, text);
        assignmentService.markSeen(articleId);
        updateProgress();
        updateWorkflow();
    }

    /**
     * Where, by whom and when the article was published, each only when known; leads and admins get
     * the action to correct them (the service checks the role again).
     */
    private void showDetails() {
        details.removeAll();
        details.addClassName("fd-reader-details");
        if (metadata.sourceUrl() != null) {
            details.add(detail("source", SafeLinks.external(metadata.sourceUrl())));
        }
        if (metadata.outlet() != null) {
            details.add(detail("outlet", new Span(metadata.outlet())));
        }
        if (metadata.author() != null) {
            details.add(detail("author", new Span(metadata.author())));
        }
        if (metadata.publishedOn() != null) {
            details.add(detail("published", new Span(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale()).format(metadata.publishedOn()))));
        }
        if (currentUser.get().filter(user -> user.role() != AppRoles.EDITOR).isPresent()) {
            Button edit = new Button(getTranslation("reader.details.edit"), VaadinIcon.EDIT.create(),
                    e -> new ArticleDetailsDialog(metadata, typed -> articleService.updateMetadata(articleId, typed),
                            this::detailsSaved).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.addClassName("fd-edit-details");
            details.add(edit);
        }
        if (sourceCheck != null) {
            sourceCheck.button(articleId.value(), metadata.sourceUrl()).ifPresent(details::add);
        }
    }

    private Span detail(String key, Component value) {
        Span label = new Span(getTranslation("reader.details." + key));
        label.addClassName("fd-detail-label");
        value.getElement().getClassList().add("fd-detail-value");
        Span detail = new Span(label, value);
        detail.addClassName("fd-detail");
        detail.addClassName("fd-detail-" + key);
        return detail;
    }

    private void detailsSaved(ArticleMetadata stored) {
        metadata = stored;
        title = stored.title();
        heading.setText(stored.title());
        showDetails();
        UI.getCurrent().getPage().setTitle(getPageTitle());
        Notifications.success(getTranslation("reader.details.saved"));
    }

    /** The texts the element says itself (it may have to when the server does not answer). */
    private Map<String, String> elementMessages() {
        // Patterns with {0} for the sentence numbers: the element fills them in.
        Map<String, String> messages = new HashMap<>(Map.of("notSavedOne", getTranslation("reader.notSaved.one"),
                "notSavedMany", getTranslation("reader.notSaved.many"),
                "savedLateOne", getTranslation("reader.savedLate.one"),
                "savedLateMany", getTranslation("reader.savedLate.many"),
                "noAnswer", getTranslation("reader.noAnswer"),
                "leaveUnsaved", getTranslation("reader.leaveUnsaved"),
                "noSuggestion", getTranslation("reader.noSuggestion")));
        messages.putAll(whoSetItMessages());
        return messages;
    }

    /** The element's texts for "who set it" (ADR 0027); the locale formats the time as the UI does. */
    private Map<String, String> whoSetItMessages() {
        return Map.of("verdictBy", getTranslation("reader.verdictBy"),
                "sentenceLabel", getTranslation("reader.sentenceLabel"),
                "locale", getLocale() == null ? "en" : getLocale().toLanguageTag());
    }

    private HorizontalLayout toolbar() {
        progressBar.addClassName("fd-progress");
        progressBar.setWidth("12rem");
        progressText.addClassName("fd-progress-text");

        Select<String> filter = new Select<>();
        filter.addClassName("fd-filter");
        filter.setAriaLabel(getTranslation("reader.filter"));
        filter.setItems(FILTERS_WITH_AUTHORS);
        filter.setItemLabelGenerator(value -> getTranslation("filter." + value));
        filter.setValue("all");
        filter.addValueChangeListener(e -> text.setFilter(e.getValue()));

        // With it on, Space walks the unreviewed sentences from the most check-worthy down.
        checkworthyFirst.setLabel(getTranslation("reader.checkworthyFirst"));
        checkworthyFirst.setTooltipText(getTranslation("reader.checkworthyFirst.tooltip",
                ArticleTextElement.ORDER_SHORTCUT));
        checkworthyFirst.addClassName("fd-checkworthy-first");
        checkworthyFirst.addValueChangeListener(e -> text.setOrderByCheckworthiness(e.getValue()));

        Button help = new Button(getTranslation("reader.shortcuts"), VaadinIcon.KEYBOARD.create(),
                e -> shortcutSheet.open());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        help.addClassName("fd-help");

        // Shown by the stylesheet while a mark is pending (the element sets data-saving), without a round trip.
        Span saving = new Span(getTranslation("reader.saving"));
        saving.addClassName("fd-save-state");
        saving.getElement().setAttribute("role", "status");

        HorizontalLayout toolbar = new HorizontalLayout(progressBar, progressText, saving, counts, filter,
                checkworthyFirst, help, undoControls(), discussion.articleButton());
        exportDialog.ifAvailable(dialog -> {
            Button export = new Button(getTranslation("export.button"), VaadinIcon.DOWNLOAD_ALT.create(),
                    e -> dialog.open(articleId.value(), title));
            export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            export.addClassName("fd-export");
            toolbar.add(export);
        });
        toolbar.addClassName("fd-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        return toolbar;
    }

    /** Stores a mark and answers it with the stored state of its sentences, and why not when refused. */
    private void mark(ArticleTextElement.MarkRequest request) {
        List<VerdictChange> changes = request.changes();
        List<Long> ids = changes.stream().map(VerdictChange::sentenceId).toList();
        MarkOutcome outcome;
        try {
            outcome = reviewService.markAndCount(articleId, changes, request.verdict());
        } catch (VerdictRejectedException rejected) {
            refuse(request, ids, Notifications.reason(rejected), "warning");
            if (ids.size() == 1) {
                // A verdict that needs a note or evidence: open the panel to add it.
                preselectOnOpen = request.verdict();
                text.selectSentence(ids.getFirst());
                text.getElement().executeJs("this.open()");
            }
            return;
        } catch (VerdictConflictException | AccessDeniedException refused) {
            refuse(request, ids, reason(refused), "error");
            return;
        } catch (RuntimeException failed) {
            // Not a refusal the editor can act on (e.g. the database is gone): say the mark is not saved.
            LOG.error("Could not store a mark of {} sentence(s) in article {}", ids.size(), articleId, failed);
            refuse(request, ids, getTranslation("reader.saveFailed"), "error");
            return;
        }
        // Stored (committed): from here on the answer is "saved", whatever else happens.
        List<SentenceVerdict> stored = outcome.stored();
        text.settleMark(request.seq(), stored, List.of(), null);
        recordUndo(stored);
        if (panel.isVisible() && stored.stream().anyMatch(verdict -> verdict.sentenceId() == panel.sentenceId())) {
            stored.forEach(panel::storedChanged);
            text.panelStored(panel.storedJson());
        }
        showProgress(outcome.progress());
        if (workflowBar.mayChangeWithVerdicts()) {
            updateWorkflow();
        }
    }

    /**
     * Accepts or dismisses the open suggestions of a run of sentences (one call, one transaction) and
     * answers with the stored state of their verdicts and suggestions; refused as a whole like a mark.
     */
    private void decide(ArticleTextElement.SuggestionRequest request) {
        List<Long> ids = request.sentenceIds();
        List<SentenceVerdict> stored;
        try {
            if (request.action() == ArticleTextElement.SuggestionAction.ACCEPT) {
                stored = reviewService.acceptSuggestions(articleId, request.changes());
            } else {
                reviewService.dismissSuggestions(articleId, ids);
                stored = List.of(); // verdicts stay as the element last had them confirmed
            }
        } catch (VerdictRejectedException rejected) {
            refuseDecision(request, Notifications.reason(rejected), "warning");
            return;
        } catch (VerdictConflictException | AccessDeniedException refused) {
            refuseDecision(request, reason(refused), "error");
            return;
        } catch (RuntimeException failed) {
            LOG.error("Could not store a decision on the suggestions of {} sentence(s) in article {}", ids.size(),
                    articleId, failed);
            refuseDecision(request, getTranslation("reader.saveFailed"), "error");
            return;
        }
        // Stored (committed): the other readers heard it from the service's SuggestionsDecided.
        if (request.action() == ArticleTextElement.SuggestionAction.ACCEPT) {
            recordUndo(stored);
        }
        Map<Long, Verdict> decided = new HashMap<>();
        ids.forEach(id -> decided.put(id, null));
        text.settleMark(request.seq(), stored, List.of(), null, decided);
        if (panel.isVisible() && ids.contains(panel.sentenceId())) {
            long shown = panel.sentenceId();
            panel.showSuggestion(null);
            // An accepted one changed the verdict: the panel continues from the stored state and version.
            stored.stream().filter(v -> v.sentenceId() == shown).findFirst().ifPresent(verdict -> {
                panel.fill(verdict);
                panel.showHistory(reviewService.history(new SentenceId(shown)));
                text.panelSaved();
            });
        }
        updateProgress();
        if (workflowBar.mayChangeWithVerdicts()) {
            updateWorkflow();
        }
    }

    /**
     * Confirms the verdicts carried into sentences whose wording changed (issue 15, ADR 0029) and answers
     * like a mark: the stored state (one version up: the history records the confirmation), or why not.
     */
    private void confirmCarried(ArticleTextElement.ConfirmRequest request) {
        List<Long> ids = request.sentenceIds();
        try {
            revisions.confirm(ids);
        } catch (VerdictRejectedException rejected) {
            settleRefused(request.seq(), ids, Notifications.reason(rejected), "warning");
            return;
        } catch (VerdictConflictException | AccessDeniedException refused) {
            settleRefused(request.seq(), ids, reason(refused), "error");
            return;
        } catch (RuntimeException failed) {
            LOG.error("Could not confirm the carried verdicts of {} sentence(s) in article {}", ids.size(), articleId,
                    failed);
            settleRefused(request.seq(), ids, getTranslation("reader.saveFailed"), "error");
            return;
        }
        Map<Long, SentenceVerdict> stored = reviewService.verdictsOfSentences(ids);
        text.settleMark(request.seq(), ids.stream().filter(stored::containsKey).map(stored::get).toList(),
                ids.stream().filter(id -> !stored.containsKey(id)).toList(), null);
        if (panel.isVisible() && !panel.isRange() && stored.containsKey(panel.sentenceId())) {
            SentenceVerdict now = stored.get(panel.sentenceId());
            panel.storedChanged(now); // the panel continues from the confirmed version
            text.panelStored(panel.storedJson());
            panel.showHistory(reviewService.history(new SentenceId(now.sentenceId())));
        }
        Notifications.success(getTranslation("revread.confirmed", ids.size()));
        updateProgress();
        if (workflowBar.mayChangeWithVerdicts()) {
            updateWorkflow();
        }
    }

    /** Answers a confirmation that was not stored with the stored state of its sentences and the reason. */
    private void settleRefused(int seq, List<Long> ids, String reason, String kind) {
        ArticleTextElement.Refusal refusal = new ArticleTextElement.Refusal(reason, kind);
        try {
            Map<Long, SentenceVerdict> stored = reviewService.verdictsOfSentences(ids);
            text.settleMark(seq, ids.stream().filter(stored::containsKey).map(stored::get).toList(),
                    ids.stream().filter(id -> !stored.containsKey(id)).toList(), refusal);
        } catch (RuntimeException unreadable) {
            LOG.error("Could not read the stored state of {} sentence(s) in article {}", ids.size(), articleId,
                    unreadable);
            text.settleMark(seq, List.of(), List.of(), refusal);
        }
    }

    /** Answers a decision that was not stored: the stored verdicts and the suggestions still open. */
    private void refuseDecision(ArticleTextElement.SuggestionRequest request, String reason, String kind) {
        List<Long> ids = request.sentenceIds();
        ArticleTextElement.Refusal refusal = new ArticleTextElement.Refusal(reason, kind);
        Map<Long, SentenceVerdict> stored;
        Map<Long, Verdict> open;
        try {
            stored = reviewService.verdictsOfSentences(ids);
            open = openSuggestions(ids);
        } catch (RuntimeException unreadable) {
            // The element then returns to the state it last had confirmed.
            LOG.error("Could not read the stored state of {} sentence(s) in article {}", ids.size(), articleId,
                    unreadable);
            text.settleMark(request.seq(), List.of(), List.of(), refusal);
            return;
        }
        text.settleMark(request.seq(), ids.stream().filter(stored::containsKey).map(stored::get).toList(),
                ids.stream().filter(id -> !stored.containsKey(id)).toList(), refusal, open);
    }

    /** Per sentence, the verdict its open suggestion proposes (null: none open). */
    private Map<Long, Verdict> openSuggestions(Collection<Long> sentenceIds) {
        Map<Long, Verdict> open = new HashMap<>();
        sentenceIds.forEach(id -> open.put(id, null));
        for (Suggestion suggestion : reviewService.suggestions(articleId)) {
            Verdict proposed = ArticleTextElement.openSuggestion(suggestion);
            if (proposed != null && open.containsKey(suggestion.sentenceId())) {
                open.put(suggestion.sentenceId(), proposed);
            }
        }
        return open;
    }

    /** The assistance for one sentence, or null when it has none. */
    private Suggestion suggestionOf(long sentenceId) {
        return reviewService.suggestions(articleId).stream().filter(s -> s.sentenceId() == sentenceId)
                .findFirst().orElse(null);
    }

    /** Answers a mark that was not stored: the element shows the stored state again and names the sentences. */
    private void refuse(ArticleTextElement.MarkRequest request, List<Long> ids, String reason, String kind) {
        ArticleTextElement.Refusal refusal = new ArticleTextElement.Refusal(reason, kind);
        Map<Long, SentenceVerdict> stored;
        try {
            stored = reviewService.verdictsOfSentences(ids);
        } catch (RuntimeException unreadable) {
            // The element then returns to the state it last had confirmed.
            LOG.error("Could not read the stored state of {} sentence(s) in article {}", ids.size(), articleId,
                    unreadable);
            text.settleMark(request.seq(), List.of(), List.of(), refusal);
            return;
        }
        text.settleMark(request.seq(), ids.stream().filter(stored::containsKey).map(stored::get).toList(),
                ids.stream().filter(id -> !stored.containsKey(id)).toList(), refusal);
        updateProgress();
    }

    private void open(ArticleTextElement.OpenRequest sentence) {
        if (panel.isVisible() && !panel.isRange() && panel.sentenceId() == sentence.sentenceId() && panel.hasDraft()) {
            // Already shown, with input not saved yet: keep it (a double-click, Enter again).
            panel.preselectFocus(preselectOnOpen);
            preselectOnOpen = null;
            return;
        }
        if (panel.isVisible() && panel.hasDraft()) {
            askAboutDraft(() -> open(sentence), this::stayOnPanel);
            return;
        }
        showInPanel(sentence, panel::show);
        panel.setVisible(true);
        text.panelShown(panel.storedJson());
        if (preselectOnOpen != null) {
            panel.preselect(preselectOnOpen);
            preselectOnOpen = null;
        }
    }

    private Optional<SentenceVerdict> save(SentencePanel.SaveRequest request) {
        try {
            SentenceVerdict saved = reviewService.save(articleId,
                    new VerdictChange(request.sentenceId(), request.expectedVersion()), request.verdict(),
                    request.note(), request.evidence());
            text.applyVerdicts(List.of(saved));
            recordUndo(List.of(saved));
            text.panelStored(PanelDraft.of(saved).toJson());
            panel.showHistory(reviewService.history(new SentenceId(request.sentenceId())));
            related.show(articleId, request.sentenceId(), saved);
            updateProgress();
            if (workflowBar.mayChangeWithVerdicts()) {
                updateWorkflow();
            }
            Notifications.success(getTranslation("panel.saved"));
            return Optional.of(saved);
        } catch (VerdictConflictException conflict) {
            panel.showError(Notifications.reason(conflict));
            // The editor's text stays in the fields, the colleague's beside it: merge, save again.
            panel.showConflict(conflict.current());
            text.panelStored(panel.storedJson());
            panel.showHistory(reviewService.history(new SentenceId(request.sentenceId())));
            refresh(List.of(request.sentenceId()));
            Notifications.error(conflict);
            return Optional.empty();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            panel.showError(reason(refused));
            return Optional.empty();
        }
    }

    /** Shows a verdict adopted in the panel's related section in the text, the panel and the progress. */
    private void adopted(SentenceVerdict stored) {
        text.applyVerdicts(List.of(stored));
        recordUndo(List.of(stored));
        panel.fill(stored);
        text.panelSaved();
        panel.showHistory(reviewService.history(new SentenceId(stored.sentenceId())));
        updateProgress();
        if (workflowBar.mayChangeWithVerdicts()) {
            updateWorkflow();
        }
    }

    /** The service's reason when it gave one; a bare role check's refusal says the verdicts may not change. */
    private String reason(RuntimeException refused) {
        return refused instanceof AccessDeniedException && !(refused instanceof HasUserMessage)
                ? getTranslation("reader.notAllowed") : Notifications.reason(refused);
    }

    // --- undo and redo, restore (ADR 0027) -------------------------------------------------------

    private HorizontalLayout undoControls() {
        undoButton.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        undoButton.setText(getTranslation("reader.undo"));
        undoButton.setTooltipText(getTranslation("reader.undo.tooltip", getTranslation("reader.undo.shortcut")));
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undoButton.addClassName("fd-undo");
        undoButton.addClickListener(e -> text.requestUndo(false));
        redoButton.setIcon(VaadinIcon.ARROW_FORWARD.create());
        redoButton.setText(getTranslation("reader.redo"));
        redoButton.setTooltipText(getTranslation("reader.redo.tooltip", getTranslation("reader.redo.shortcut")));
        redoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        redoButton.addClassName("fd-redo");
        redoButton.addClickListener(e -> text.requestUndo(true));
        updateUndoButtons();
        HorizontalLayout controls = new HorizontalLayout(undoButton, redoButton);
        controls.setSpacing(false);
        controls.addClassName("fd-undo-controls");
        return controls;
    }

    private void updateUndoButtons() {
        // Read only (helper panel): nothing to undo there, the service would refuse it anyway.
        undoButton.setEnabled(readOnlyReason == null && undoSteps.canUndo());
        redoButton.setEnabled(readOnlyReason == null && undoSteps.canRedo());
    }

    /** A change of the user's own, stored: the next undo step (a new change makes redo impossible). */
    private void recordUndo(List<SentenceVerdict> stored) {
        undoSteps.done(stored.stream().map(v -> new VerdictChange(v.sentenceId(), v.version())).toList());
        updateUndoButtons();
    }

    /** Undoes (or redoes) the user's last step as a new change; refused when someone changed a sentence since. */
    private void undoOrRedo(boolean redo) {
        Optional<List<VerdictChange>> next = redo ? undoSteps.nextRedo() : undoSteps.nextUndo();
        if (next.isEmpty()) {
            Notifications.warning(getTranslation(redo ? "reader.nothingToRedo" : "reader.nothingToUndo"));
            return;
        }
        List<VerdictChange> step = next.get();
        List<Long> ids = step.stream().map(VerdictChange::sentenceId).toList();
        try {
            List<SentenceVerdict> stored = redo ? reviewService.redo(articleId, step)
                    : reviewService.undo(articleId, step);
            List<VerdictChange> produced = stored.stream()
                    .map(v -> new VerdictChange(v.sentenceId(), v.version())).toList();
            if (redo) {
                undoSteps.redone(produced);
            } else {
                undoSteps.undone(produced);
            }
            text.applyVerdicts(stored);
            // An accepted suggestion undone is open again (redone, accepted again): this reader is not told by
            // the broadcast it sends the others.
            text.applySuggestions(openSuggestions(ids));
            text.selectSentence(ids.getFirst());
            if (panel.isVisible() && ids.contains(panel.sentenceId())) {
                long shown = panel.sentenceId();
                stored.stream().filter(v -> v.sentenceId() == shown).findFirst().ifPresent(verdict -> {
                    panel.fill(verdict);
                    panel.showHistory(reviewService.history(new SentenceId(shown)));
                    panel.showSuggestion(suggestionOf(shown));
                    text.panelSaved();
                });
            }
            updateProgress();
            if (workflowBar.mayChangeWithVerdicts()) {
                updateWorkflow();
            }
            Notifications.success(getTranslation(redo ? "reader.redone" : "reader.undone", ids.size()));
        } catch (VerdictConflictException | VerdictRejectedException | AccessDeniedException refused) {
            // This step cannot be taken back any more: drop it, show the stored state and why.
            undoSteps.drop(redo);
            refresh(ids);
            Notifications.error(reason(refused));
        }
        updateUndoButtons();
    }

    /** "Restore this version" in the panel's history: that version's verdict, note and evidence as a new change. */
    private void restore(org.factdesk.review.HistoryEntry entry) {
        long id = panel.sentenceId();
        try {
            SentenceVerdict restored = reviewService.restore(articleId, new VerdictChange(id, panel.shownVersion()),
                    entry.version());
            recordUndo(List.of(restored));
            text.applyVerdicts(List.of(restored));
            panel.fill(restored);
            text.panelSaved();
            panel.showHistory(reviewService.history(new SentenceId(id)));
            related.show(articleId, id, restored);
            updateProgress();
            if (workflowBar.mayChangeWithVerdicts()) {
                updateWorkflow();
            }
            Notifications.success(getTranslation("reader.restored", entry.version()));
        } catch (VerdictConflictException conflict) {
            panel.showError(Notifications.reason(conflict));
            panel.fill(conflict.current());
            text.panelSaved();
            panel.showHistory(reviewService.history(new SentenceId(id)));
            refresh(List.of(id));
            Notifications.error(conflict);
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            panel.showError(reason(refused));
        }
    }

    // --- presence (ADR 0027) ------------------------------------------------------------------------

    private void enterPresence() {
        ArticleId here = articleId;
        String ticket = presence.enter(here);
        presenceBar.show(presence.present(here));
        Registration live = broadcaster.presenceWhileAttached(this, here, changed -> presenceBar.show(changed.present()));
        // Detached: navigated away, tab closed (Vaadin closes the UI), or the session ended.
        Registration onDetach = addDetachListener(e -> leavePresence());
        presenceSubscription = () -> {
            live.remove();
            onDetach.remove();
            presence.leave(here, ticket);
        };
    }

    private void leavePresence() {
        if (presenceSubscription != null) {
            Registration leaving = presenceSubscription;
            presenceSubscription = null;
            leaving.remove();
        }
    }

    // --- the workflow in the reader (ADR 0027) --------------------------------------------------

    /** Submit asks first, saying how many sentences are disputed. */
    private void confirmSubmit() {
        int disputed = reviewService.progress(articleId).count(Verdict.DISPUTED);
        new ConfirmStep(getTranslation("workflow.submit.title"),
                getTranslation("workflow.submit.message", disputed), getTranslation("reader.submit"),
                "fd-confirm-submit", false, comment -> {
                    submit();
                    return true;
                }).open();
    }

    private void confirmApprove() {
        int disputed = reviewService.progress(articleId).count(Verdict.DISPUTED);
        new ConfirmStep(getTranslation("workflow.approve.title"),
                getTranslation("workflow.approve.message", disputed), getTranslation("workflow.approve"),
                "fd-confirm-approve", false, comment -> decide(() -> assignmentService.approve(articleId),
                        "workflow.approved")).open();
    }

    private void confirmReturn() {
        new ConfirmStep(getTranslation("workflow.return.title"), getTranslation("workflow.return.message"),
                getTranslation("workflow.return"), "fd-confirm-return", true,
                comment -> decide(() -> assignmentService.returnForRework(articleId, comment),
                        "workflow.returned")).open();
    }

    /** Runs a lead's decision; true when it was accepted (a refusal is shown and the dialog stays). */
    private boolean decide(Runnable decision, String successKey) {
        boolean done = Notifications.attempt(decision, getTranslation(successKey));
        updateWorkflow();
        return done;
    }

    private void submit() {
        try {
            assignmentService.submit(articleId);
            Notifications.success(getTranslation("reader.submitted"));
        } catch (IncompleteReviewException incomplete) {
            text.selectSentence(incomplete.firstUnreviewedSentenceId());
            Notifications.warning(incomplete);
        } catch (RuntimeException refused) {
            Notifications.refused(refused);
        }
        updateWorkflow();
    }

    private void updateWorkflow() {
        workflowBar.show(assignmentService.stateOf(articleId), assignmentService.transitions(articleId),
                currentUser.get());
        updateReadOnly();
    }

    // --- side panel: follows the selection, keeps drafts, read only (helper panel) ----------------

    /** The selection moved to another sentence with the panel open: show it there (after asking about a draft). */
    private void follow(ArticleTextElement.OpenRequest sentence) {
        if (!panel.isVisible() || draftQuestion != null) {
            return;
        }
        if (panel.hasDraft()) {
            askAboutDraft(() -> follow(sentence), this::stayOnPanel);
            return;
        }
        showInPanel(sentence, panel::follow);
        text.panelShown(panel.storedJson());
    }

    /** What the panel needs about one sentence, for opening it ({@code panel::show}) or following the selection. */
    private void showInPanel(ArticleTextElement.OpenRequest sentence, SentenceShower shower) {
        SentenceVerdict current = reviewService.verdictsOfSentences(List.of(sentence.sentenceId()))
                .get(sentence.sentenceId());
        shower.show(sentence, current, reviewService.history(new SentenceId(sentence.sentenceId())),
                suggestionOf(sentence.sentenceId()));
        related.show(articleId, sentence.sentenceId(), current);
        related.setVisible(true);
        discussion.showSentence(sentence.sentenceId());
        revisions.showSentence(sentence.sentenceId());
    }

    @FunctionalInterface
    private interface SentenceShower {
        void show(ArticleTextElement.OpenRequest sentence, SentenceVerdict current,
                  List<org.factdesk.review.HistoryEntry> history, Suggestion suggestion);
    }

    /** A range selected with the panel open: a verdict for all of it; note and evidence are per sentence. */
    private void showRange(ArticleTextElement.RangeRequest range) {
        if (!panel.isVisible() || draftQuestion != null) {
            return;
        }
        if (panel.hasDraft()) {
            askAboutDraft(() -> showRange(range), this::stayOnPanel);
            return;
        }
        panel.showRange(range.from(), range.to(), range.sentenceIds());
        related.setVisible(false);
        discussion.hideSentence();
        revisions.hideSentence();
        text.panelShown(panel.storedJson());
    }

    /** The range's verdict goes through the element, as keys would mark it: pending, then settled. */
    private void saveRange(Verdict verdict) {
        if (panel.isRange()) {
            text.markSentences(panel.rangeIds(), verdict);
        }
    }

    /** The browser kept a draft of the sentence the panel shows (e.g. before a reload): put it back. */
    private void restoreDraft(long sentenceId, String json) {
        if (!panel.isVisible() || panel.isRange() || panel.sentenceId() != sentenceId || readOnlyReason != null) {
            return;
        }
        PanelDraft.parse(json).ifPresent(panel::restoreDraft);
    }

    /** An in-app link was clicked with input in the panel not saved. */
    private void leaveWithDraft() {
        if (panel.isVisible() && panel.hasDraft()) {
            askAboutDraft(text::leave, () -> { });
        } else {
            text.leave();
        }
    }

    private Dialog draftQuestion;

    /**
     * "Save / discard / stay" for the panel's unsaved input: {@code then} runs after a save that was
     * stored or a discard; {@code stay} after Stay, Esc, or a save that was refused (the panel says why).
     */
    private void askAboutDraft(Runnable then, Runnable stay) {
        if (draftQuestion != null) {
            return;
        }
        Dialog dialog = new Dialog();
        draftQuestion = dialog;
        dialog.addClassName("fd-draft-dialog");
        dialog.setHeaderTitle(getTranslation("draft.title"));
        dialog.add(new Paragraph(getTranslation("draft.question", panel.shownOrdinal())));
        dialog.setCloseOnOutsideClick(false);
        Runnable done = () -> {
            dialog.close();
            draftQuestion = null;
        };
        Button save = new Button(getTranslation("draft.save"), e -> {
            done.run();
            if (panel.saveNow()) {
                then.run();
            } else {
                stay.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("fd-draft-save");
        Button discard = new Button(getTranslation("draft.discard"), e -> {
            done.run();
            text.discardDraft(panel.sentenceId());
            panel.discardDraft();
            text.panelSaved();
            then.run();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClassName("fd-draft-discard");
        Button stayButton = new Button(getTranslation("draft.stay"), e -> {
            done.run();
            stay.run();
        });
        stayButton.addClassName("fd-draft-stay");
        // Esc means stay: nothing typed is lost by a key pressed once too often.
        dialog.addDialogCloseActionListener(e -> {
            done.run();
            stay.run();
        });
        dialog.getFooter().add(stayButton, discard, save);
        dialog.open();
        stayButton.focus();
    }

    /** Stayed: the selection goes back to the sentence the panel shows, and so does the keyboard. */
    private void stayOnPanel() {
        if (!panel.isRange() && panel.sentenceId() >= 0) {
            text.selectSentence(panel.sentenceId());
        }
        panel.focusNote();
    }

    private String readOnlyReason;

    /**
     * Read only when the user may not change the article now: the panel and the reader offer no
     * editing control and say why in one line (the service refuses such changes anyway).
     */
    private void updateReadOnly() {
        Optional<FactDeskUser> me = currentUser.get();
        Optional<Assignment> assignment = assignmentService.stateOf(articleId);
        boolean may = me.isPresent() && assignmentService.mayReview(articleId, me.get());
        readOnlyReason = may ? null : readOnlyReason(assignment.orElse(null), me.orElse(null));
        panel.setReadOnly(readOnlyReason);
        related.setEnabled(readOnlyReason == null);
        text.setReadOnly(readOnlyReason);
        workflowBar.showReadOnlyReason(readOnlyReason);
        revisions.setReadOnly(readOnlyReason != null);
        updateUndoButtons();
    }

    private String readOnlyReason(Assignment assignment, FactDeskUser me) {
        if (assignment != null && assignment.isSuperseded()) {
            return getTranslation("revread.readonly.older"); // ADR 0029: an older version stays as it was
        }
        if (assignment != null && assignment.state() == ArticleState.APPROVED) {
            return assignmentService.transitions(articleId).stream()
                    .filter(t -> t.to() == ArticleState.APPROVED).findFirst()
                    .map(t -> getTranslation("readonly.approved", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(getLocale()).format(t.at().atZone(BrowserTimeZone.of(UI.getCurrent()))),
                            t.byDisplayName()))
                    .orElse(getTranslation("readonly.approvedUnknown"));
        }
        if (assignment != null && me != null && assignment.isAssignedTo(me.userId())
                && assignment.state() == ArticleState.SUBMITTED) {
            return getTranslation("readonly.submitted");
        }
        return getTranslation("readonly.notAssigned");
    }

    private Map<String, String> toolTexts() {
        return Map.of("label", getTranslation("tools.label"),
                "previous", getTranslation("tools.previous"),
                "next", getTranslation("tools.next"),
                "open", getTranslation("tools.open"),
                "openTitle", getTranslation("tools.openTitle"),
                "clear", getTranslation("tools.clear", ArticleTextElement.CLEAR_SHORTCUT),
                "nextUnreviewed", getTranslation("tools.nextUnreviewed"));
    }

    private void closePanel() {
        if (panel.isVisible() && panel.hasDraft()) {
            askAboutDraft(this::closePanel, this::stayOnPanel);
            return;
        }
        panel.setVisible(false);
        text.getElement().callJsFunction("focus");
    }

    /**
     * Changes made on other nodes while this node could not hear them (ADR 0038): the stored verdicts, the comment
     * marks, who is here and the progress, loaded again. The side panel keeps what it shows, as for a live change.
     */
    private void reloadAfterMissedUpdates() {
        if (articleId == null) {
            return;
        }
        text.applyVerdicts(reviewService.verdictsOf(articleId).values());
        // Suggestions decided meanwhile are no longer offered (those still open stay as they are).
        Map<Long, Verdict> suggested = new HashMap<>();
        reviewService.suggestions(articleId).stream().filter(Suggestion::suggestsVerdict)
                .forEach(suggestion -> suggested.put(suggestion.sentenceId(), ArticleTextElement.openSuggestion(suggestion)));
        text.applySuggestions(suggested);
        text.updateComments(discussion.sentenceDiscussions(articleId));
        presenceBar.show(presence.present(articleId));
        updateProgress();
    }

    /** Shows the stored state of these sentences again (after a refused change). */
    private void refresh(Collection<Long> sentenceIds) {
        Map<Long, SentenceVerdict> stored = reviewService.verdictsOfSentences(sentenceIds);
        text.applyVerdicts(sentenceIds.stream().filter(stored::containsKey).map(stored::get).toList(),
                sentenceIds.stream().filter(id -> !stored.containsKey(id)).toList());
        updateProgress();
    }

    private void updateProgress() {
        showProgress(reviewService.progress(articleId));
    }

    private void showProgress(ReviewProgress progress) {
        progressBar.setValue(progress.totalSentences() == 0 ? 0
                : progress.reviewed() / (double) progress.totalSentences());
        progressText.setText(getTranslation("reader.progress", progress.reviewed(), progress.totalSentences()));
        // Why the total is smaller than the article's sentences: headings need no verdict (unless the team says so).
        if (progress.uncountedHeadings() > 0) {
            progressText.getElement().setAttribute("title", getTranslation("reader.progress.headingsOptional"));
        } else {
            progressText.getElement().removeAttribute("title");
        }
        // Screen readers name the bar by what it counts (axe: aria-progressbar-name).
        progressBar.getElement().setAttribute("aria-label", progressText.getText());
        counts.show(progress);
    }

    @Override
    public String getPageTitle() {
        return title + " · FactDesk";
    }
}
