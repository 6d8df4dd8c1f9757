package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page-level judgement (promo6): a disclosed cooperation and a deal post make their offers to the reader
 * promotional; editorial pages about sales, a money guide with an affiliate notice and a report about advertising stay
 * as the cues leave them. Short made-up pages, one line per block.
 */
class CommercialPagesTest {

    private final PromotionalDetector detector = new PromotionalDetector();

    private static AssistText page(String... lines) {
        String text = String.join("\n", lines) + "\n";
        return AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
    }

    /** The detector's suggestions on the page: sentence text to reasons. */
    private Map<String, List<String>> flagged(AssistText text) {
        return FlaggedSentences.of(detector, text);
    }

    private String judge(AssistText text) {
        return CommercialPages.judge(text, detector.analyse(text).cues());
    }

    private static final String[] COOPERATION = {
            "Meine neue Lieblingscreme",
            "Dieser Beitrag entstand in Kooperation mit Naturhaut.",
            "Im Winter wird meine Haut immer sehr trocken. Ich habe deshalb drei Wochen lang verschiedene Cremes ausprobiert."
                    + " Am Ende hat mich eine überzeugt.",
            "Bei Naturhaut bekommt ihr die Winterpflege gerade in einem Set mit Lippenbalsam.",
            "Die Creme zieht schnell ein und duftet nach Mandeln. Meine Haut fühlt sich seitdem weich an."};

    @Test
    void a_disclosed_cooperation_makes_its_offer_to_the_reader_promotional() {
        AssistText text = page(COOPERATION);
        assertThat(judge(text)).isEqualTo(CommercialPages.SPONSORED_ARTICLE);
        var flagged = flagged(text);
        assertThat(flagged).containsEntry("Bei Naturhaut bekommt ihr die Winterpflege gerade in einem Set mit Lippenbalsam.",
                List.of(CommercialPages.OFFER_TO_READER, CommercialPages.SPONSORED_ARTICLE));
        // the disclosure is the cues' own; the prose without an offer stays unflagged
        assertThat(flagged).containsKey("Dieser Beitrag entstand in Kooperation mit Naturhaut.");
        assertThat(flagged).doesNotContainKeys("Die Creme zieht schnell ein und duftet nach Mandeln.",
                "Am Ende hat mich eine überzeugt.", "Meine neue Lieblingscreme");
    }

    @Test
    void the_same_post_without_the_disclosure_is_an_ordinary_page() {
        List<String> lines = new java.util.ArrayList<>(List.of(COOPERATION));
        lines.remove(1);
        AssistText text = page(lines.toArray(String[]::new));
        assertThat(judge(text)).isNull();
        assertThat(flagged(text)).isEmpty();
    }

    @Test
    void a_deal_post_marks_its_deals_and_names_the_page() {
        AssistText text = page("Die besten Angebote der Woche",
                "Kopfhörer von Klangwerk sind diese Woche deutlich billiger. Ihr bekommt das Modell K2 bereits für 49,99 Euro!",
                "Das Vorjahresmodell ist noch stärker reduziert. Den K1 bekommt ihr aktuell für nur 29,99 Euro. Die Version mit"
                        + " Mikrofon bekommt ihr für nur 34,99 Euro.",
                "Auch beim Zubehör lohnt sich der Blick. Die Ladeschale gibt es im Angebot für nur 9,99 Euro statt 19,99 Euro.",
                "Die Polster sind aus Kunstleder und lassen sich ohne Werkzeug tauschen. Bei Amazon gibt es außerdem preiswerte"
                        + " Ersatzpolster in vier Farben. Sie halten etwa zwei Jahre.");
        assertThat(judge(text)).isEqualTo(CommercialPages.DEAL_ARTICLE);
        var flagged = flagged(text);
        assertThat(flagged).containsEntry("Bei Amazon gibt es außerdem preiswerte Ersatzpolster in vier Farben.",
                List.of(CommercialPages.OFFER_TO_READER, CommercialPages.DEAL_ARTICLE));
        assertThat(flagged).doesNotContainKeys("Die Polster sind aus Kunstleder und lassen sich ohne Werkzeug tauschen.",
                "Sie halten etwa zwei Jahre.", "Die besten Angebote der Woche");
    }

    @Test
    void a_report_about_sales_and_prices_is_no_deal_post() {
        AssistText text = page("Händler erwarten Rekordumsatz am Black Friday",
                "Der Handelsverband rechnet mit Umsätzen von 5,7 Milliarden Euro. Viele Händler werben mit Rabatten von bis zu"
                        + " 50 Prozent, sagte ein Sprecher.",
                "Verbraucherschützer raten, Preise zu vergleichen. Oft sei der angebliche Rabatt auf eine erfundene UVP berechnet.",
                "Bei Aldi gibt es die Butter inzwischen für 1,99 Euro statt 2,29 Euro. Auch Lidl senkte den Preis.",
                "Im vergangenen Jahr gaben die Deutschen an dem Tag 4,9 Milliarden Euro aus.");
        assertThat(judge(text)).isNull();
        assertThat(flagged(text)).isEmpty();
    }

