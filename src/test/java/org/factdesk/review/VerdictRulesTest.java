package org.factdesk.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VerdictRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void names_every_sentence_that_breaks_a_rule() {
        assertThatThrownBy(() -> VerdictRules.check(List.of(
                new VerdictRules.Outcome(7, Verdict.DISPUTED, null, 1),
                new VerdictRules.Outcome(3, Verdict.DISPUTED, " ", 0),
                new VerdictRules.Outcome(4, Verdict.DISPUTED, "Falsch.", 0),
                new VerdictRules.Outcome(9, Verdict.VERIFIED, null, 0))))
                .isInstanceOf(VerdictRejectedException.class)
                .hasMessage("Sentences 3 and 7 cannot be marked disputed without a note: say in the note what is wrong."
                        + " Sentence 9 cannot be marked verified without evidence or a note:"
                        + " add a source or say how it was checked.");
    }

    @Test
    void verified_is_supported_by_a_note_or_evidence_and_the_rest_need_nothing() {
        assertThatCode(() -> VerdictRules.check(List.of(
                new VerdictRules.Outcome(1, Verdict.VERIFIED, "Angerufen.", 0),
                new VerdictRules.Outcome(2, Verdict.VERIFIED, null, 1),
                new VerdictRules.Outcome(3, Verdict.PROMOTIONAL, null, 0),
                new VerdictRules.Outcome(4, Verdict.NO_CLAIM, null, 0),
                new VerdictRules.Outcome(5, null, null, 0)))).doesNotThrowAnyException();
    }

    @Test
    void lists_sentence_ordinals_in_plain_english_and_german() {
        assertThat(VerdictRules.sentences(List.of(5)).english()).isEqualTo("Sentence 5");
        assertThat(VerdictRules.sentences(List.of(5, 2)).english()).isEqualTo("Sentences 2 and 5");
        assertThat(VerdictRules.sentences(List.of(9, 2, 5)).english()).isEqualTo("Sentences 2, 5 and 9");
        assertThat(VerdictRules.sentences(List.of(9, 2, 1005)).in(Locale.GERMAN)).isEqualTo("Sätze 2, 9 und 1005");
    }

    @Test
    void refuses_in_the_editors_language() {
        VerdictRejectedException refused = catchThrowableOfType(VerdictRejectedException.class,
                () -> VerdictRules.check(List.of(new VerdictRules.Outcome(3, Verdict.DISPUTED, null, 0),
                        new VerdictRules.Outcome(7, Verdict.VERIFIED, " ", 0))));

        assertThat(refused.getMessage()).isEqualTo("Sentence 3 cannot be marked disputed without a note: say in the note"
                + " what is wrong. Sentence 7 cannot be marked verified without evidence or a note: add a source or say"
                + " how it was checked.");
        assertThat(refused.userMessage().in(Locale.GERMAN)).isEqualTo("Satz 3: ohne Notiz nicht als strittig markierbar."
                + " Bitte sagen Sie in der Notiz, was falsch ist. Satz 7: ohne Beleg oder Notiz nicht als belegt markierbar."
                + " Bitte geben Sie eine Quelle an, oder sagen Sie, wie geprüft wurde.");
        assertThat(refused.sentenceOrdinals()).containsExactly(3, 7);
    }

    @Test
    void accepts_only_http_and_https_links_with_a_host() {
        assertThat(VerdictRules.isWebAddress("https://www.destatis.de/DE/Themen?x=1#a")).isTrue();
        assertThat(VerdictRules.isWebAddress("HTTP://example.org")).isTrue();
        assertThat(VerdictRules.isWebAddress("ftp://x")).isFalse();
        assertThat(VerdictRules.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(VerdictRules.isWebAddress("https://")).isFalse();
        assertThat(VerdictRules.isWebAddress("https:///pfad")).isFalse();
        assertThat(VerdictRules.isWebAddress("www.example.org")).isFalse();
        assertThat(VerdictRules.isWebAddress("http://exa mple.org")).isFalse();
    }

    @Test
    void cleans_evidence_and_dates_it_today_when_no_date_is_given() {
        List<EvidenceItem> evidence = VerdictRules.evidence(4, List.of(
                new EvidenceItem(" https://example.org/a ", "  ", null),
                new EvidenceItem("https://example.org/b", " Zitat ", LocalDate.of(2024, 1, 1))), TODAY);

        assertThat(evidence).containsExactly(
                new EvidenceItem("https://example.org/a", null, TODAY),
                new EvidenceItem("https://example.org/b", "Zitat", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void quotes_a_long_refused_url_only_in_part() {
        String url = "javascript:" + "a".repeat(500);
        assertThatThrownBy(() -> VerdictRules.evidence(2, List.of(new EvidenceItem(url, null, null)), TODAY))
                .hasMessageStartingWith("Evidence 1 of sentence 2: 'javascript:aaa")
                .hasMessageContaining("…' is not a web address");
    }

    @Test
    void blank_notes_are_none_and_notes_are_stripped() {
        assertThat(VerdictRules.note(1, " \n ")).isNull();
        assertThat(VerdictRules.note(1, null)).isNull();
        assertThat(VerdictRules.note(1, "  Quelle fehlt. ")).isEqualTo("Quelle fehlt.");
    }

    @Test
    void says_how_long_ago_a_conflicting_change_was_made() {
        Instant now = Instant.parse("2025-06-30T12:00:00Z");
        assertThat(VerdictConflictException.ago(now.minusSeconds(20), now).english()).isEqualTo("a moment ago");
        assertThat(VerdictConflictException.ago(now.minusSeconds(60), now).english()).isEqualTo("1 minute ago");
        assertThat(VerdictConflictException.ago(now.minusSeconds(45 * 60), now).english()).isEqualTo("45 minutes ago");
        assertThat(VerdictConflictException.ago(now.minusSeconds(3 * 3600), now).english()).isEqualTo("3 hours ago");
        assertThat(VerdictConflictException.ago(Instant.parse("2025-06-01T08:00:00Z"), now).english())
                .isEqualTo("on 2025-06-01");
        assertThat(VerdictConflictException.ago(now.minusSeconds(60), now).in(Locale.GERMAN)).isEqualTo("vor 1 Minute");
        assertThat(VerdictConflictException.ago(now.minusSeconds(3 * 3600), now).in(Locale.GERMAN))
                .isEqualTo("vor 3 Stunden");
    }

    @Test
    void a_conflict_message_says_who_changed_the_sentence_and_what_it_is_now() {
        Instant now = Instant.now();
        SentenceVerdict cleared = new SentenceVerdict(1, null, null, 3, "editor2", "Emil Editor", now, List.of());

        assertThat(VerdictConflictException.of(12, cleared, now))
                .hasMessage("Sentence 12 was changed by Emil Editor a moment ago: its verdict is now cleared.");
        SentenceVerdict disputed = new SentenceVerdict(1, Verdict.DISPUTED, "Falsch.", 4, "editor2", "Emil Editor",
                now.minusSeconds(120), List.of());
        assertThat(VerdictConflictException.of(12, disputed, now).userMessage().in(Locale.GERMAN))
                .isEqualTo("Satz 12 wurde vor 2 Minuten von Emil Editor geändert: jetzt strittig.");
    }

    @Test
    void the_evidence_summary_joins_urls_and_fits_its_column() {
        assertThat(ReviewService.evidenceSummary(List.of(new EvidenceItem("https://a", null, TODAY),
                new EvidenceItem("https://b", null, TODAY)))).isEqualTo("https://a | https://b");
        assertThat(ReviewService.evidenceSummary(List.of())).isEmpty();
        String longUrl = "https://example.org/" + "x".repeat(1980);
        List<EvidenceItem> many = List.of(new EvidenceItem(longUrl, null, TODAY), new EvidenceItem(longUrl, null, TODAY),
                new EvidenceItem(longUrl, null, TODAY));
        assertThat(ReviewService.evidenceSummary(many)).hasSize(4000).endsWith("…");
    }
}
