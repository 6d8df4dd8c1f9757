package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.internal.PromotionalDetector.Cue;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cue families of session promo4 (ADR 24, "Fourth round"): the publication's issue and reading paid for by choice,
 * the affiliate appeal and its small print, a seller's contact box with its ticks, deal prices offered to the reader, a
 * product box above its order button, the offer that waits for the reader and "Jetzt … werden!". Each family has a
 * made-up box it flags and editorial sentences with the same words that it leaves alone.
 */
class PromotionalOfferCuesTest {

    private static final String BEFORE = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. "
            + "Er sieht Ausgaben von 412 Millionen Euro vor. Die Opposition stimmte dagegen.";
    private static final String AFTER = "Die Verwaltung will den Plan bis März umsetzen. Sie rechnet mit Verzögerungen "
            + "beim Bau der neuen Schule. Der Bürgermeister zeigte sich dennoch zuversichtlich.";

    private final PromotionalDetector detector = new PromotionalDetector();

    /** The lines between two paragraphs of news (plain text, no layout); the flagged sentences with their reasons. */
    private Map<String, List<String>> flagged(String... lines) {
        List<String> all = new ArrayList<>(List.of(BEFORE));
        all.addAll(List.of(lines));
        all.add(AFTER);
        String text = String.join("\n", all) + "\n";
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        return FlaggedSentences.of(detector, assistText);
    }

    private static Map<Cue, Double> cues(String sentence) {
        return PromotionalDetector.cues(sentence).weights();
    }

    // --- the publication's issue, reading paid for by choice ----------------------------------------

    @Test
    void flags_an_issue_plug_and_a_pay_by_choice_appeal() {
        var flagged = flagged("Die aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper erhältlich.",
                "Die Stadtzeitung zahl' ich freiwillig!",
                "Online-Journalismus kostet!",
                "Wir wollen unsere Texte auch künftig nicht hinter einer Bezahlschranke verstecken.");
        assertThat(flagged.keySet()).containsExactly("Die aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper erhältlich.",
                "Die Stadtzeitung zahl' ich freiwillig!", "Online-Journalismus kostet!",
                "Wir wollen unsere Texte auch künftig nicht hinter einer Bezahlschranke verstecken.");
        assertThat(flagged.get("Die aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper erhältlich."))
                .contains("self-promotion");
        assertThat(flagged.get("Die Stadtzeitung zahl' ich freiwillig!")).contains("support-appeal");
        assertThat(cues("Die Stadtzeitung zahl' ich freiwillig!")).containsEntry(Cue.SUPPORT_APPEAL, 2.5);
        assertThat(cues("Wir wollen unsere Texte nicht hinter einer Bezahlschranke verstecken."))
                .containsEntry(Cue.SUPPORT_APPEAL, 2.5);
    }

    @Test
    void reports_about_issues_paywalls_and_the_cost_of_journalism_stay_unflagged() {
        assertThat(flagged("Die aktuelle Ausgabe des Magazins berichtet über den Streit im Stadtrat.",
                "Der Verlag stellt seine Texte seit Januar hinter eine Bezahlschranke, teilte ein Sprecher mit.",
                "Guter Journalismus kostet Geld, sagte die Verlegerin beim Medientag.",
                "Viele Leser zahlen freiwillig mehr, als sie müssten, zeigt eine Studie der Universität.")).isEmpty();
    }

    @Test
    void the_readers_help_is_an_appeal_their_help_is_not() {
        assertThat(cues("Die Stadtzeitung braucht weiterhin Eure Hilfe!")).containsKey(Cue.SUPPORT_APPEAL);
        assertThat(cues("Die Flüchtlinge brauchen ihre Hilfe nicht mehr, sagte der Helfer.")).doesNotContainKey(Cue.SUPPORT_APPEAL);
    }

    // --- the affiliate appeal and its small print ---------------------------------------------------

    @Test
    void flags_an_affiliate_appeal_and_its_small_print() {
        var flagged = flagged("Die einfachste Art, uns zu unterstützen, ist, wenn ihr über einen der folgenden Links einkauft.",
                "Am Preis ändert sich für euch dadurch nichts.");
        assertThat(flagged.keySet()).containsExactly(
                "Die einfachste Art, uns zu unterstützen, ist, wenn ihr über einen der folgenden Links einkauft.",
                "Am Preis ändert sich für euch dadurch nichts.");
        assertThat(flagged.get("Am Preis ändert sich für euch dadurch nichts.")).contains("affiliate-notice");
    }

    @Test
    void shopping_through_links_and_unchanged_prices_in_the_news_stay_unflagged() {
        assertThat(flagged("Wenn sie über Links in Phishing-Mails einkaufen, verlieren Verbraucher oft Geld, warnt die Polizei.",
                "Für die Mieter ändert sich am Preis nichts, sagte der Sprecher der Wohnungsgesellschaft.")).isEmpty();
        assertThat(cues("Für sie ändert sich am Preis nichts, sagte er über die Mieter.")).doesNotContainKey(Cue.AFFILIATE_NOTICE);
    }

