package org.factdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DomEvent;
import org.factdesk.article.ArticleText;
import org.factdesk.discussion.SentenceDiscussion;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Suggestion;
import org.factdesk.review.SuggestionState;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Server side of {@code <fd-article-text>}: a client-side custom element (frontend/components/
 * article-text.js) that renders all sentences and handles selection and shortcuts itself. The
 * sentence data is sent once and not kept in the server-side component tree, so a long article
 * costs the server almost nothing while it is open; the element reports the editor's intents
 * (mark, accept or dismiss a suggestion, open, close, help) as events. Every mark and decision gets an
 * answer ({@link #settleMark}) with the stored state of its sentences: the element shows it as pending
 * until then. Open suggestions and check-worthiness travel with the sentences (two small fields each).
 *
 * @see <a href="../../../../../../../docs/adr/0002-reader-as-one-client-side-element.md">ADR 2</a>
 */
@Tag("fd-article-text")
class ArticleTextElement extends Component {

    static final String MODULE_URL = "factdesk/components/article-text.js";
    /** The key that clears the verdict of the selected sentences. */
    static final String CLEAR_SHORTCUT = "u";
    /** The key that accepts the selection's suggestion (a whole suggested run from one of its sentences). */
    static final String ACCEPT_SHORTCUT = "a";
    /** The key that dismisses the selection's suggestion (same sentences as {@link #ACCEPT_SHORTCUT}). */
    static final String DISMISS_SHORTCUT = "x";
    /** The key that turns "check-worthy first" on or off. */
    static final String ORDER_SHORTCUT = "o";
    /** The key that confirms the verdict carried into a sentence whose wording changed (ADR 0029). */
    static final String CONFIRM_CARRIED_SHORTCUT = "y";

    /** What the editor decides on suggestions. */
    enum SuggestionAction {
        ACCEPT, DISMISS;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A range of sentences, each with the version the editor saw, to get one verdict (null clears);
     * {@code seq} numbers the marks of this element, for the answer.
     */
    record MarkRequest(int seq, List<VerdictChange> changes, Verdict verdict) {
    }

    /** Accept or dismiss the open suggestions of these sentences, each with the version the editor saw. */
    record SuggestionRequest(int seq, SuggestionAction action, List<VerdictChange> changes) {
        List<Long> sentenceIds() {
            return changes.stream().map(VerdictChange::sentenceId).toList();
        }
    }

    /** Why a mark was not stored, in the UI's language; {@code kind} is the notification theme (warning, error). */
    record Refusal(String reason, String kind) {
    }

    /** The sentence the editor opened the side panel on. */
    record OpenRequest(long sentenceId, int ordinal, int version, String text) {
    }

    /** A range of sentences selected with the side panel open ({@code from}–{@code to} by ordinal). */
    record RangeRequest(List<Long> sentenceIds, int from, int to) {
    }

    private String pendingData;

    ArticleTextElement() {
        getElement().setAttribute("role", "document");
        getElement().setAttribute("tabindex", "0");
    }

    /**
     * Sends the article; {@code messages} are the element's own texts in the UI's language (keyed as
     * the element names them), {@code saveTimeout} how long it waits for a mark's answer.
     */
    void show(ArticleText article, Map<Long, SentenceVerdict> verdicts, List<Suggestion> suggestions,
              Map<String, String> messages, Duration saveTimeout) {
        show(article, verdicts, suggestions, Map.of(), messages, saveTimeout);
    }

    /** As above, with the sentences' comment counts and open discussions (ADR 0028). */
    void show(ArticleText article, Map<Long, SentenceVerdict> verdicts, List<Suggestion> suggestions,
              Map<Long, SentenceDiscussion> discussions, Map<String, String> messages, Duration saveTimeout) {
        ObjectNode data = toJson(article, verdicts, suggestions, discussions);
        data.set("verdictBy", verdictBy(verdicts.values()));
        data.set("verdicts", verdictList());
        data.put("clearShortcut", CLEAR_SHORTCUT);
        data.put("checkWorthyAt", hundredths(Suggestion.CHECK_WORTHY));
        data.putObject("suggestionKeys").put("accept", ACCEPT_SHORTCUT).put("dismiss", DISMISS_SHORTCUT)
                .put("order", ORDER_SHORTCUT);
        ObjectNode texts = data.putObject("messages");
        messages.forEach(texts::put);
        data.put("saveTimeout", saveTimeout.toMillis());
        pendingData = JsonMapper.shared().writeValueAsString(data);
        if (isAttached()) {
            sendPending();
        }
    }

    void applyVerdicts(Collection<SentenceVerdict> changed) {
        applyVerdicts(changed, List.of());
    }

    /** As {@link #applyVerdicts(Collection)}, and shows {@code unreviewed} (no verdict row) as unreviewed, version 0. */
    void applyVerdicts(Collection<SentenceVerdict> changed, Collection<Long> unreviewed) {
        call("applyVerdicts", updates(changed, unreviewed));
    }

    /**
     * Answers mark {@code seq}: the stored state of its sentences ({@code unreviewed}: those without a
     * verdict row, shown unreviewed at version 0), and the refusal, or null when the mark was stored.
     */
    void settleMark(int seq, Collection<SentenceVerdict> stored, Collection<Long> unreviewed, Refusal refusal) {
        settleMark(seq, stored, unreviewed, refusal, Map.of());
    }

    /**
     * As {@link #settleMark(int, Collection, Collection, Refusal)}, for a decision on suggestions:
     * {@code openSuggestions} says, per sentence, which suggestion is still open (null: none).
     */
    void settleMark(int seq, Collection<SentenceVerdict> stored, Collection<Long> unreviewed, Refusal refusal,
                    Map<Long, Verdict> openSuggestions) {
        JsonNode why = refusal == null ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.objectNode().put("reason", refusal.reason()).put("kind", refusal.kind());
        getElement().executeJs(
                "customElements.whenDefined('fd-article-text').then(() => this.settleMark($0, $1, $2, $3))",
                seq, updates(stored, unreviewed), why, suggestionUpdates(openSuggestions));
    }

    /** Shows, per sentence, the suggestion that is open now (null: none), e.g. after another editor decided. */
    void applySuggestions(Map<Long, Verdict> openSuggestions) {
        call("applySuggestions", suggestionUpdates(openSuggestions));
    }

    /** Accepts or dismisses, through the element (pending, settled), the suggested run around this sentence. */
    void decideSuggestion(long sentenceId, SuggestionAction action) {
        getElement().executeJs(
                "customElements.whenDefined('fd-article-text').then(() => this.decideSuggestion($0, $1))",
                action.key(), Long.toString(sentenceId));
    }

    /** "Check-worthy first": Space goes to the unreviewed sentence with the highest check-worthiness next. */
    void setOrderByCheckworthiness(boolean byScore) {
        getElement().executeJs("customElements.whenDefined('fd-article-text').then(() => this.setOrder($0))",
                byScore);
    }

    private static ArrayNode suggestionUpdates(Map<Long, Verdict> openSuggestions) {
        ArrayNode updates = JsonNodeFactory.instance.arrayNode(openSuggestions.size());
        openSuggestions.forEach((id, verdict) -> updates.addArray().add(id).add(attribute(verdict)));
        return updates;
    }

    /** Shows these sentences' comment counts and whether a discussion is open on them ({@code data-comments}). */
    void updateComments(Map<Long, SentenceDiscussion> discussions) {
        ArrayNode updates = JsonNodeFactory.instance.arrayNode(discussions.size());
        discussions.forEach((id, discussion) -> updates.addArray().add(id).add(discussion.comments())
                .add(discussion.open() ? 1 : 0));
        call("updateComments", updates);
    }

    /** The side panel whose unsaved input makes leaving the page ask first. */
    void watchPanel(Component panel) {
        getElement().executeJs("customElements.whenDefined('fd-article-text').then(() => this.watchPanel($0))",
                panel.getElement());
    }

    /** The panel shows the stored state now (after opening, saving, a conflict): nothing in it is unsaved. */
    void panelSaved() {
        getElement().executeJs("customElements.whenDefined('fd-article-text').then(() => this.panelSaved())");
    }

    // --- side panel: follows the selection, keeps drafts (helper panel) ---------------------------

    /** The selection moved to one sentence while the panel was open: show it there, keyboard stays. */
    void onFollow(Consumer<OpenRequest> listener) {
        getElement().addEventListener("fd-follow", event -> {
            JsonNode data = event.getEventData();
            listener.accept(new OpenRequest(data.get("event.detail.id").asLong(),
                    data.get("event.detail.ordinal").asInt(), data.get("event.detail.version").asInt(),
                    data.get("event.detail.text").asString()));
        }).addEventData("event.detail.id").addEventData("event.detail.ordinal")
                .addEventData("event.detail.version").addEventData("event.detail.text");
    }

    /** The selection became a range of several sentences while the panel was open. */
    void onRange(Consumer<RangeRequest> listener) {
        getElement().addEventListener("fd-range", event -> {
            JsonNode data = event.getEventData();
            List<Long> ids = new ArrayList<>();
            JsonMapper.shared().readTree(data.get("event.detail.ids").asString()).forEach(id -> ids.add(id.asLong()));
            listener.accept(new RangeRequest(ids, data.get("event.detail.from").asInt(),
                    data.get("event.detail.to").asInt()));
        }).addEventData("event.detail.ids").addEventData("event.detail.from").addEventData("event.detail.to");
    }

    /** The browser kept a draft for the sentence the panel shows: (sentence id, draft as JSON). */
    void onDraft(java.util.function.BiConsumer<Long, String> listener) {
        getElement().addEventListener("fd-draft", event -> {
            JsonNode data = event.getEventData();
            listener.accept(data.get("event.detail.id").asLong(), data.get("event.detail.draft").asString());
        }).addEventData("event.detail.id").addEventData("event.detail.draft");
    }

    /** A link inside the app was clicked with the panel holding unsaved input: held until {@link #leave()}. */
    void onLeave(Runnable listener) {
        getElement().addEventListener("fd-leave", event -> listener.run());
    }

    /** Drafts go to the browser's local storage under this prefix (article and user: never another's). */
    void useDrafts(String keyPrefix) {
        call("useDrafts", keyPrefix);
    }

    /**
     * The panel shows a sentence's stored state now ({@code storedJson}: its note and evidence, see
     * {@link PanelDraft#toJson()}): the element compares the fields with it and offers a kept draft.
     */
    void panelShown(String storedJson) {
        call("panelShown", storedJson);
    }

    /** Saved (or refused after a colleague's change): this is stored now; a draft differing from it is kept. */
    void panelStored(String storedJson) {
        call("panelStored", storedJson);
    }

    /** Forgets the kept draft of this sentence (the editor discarded it). */
    void discardDraft(long sentenceId) {
        call("discardDraft", Long.toString(sentenceId));
    }

    /** Follows the link held by {@link #onLeave} after all (saved or discarded). */
    void leave() {
        getElement().executeJs("customElements.whenDefined('fd-article-text').then(() => this.leave())");
    }

    /** Marks these sentences (a range from the side panel) like keys would: pending until settled. */
    void markSentences(List<Long> sentenceIds, Verdict verdictOrNull) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode(sentenceIds.size());
        sentenceIds.forEach(id -> ids.add(Long.toString(id)));
        getElement().executeJs(
                "customElements.whenDefined('fd-article-text').then(() => this.markSentences($0, $1))",
                ids, attribute(verdictOrNull));
    }

    /** Read only, with the reason the element tells when a key would change something (null: editable). */
    void setReadOnly(String reason) {
        getElement().executeJs("customElements.whenDefined('fd-article-text').then(() => this.setReadOnly($0))",
                reason == null ? "" : reason);
    }

    /** The texts of the sentence toolbar (hover/focus), in the UI's language. */
    void setToolTexts(Map<String, String> texts) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        texts.forEach(json::put);
        call("setToolTexts", JsonMapper.shared().writeValueAsString(json));
    }

    private static ArrayNode updates(Collection<SentenceVerdict> stored, Collection<Long> unreviewed) {
        ArrayNode updates = JsonNodeFactory.instance.arrayNode(stored.size() + unreviewed.size());
        for (SentenceVerdict verdict : stored) {
            ArrayNode update = updates.addArray().add(verdict.sentenceId()).add(attribute(verdict.verdict()))
                    .add(verdict.version());
            addVerdictBy(update, verdict);
        }
        unreviewed.forEach(id -> updates.addArray().add(id).add("").add(0));
        return updates;
    }

    /** Per sentence with a stored verdict: [username, display name, epoch ms] of who set it (ADR 0027). */
    private static ObjectNode verdictBy(Collection<SentenceVerdict> verdicts) {
        ObjectNode by = JsonNodeFactory.instance.objectNode();
        for (SentenceVerdict verdict : verdicts) {
            if (verdict.verdict() != null && verdict.setByUsername() != null && verdict.setAt() != null) {
                by.putArray(Long.toString(verdict.sentenceId())).add(verdict.setByUsername())
                        .add(verdict.setByDisplayName()).add(verdict.setAt().toEpochMilli());
            }
        }
        return by;
    }

    private static void addVerdictBy(ArrayNode update, SentenceVerdict verdict) {
        if (verdict.verdict() != null && verdict.setByUsername() != null && verdict.setAt() != null) {
            update.add(verdict.setByUsername()).add(verdict.setByDisplayName()).add(verdict.setAt().toEpochMilli());
        }
    }

    /** The signed-in user's username: the filters "my verdicts" and "others' verdicts" compare with it. */
    void setMe(String username) {
        call("setMe", username);
    }

    /** Ctrl/Cmd+Z, Ctrl+Shift+Z or Ctrl+Y in the text: {@code true} asks to redo, {@code false} to undo. */
    void onUndo(Consumer<Boolean> listener) {
        getElement().addEventListener("fd-undo", event ->
                listener.accept(event.getEventData().get("event.detail.redo").asBoolean()))
                .addEventData("event.detail.redo");
    }

    /** The toolbar's undo and redo buttons go through the element: it waits for marks still on their way. */
    void requestUndo(boolean redo) {
        call("requestUndo", redo);
    }

    void setFilter(String filter) {
        call("setFilter", filter);
    }

    void selectSentence(long sentenceId) {
        call("selectSentence", Long.toString(sentenceId));
    }

    void onMark(Consumer<MarkRequest> listener) {
        getElement().addEventListener("fd-mark", event -> listener.accept(markRequest(event)))
                .addEventData("event.detail.seq").addEventData("event.detail.changes")
                .addEventData("event.detail.verdict");
    }

    void onOpen(Consumer<OpenRequest> listener) {
        getElement().addEventListener("fd-open", event -> {
            JsonNode data = event.getEventData();
            listener.accept(new OpenRequest(data.get("event.detail.id").asLong(),
                    data.get("event.detail.ordinal").asInt(), data.get("event.detail.version").asInt(),
                    data.get("event.detail.text").asString()));
        }).addEventData("event.detail.id").addEventData("event.detail.ordinal")
                .addEventData("event.detail.version").addEventData("event.detail.text");
    }

    /** Enter with a range selected: the panel opened on {@code ordinal}, one sentence of {@code from}–{@code to}. */
    record OpenInRange(int from, int to, int ordinal) {
    }

    void onOpenInRange(Consumer<OpenInRange> listener) {
        getElement().addEventListener("fd-open-in-range", event -> {
            JsonNode data = event.getEventData();
            listener.accept(new OpenInRange(data.get("event.detail.from").asInt(), data.get("event.detail.to").asInt(),
                    data.get("event.detail.ordinal").asInt()));
        }).addEventData("event.detail.from").addEventData("event.detail.to").addEventData("event.detail.ordinal");
    }

    void onClose(Runnable listener) {
        getElement().addEventListener("fd-close", event -> listener.run());
    }

    void onSuggestion(Consumer<SuggestionRequest> listener) {
        getElement().addEventListener("fd-suggestion", event -> {
            JsonNode data = event.getEventData();
            SuggestionAction action = SuggestionAction.valueOf(
                    data.get("event.detail.action").asString().toUpperCase(java.util.Locale.ROOT));
            listener.accept(new SuggestionRequest(data.get("event.detail.seq").asInt(), action,
                    changes(data.get("event.detail.changes").asString())));
        }).addEventData("event.detail.seq").addEventData("event.detail.changes").addEventData("event.detail.action");
    }

    /** The editor pressed the key for "check-worthy first": {@code byScore} is the state asked for. */
    void onOrderToggle(Consumer<Boolean> listener) {
        getElement().addEventListener("fd-order", event ->
                listener.accept(event.getEventData().get("event.detail.byScore").asBoolean()))
                .addEventData("event.detail.byScore");
    }

    void onHelp(Runnable listener) {
        getElement().addEventListener("fd-help", event -> listener.run());
    }

    // --- revisions (issue 15, ADR 0029) ---------------------------------------------------------

    /** Confirm the carried verdicts of these sentences, each with the version the editor saw. */
    record ConfirmRequest(int seq, List<VerdictChange> changes) {
        List<Long> sentenceIds() {
            return changes.stream().map(VerdictChange::sentenceId).toList();
        }
    }

    /** The editor asked to confirm carried verdicts (the key, or the panel's button through the element). */
    void onConfirmCarried(Consumer<ConfirmRequest> listener) {
        getElement().addEventListener("fd-confirm-carried", event -> {
            JsonNode data = event.getEventData();
            listener.accept(new ConfirmRequest(data.get("event.detail.seq").asInt(),
                    changes(data.get("event.detail.changes").asString())));
        }).addEventData("event.detail.seq").addEventData("event.detail.changes");
    }

    /** The confirm key and the element's text for "nothing to confirm here", in the UI's language. */
    void setRevisionKeys(String noCarryText) {
        ObjectNode texts = JsonNodeFactory.instance.objectNode().put("noCarry", noCarryText);
        getElement().executeJs(
                "customElements.whenDefined('fd-article-text').then(() => this.setRevisionKeys($0, $1))",
                CONFIRM_CARRIED_SHORTCUT, JsonMapper.shared().writeValueAsString(texts));
    }

    /**
     * Per sentence, its {@code data-carried} value ({@code changed}, {@code substance}; empty removes it);
     * {@code all}: these are all of the article's marks (the others have none).
     */
    void setCarried(Map<Long, String> kinds, boolean all) {
        ArrayNode updates = JsonNodeFactory.instance.arrayNode(kinds.size());
        kinds.forEach((id, kind) -> updates.addArray().add(id).add(kind == null ? "" : kind));
        getElement().executeJs(
                "customElements.whenDefined('fd-article-text').then(() => this.setCarried($0, $1))", updates, all);
    }

    /** Confirms, through the element (pending, settled), the carried verdict of this sentence (the panel's button). */
    void confirmCarried(long sentenceId) {
        getElement().executeJs(
                "customElements.whenDefined('fd-article-text').then(() => this.confirmCarried($0))",
                Long.toString(sentenceId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        sendPending();
    }

    private void sendPending() {
        if (pendingData == null) {
            return;
        }
        // The module is a plain static resource imported at runtime: no frontend bundle build needed.
        getElement().executeJs("""
                        import(new URL($0, document.baseURI).href)
                            .then(() => customElements.whenDefined('fd-article-text'))
                            .then(() => this.setData(JSON.parse($1)))""",
                MODULE_URL, pendingData);
        pendingData = null;
    }

    private void call(String method, Serializable argument) {
        getElement().executeJs("customElements.whenDefined('fd-article-text').then(() => this." + method + "($0))",
                argument);
    }

    private static MarkRequest markRequest(DomEvent event) {
        JsonNode data = event.getEventData();
        String verdict = data.get("event.detail.verdict").asString();
        return new MarkRequest(data.get("event.detail.seq").asInt(), changes(data.get("event.detail.changes").asString()),
                verdict.isEmpty() ? null : VerdictLabels.fromKey(verdict));
    }

    private static List<VerdictChange> changes(String json) {
        JsonNode changes = JsonMapper.shared().readTree(json);
        List<VerdictChange> pairs = new ArrayList<>(changes.size());
        for (JsonNode change : changes) { // [sentence id, version seen]
            pairs.add(new VerdictChange(change.get(0).asLong(), change.get(1).asInt()));
        }
        return pairs;
    }

    /** The verdicts the element knows, in the UI's language: it holds no verdict names of its own. */
    private ArrayNode verdictList() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode(Verdict.values().length);
        for (Verdict verdict : Verdict.values()) {
            list.addObject().put("key", verdict.key()).put("shortcut", verdict.shortcut())
                    .put("label", VerdictLabels.label(this, verdict)).put("symbol", verdict.symbol())
                    .put("colour", verdict.colourToken());
        }
        return list;
    }

    static String attribute(Verdict verdict) {
        return verdict == null ? "" : verdict.key();
    }

    /** The verdict an open suggestion proposes, or null (none, or already accepted or dismissed). */
    static Verdict openSuggestion(Suggestion suggestion) {
        return suggestion != null && suggestion.state() == SuggestionState.OPEN ? suggestion.verdict() : null;
    }

    private static ArrayNode comments(SentenceDiscussion discussion) {
        ArrayNode pair = JsonNodeFactory.instance.arrayNode(2);
        return discussion == null ? pair.add(0).add(0)
                : pair.add(discussion.comments()).add(discussion.open() ? 1 : 0);
    }

    /** A score 0–1 in hundredths, as the element compares and shows it (two decimals). */
    static int hundredths(double score) {
        return (int) Math.round(Math.clamp(score, 0, 1) * 100);
    }

    static ObjectNode toJson(ArticleText article, Map<Long, SentenceVerdict> verdicts, List<Suggestion> suggestions) {
        return toJson(article, verdicts, suggestions, Map.of());
    }

    /**
     * Compact shape: {blocks: [{kind, sentences: [[id, ordinal, text, verdict, version, suggestion,
     * worth, comments], …]}, …]}: {@code suggestion} the verdict key an open suggestion proposes ('' none),
     * {@code worth} the check-worthiness in hundredths (0 without a score), {@code comments}
     * [count, open] of the sentence's discussion ([0, 0] without comments).
     */
    static ObjectNode toJson(ArticleText article, Map<Long, SentenceVerdict> verdicts, List<Suggestion> suggestions,
                             Map<Long, SentenceDiscussion> discussions) {
        Map<Long, Suggestion> bySentence = new HashMap<>(suggestions.size() * 2);
        suggestions.forEach(suggestion -> bySentence.putIfAbsent(suggestion.sentenceId(), suggestion));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode blocks = nodes.arrayNode(article.blocks().size());
        for (ArticleText.Block block : article.blocks()) {
            ArrayNode sentences = nodes.arrayNode(block.sentences().size());
            for (ArticleText.Sentence sentence : block.sentences()) {
                SentenceVerdict verdict = verdicts.get(sentence.id());
                Suggestion suggestion = bySentence.get(sentence.id());
                sentences.addArray().add(sentence.id()).add(sentence.ordinal()).add(sentence.text())
                        .add(verdict == null ? "" : attribute(verdict.verdict()))
                        .add(verdict == null ? 0 : verdict.version())
                        .add(attribute(openSuggestion(suggestion)))
                        .add(suggestion == null ? 0 : hundredths(suggestion.checkworthiness()))
                        .add(comments(discussions.get(sentence.id())));
            }
            ObjectNode json = blocks.addObject();
            json.put("kind", block.kind().name());
            json.set("sentences", sentences);
        }
        ObjectNode root = nodes.objectNode();
        root.set("blocks", blocks);
        return root;
    }
}