    @Test
    void an_affiliate_notice_alone_does_not_make_a_money_guide_an_ad() {
        AssistText text = page("Betriebsrente: Was Sparer 2024 wissen müssen",
                "Seit 2020 sind die ersten 176 Euro der Betriebsrente frei von Beiträgen zur Krankenkasse.",
                "Ihr bekommt damit im Schnitt 28 Euro mehr im Monat. Wer weniger verdient, spart sogar noch mehr.",
                "Fragen Sie Ihren Arbeitgeber nach dem Zuschuss von 15 Prozent.",
                "Links mit Sternchen sind Affiliate-Links: Wenn ihr darüber kauft, erhalten wir eine Provision.");
        assertThat(judge(text)).isNull();
        assertThat(flagged(text)).doesNotContainKeys("Ihr bekommt damit im Schnitt 28 Euro mehr im Monat.",
                "Seit 2020 sind die ersten 176 Euro der Betriebsrente frei von Beiträgen zur Krankenkasse.");
    }

    @Test
    void a_report_about_advertising_stays_unflagged() {
        AssistText text = page("Werbeverbot für Süßigkeiten kommt",
                "Die Bundesregierung will Werbung für ungesunde Lebensmittel an Kinder verbieten. Der Entwurf sieht Ausnahmen"
                        + " für Sportsendungen vor.",
                "Die Werbewirtschaft kritisierte den Plan. Ein Spot koste im Vorabendprogramm bis zu 40.000 Euro, sagte der Verband.");
        assertThat(judge(text)).isNull();
        assertThat(flagged(text)).isEmpty();
    }

    @Test
    void a_shops_price_box_is_marked_whole_on_any_page() {
        AssistText text = page("Kaninchenstall Natura mit Freigehege",
                "Der Stall ist aus lasiertem Kiefernholz gefertigt und hat eine herausziehbare Bodenwanne.",
                "97,47 €", "UVP 129,00 € (-24,4%)", "inkl. MwSt.", "zzgl. Versandkosten",
                "Der Stall lässt sich von oben und von vorne öffnen. Die Rampe führt ins Freigehege.");
        var flagged = flagged(text);
        assertThat(flagged).containsEntry("97,47 €", List.of("shop-box")).containsEntry("inkl. MwSt.", List.of("shop-box"))
                .containsKeys("UVP 129,00 € (-24,4%)", "zzgl. Versandkosten");
        assertThat(flagged).doesNotContainKeys("Der Stall lässt sich von oben und von vorne öffnen.",
                "Kaninchenstall Natura mit Freigehege");
    }

    @Test
    void a_price_table_or_small_print_in_prose_is_no_price_box() {
        AssistText table = page("Kindersitze im Test", "Modell", "Preis", "Note", "Kiddy Fix", "370 €", "1,7", "Joie Level",
                "300 €", "2,1", "Die Preise sind Durchschnittspreise aus dem Handel.");
        assertThat(flagged(table)).isEmpty();
        AssistText prose = page("Mehrwertsteuer auf Gas sinkt",
                "Die Versorger müssen die Senkung weitergeben, sagte der Minister. Alle Preise gelten inkl. MwSt. und"
                        + " sinken damit um gut 9 Euro im Monat für einen Durchschnittshaushalt.",
                "17,90 €", "Der Verbraucherzentrale zufolge lohnt sich ein Vergleich der Tarife.");
        assertThat(flagged(prose)).isEmpty();
    }

    @Test
    void signals_are_offers_to_the_reader_and_deal_prices() {
        assertThat(CommercialPages.signal("bei eat small bekommt ihr außerdem snacks für euren hund."))
                .isEqualTo(CommercialPages.OFFER_TO_READER);
        assertThat(CommercialPages.signal("das bundle gibt es wieder für nur 325 euro statt 399 euro."))
                .isEqualTo("price-offer");
        assertThat(CommercialPages.signal("amazon: 99 cent pro streaming-leihfilm")).isEqualTo("price-offer");
        // a price without a deal word or shop, an offer-free sentence: no signal
        assertThat(CommercialPages.signal("das gerät kostet 449 euro.")).isNull();
        assertThat(CommercialPages.signal("die creme zieht schnell ein.")).isNull();
    }

    @Test
    void every_reason_code_is_translated() throws Exception {
        for (String bundle : List.of("translations.properties", "translations_en.properties", "translations_de.properties")) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String code : List.of(CommercialPages.SPONSORED_ARTICLE, CommercialPages.DEAL_ARTICLE,
                    CommercialPages.OFFER_TO_READER)) {
                assertThat(texts.getProperty("assist.reason." + code)).as(bundle + " " + code).isNotBlank();
            }
        }
    }
}
