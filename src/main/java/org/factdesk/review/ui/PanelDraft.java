package org.factdesk.review.ui;

import org.factdesk.common.TextLimits;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the side panel holds of one sentence besides its verdict: the note and the evidence rows
 * that are not empty. Compared with the stored state it tells whether there is a draft; as JSON
 * ({@code [note, [[url, quote, "yyyy-mm-dd" or ""], …]]}, the shape {@code article-text.js} builds from
 * the panel's fields) it is the baseline the browser compares with and what it keeps in local storage.
 */
record PanelDraft(String note, List<EvidenceItem> evidence) {

    /** More rows than anyone types: a stored draft beyond this is not ours and is ignored. */
    static final int MAX_EVIDENCE_ROWS = 50;

    PanelDraft {
        note = note == null ? "" : note;
        evidence = evidence.stream()
                .filter(item -> !blank(item.url()) || !blank(item.quote()))
                .map(item -> new EvidenceItem(item.url() == null ? "" : item.url().strip(),
                        item.quote() == null ? "" : item.quote(), item.accessedOn()))
                .toList();
    }

    /** The stored note and evidence of a sentence (none yet: empty). */
    static PanelDraft of(SentenceVerdict stored) {
        return stored == null ? new PanelDraft("", List.of()) : new PanelDraft(stored.note(), stored.evidence());
    }

    String toJson() {
        ArrayNode root = JsonNodeFactory.instance.arrayNode(2);
        root.add(note);
        ArrayNode rows = root.addArray();
        for (EvidenceItem item : evidence) {
            rows.addArray().add(item.url()).add(item.quote())
                    .add(item.accessedOn() == null ? "" : item.accessedOn().toString());
        }
        return JsonMapper.shared().writeValueAsString(root);
    }

    /**
     * A draft as the browser kept it; empty when it is not one (local storage can hold anything): wrong
     * shape, a note or quote over the limit, too many rows, a date that is not one.
     */
    static Optional<PanelDraft> parse(String json) {
        if (json == null || json.length() > 4 * TextLimits.MAX_NOTE_LENGTH * (MAX_EVIDENCE_ROWS + 1)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JsonMapper.shared().readTree(json);
            if (!root.isArray() || root.size() != 2 || !root.get(0).isString() || !root.get(1).isArray()
                    || root.get(1).size() > MAX_EVIDENCE_ROWS) {
                return Optional.empty();
            }
            String note = root.get(0).asString();
            if (note.length() > TextLimits.MAX_NOTE_LENGTH) {
                return Optional.empty();
            }
            List<EvidenceItem> evidence = new ArrayList<>();
            for (JsonNode row : root.get(1)) {
                if (!row.isArray() || row.size() != 3 || !row.get(0).isString() || !row.get(1).isString()
                        || !row.get(2).isString() || row.get(1).asString().length() > TextLimits.MAX_NOTE_LENGTH
                        || row.get(0).asString().length() > TextLimits.MAX_NOTE_LENGTH) {
                    return Optional.empty();
                }
                String day = row.get(2).asString();
                evidence.add(new EvidenceItem(row.get(0).asString(), row.get(1).asString(),
                        day.isEmpty() ? null : LocalDate.parse(day)));
            }
            return Optional.of(new PanelDraft(note, evidence));
        } catch (JacksonException | DateTimeParseException notADraft) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
