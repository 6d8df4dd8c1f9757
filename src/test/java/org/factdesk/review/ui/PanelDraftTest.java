package org.factdesk.review.ui;

import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel's note and evidence as a draft: compared with the stored state, kept in and read back from the browser. */
class PanelDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void the_stored_state_is_no_draft_even_with_empty_rows_a_null_note_or_padded_urls() {
        SentenceVerdict stored = new SentenceVerdict(7, Verdict.VERIFIED, null, 3, "editor", "Eva Editor",
                Instant.EPOCH, List.of(new EvidenceItem("https://www.destatis.de/", null, DAY)));
        PanelDraft typed = new PanelDraft("", List.of(new EvidenceItem(" https://www.destatis.de/ ", "", DAY),
                new EvidenceItem("", "  ", DAY)));

        assertThat(typed).isEqualTo(PanelDraft.of(stored));
        assertThat(PanelDraft.of(null)).isEqualTo(new PanelDraft(null, List.of()));
        assertThat(new PanelDraft("Quelle fehlt.", List.of())).isNotEqualTo(PanelDraft.of(stored));
    }

    @Test
    void a_draft_goes_to_json_as_the_browser_builds_it_and_comes_back_whole() {
        PanelDraft draft = new PanelDraft("Zahl „geprüft“\nzweite Zeile", List.of(
                new EvidenceItem("https://www.destatis.de/", "Zitat", DAY), new EvidenceItem("https://a.example/", "", null)));

        String json = draft.toJson();

        assertThat(json).isEqualTo("[\"Zahl „geprüft“\\nzweite Zeile\",[[\"https://www.destatis.de/\",\"Zitat\","
                + "\"2026-12-01\"],[\"https://a.example/\",\"\",\"\"]]]");
        assertThat(PanelDraft.parse(json)).contains(draft);
    }

    @Test
    void what_is_not_a_draft_of_ours_is_ignored() {
        assertThat(PanelDraft.parse(null)).isEmpty();
        assertThat(PanelDraft.parse("not json")).isEmpty();
        assertThat(PanelDraft.parse("{\"note\":\"x\"}")).isEmpty();
        assertThat(PanelDraft.parse("[\"x\",[[\"u\",\"q\",\"1. Dezember\"]]]")).isEmpty();
        assertThat(PanelDraft.parse("[\"x\",[[\"u\",\"q\"]]]")).isEmpty();
        assertThat(PanelDraft.parse("[\"" + "x".repeat(4001) + "\",[]]")).isEmpty();
        assertThat(PanelDraft.parse("[\"x\",[" + "[\"u\",\"q\",\"\"],".repeat(50) + "[\"u\",\"q\",\"\"]]]")).isEmpty();
        assertThat(PanelDraft.parse("[\"" + "x".repeat(4000) + "\",[]]")).isPresent();
    }
}