    // --- a seller's contact box ---------------------------------------------------------------------

    @Test
    void flags_a_sellers_contact_box_with_its_ticks() {
        var flagged = flagged("Haben auch Sie Interesse an einer neuen Heizung?",
                "Dann melden Sie sich gern bei uns: per E-Mail oder telefonisch.");
        assertThat(flagged.keySet()).containsExactly("Haben auch Sie Interesse an einer neuen Heizung?",
                "Dann melden Sie sich gern bei uns: per E-Mail oder telefonisch.");
        assertThat(flagged.get("Dann melden Sie sich gern bei uns: per E-Mail oder telefonisch.")).contains("call-to-action");

        var box = flagged("Beratung vor Ort", "Sie benötigen eine Beratung oder ein Angebot für Ihre neue Heizung?",
                "✔ Geprüfte Fachbetriebe in Ihrer Region", "✔ Unverbindliche und kostenlose Vermittlung");
        assertThat(box.keySet()).containsExactly("Beratung vor Ort",
                "Sie benötigen eine Beratung oder ein Angebot für Ihre neue Heizung?",
                "✔ Geprüfte Fachbetriebe in Ihrer Region", "✔ Unverbindliche und kostenlose Vermittlung");
    }

    @Test
    void a_police_appeal_and_a_list_of_ticks_stay_unflagged() {
        assertThat(flagged("Haben Sie etwas beobachtet? Dann melden Sie sich bei der Polizei unter 110.",
                "Wer Interesse an dem Kurs hat, kann sich bei der Volkshochschule melden.")).isEmpty();
        assertThat(flagged("✔ Akku hält zwei Tage", "✔ Gutes Display", "✔ Leicht")).isEmpty();
    }

    // --- deal prices, product boxes, offers that wait -----------------------------------------------

    @Test
    void a_deal_price_offered_to_the_reader_is_an_offer_a_price_in_the_news_is_not() {
        assertThat(cues("Die Dose bekommt ihr bereits für 2,80 €!")).containsEntry(Cue.PRICE_OFFER, 2.0);
        assertThat(cues("Aktuell ist das Futter reduziert und ihr bekommt den Sack für nur 9,90 €!"))
                .containsEntry(Cue.PRICE_OFFER, 2.0);
        // "nur noch 1,60 Euro" stays the weak sale word of ADR 18 (1.0), no deal
        assertThat(cues("Der Liter Benzin kostet nur noch 1,60 Euro.")).doesNotContainEntry(Cue.PRICE_OFFER, 2.0);
        assertThat(flagged("Der Liter Benzin kostet nur noch 1,60 Euro, meldet der ADAC.",
                "Im Angebot für 1,99 Euro ist Butter wieder billiger, sagt der Handelsverband.")).isEmpty();
        assertThat(cues("Den Ausweis erhalten Sie im Bürgeramt für 37 Euro.")).doesNotContainKey(Cue.PRICE_OFFER);
    }

    @Test
    void flags_a_product_box_above_its_order_button_and_its_pointer() {
        var flagged = flagged("Sitztraining für Reiter", "von Anna Muster und Ben Beispiel", "192 Seiten, 39,90 Euro",
                "bestellen", "Weitere Infos zum Online-Kurs finden Sie hier.");
        assertThat(flagged.keySet()).containsExactly("Sitztraining für Reiter", "von Anna Muster und Ben Beispiel",
                "192 Seiten, 39,90 Euro", "bestellen", "Weitere Infos zum Online-Kurs finden Sie hier.");
        assertThat(flagged.get("192 Seiten, 39,90 Euro")).contains("price-tag");
        assertThat(cues("Die Gebühr steigt, sagte der Kämmerer, auf 39,90 Euro."))
                .doesNotContainKey(Cue.PRICE_TAG);
        // A pointer to the maker's website in a test is no offer.
        assertThat(cues("Mehr Infos findet ihr auf der Website des Herstellers.")).doesNotContainKey(Cue.CALL_TO_ACTION);
    }

    @Test
    void flags_an_offer_waiting_for_the_reader_and_a_role_to_take() {
        var flagged = flagged("Wir tun jeden Tag, was wir lieben. Das kannst du auch! Über 2.000 Jobs warten auf dich in unserer "
                + "Jobbörse. Gleich reinschauen und entdecken!");
        assertThat(flagged).hasSize(4);
        assertThat(cues("Jetzt Supporter werden!")).containsEntry(Cue.CALL_TO_ACTION, 2.0);
        assertThat(cues("Das muss jetzt anders werden!")).doesNotContainKey(Cue.CALL_TO_ACTION);
        assertThat(cues("Die Kinder warten auf sie, sagte die Lehrerin.")).doesNotContainKey(Cue.CALL_TO_ACTION);
    }
}
