package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestedVerdict;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-written German and English boxes, one per cue, and editorial sentences that only mention ads, shops or prices. */
class PromotionalDetectorTest {

    /** Two paragraphs of plain news around the block under test, as on a real page. */
    private static final String BEFORE = """
            Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Er sieht Ausgaben von 412 Millionen Euro vor. Die Opposition stimmte dagegen.
            """;
    private static final String AFTER = """
            Die Verwaltung will den Plan bis März umsetzen. Sie rechnet mit Verzögerungen beim Bau der neuen Schule. Der Bürgermeister zeigte sich dennoch zuversichtlich.
            """;

    private final PromotionalDetector detector = new PromotionalDetector();

    /** Each flagged sentence's text with its reasons, in order. */
    private Map<String, List<String>> flagged(String text) {
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        Map<Integer, String> sentences = new LinkedHashMap<>();
        assistText.sentences().forEach(s -> sentences.put(s.ordinal(), s.text()));
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (DetectedSuggestion suggestion : detector.detect(assistText)) {
            assertThat(suggestion.verdict()).isEqualTo(SuggestedVerdict.PROMOTIONAL);
            result.put(sentences.get(suggestion.ordinal()), suggestion.reasons());
        }
        return result;
    }

    private Map<String, List<String>> flaggedBetweenNews(String block) {
        return flagged(BEFORE + block + "\n" + AFTER);
    }

    @Test
    void names_itself_promotional() {
        assertThat(detector.name()).isEqualTo("promotional");
    }

    @Test
    void flags_an_ad_label_between_paragraphs_and_nothing_else() {
        assertThat(flaggedBetweenNews("Anzeige")).containsOnlyKeys("Anzeige")
                .containsEntry("Anzeige", List.of("ad-label"));
        assertThat(flaggedBetweenNews("-- Werbung --")).containsOnlyKeys("-- Werbung --");
        assertThat(flaggedBetweenNews("Advertisement")).containsOnlyKeys("Advertisement");
    }

    @Test
    void flags_sponsored_notices() {
        assertThat(flaggedBetweenNews("Dieser Beitrag entstand in Kooperation mit der Brauerei Müller."))
                .containsOnlyKeys("Dieser Beitrag entstand in Kooperation mit der Brauerei Müller.")
                .allSatisfy((sentence, reasons) -> assertThat(reasons).contains("sponsored-label"));
        assertThat(flaggedBetweenNews("Gesponserter Beitrag")).containsOnlyKeys("Gesponserter Beitrag");
        assertThat(flaggedBetweenNews("Sponsored by Acme Inc.")).hasSize(1);
    }

    @Test
    void flags_an_affiliate_notice_as_one_block() {
        Map<String, List<String>> flagged = flaggedBetweenNews("Die mit Sternchen gekennzeichneten Links sind Affiliate-Links. "
                + "Kaufen Sie darüber ein, erhalten wir vom Händler eine kleine Provision. Für Sie ändert sich der Preis nicht.");
        assertThat(flagged).hasSize(3);
        assertThat(flagged.values()).anySatisfy(reasons -> assertThat(reasons).contains("affiliate-notice"));
    }

    @Test
    void flags_a_shop_box_with_its_product_lines() {
        Map<String, List<String>> flagged = flaggedBetweenNews("""
                Unsere Empfehlungen
                Akkuschrauber X200
                89,99 Euro
                Bei Amazon
                Zum Angebot""");
        assertThat(flagged).containsOnlyKeys("Unsere Empfehlungen", "Akkuschrauber X200", "89,99 Euro", "Bei Amazon",
                "Zum Angebot");
        assertThat(flagged.get("Bei Amazon")).contains("shop-box");
    }

    @Test
    void flags_newsletter_prompts() {
        assertThat(flaggedBetweenNews("Melden Sie sich jetzt für unseren kostenlosen Newsletter an."))
                .hasSize(1).allSatisfy((s, reasons) -> assertThat(reasons).contains("newsletter-prompt"));
        assertThat(flaggedBetweenNews("Erhalten Sie täglich die wichtigsten News direkt per E-Mail.")).hasSize(1);
        assertThat(flaggedBetweenNews("Subscribe to our newsletter and get the latest news every morning.")).hasSize(1);
    }

    @Test
    void flags_paywall_and_subscription_upsells() {
        assertThat(flaggedBetweenNews("Jetzt weiterlesen mit F+")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("paywall-upsell"));
        assertThat(flaggedBetweenNews("Sie möchten gerne weiterlesen?\nRegistrieren Sie sich jetzt kostenlos:"))
                .containsOnlyKeys("Sie möchten gerne weiterlesen?", "Registrieren Sie sich jetzt kostenlos:");
        assertThat(flaggedBetweenNews("Neu: Tagesspiegel Plus jetzt 4 Wochen kostenlos testen!")).hasSize(1);
    }

    @Test
    void flags_a_free_offer_with_its_lead_in_sentences() {
        Map<String, List<String>> flagged = flaggedBetweenNews("Die neue Verordnung verpflichtet alle Betriebe zu umfangreicher "
                + "Dokumentation. Wer betroffen ist, sollte die Fristen kennen. Ein kostenloser Ratgeber erklärt, was jetzt gilt. "
                + "Kostenlosen Ratgeber herunterladen");
        assertThat(flagged).hasSize(4);
        assertThat(flagged.get("Kostenlosen Ratgeber herunterladen")).contains("call-to-action", "free-offer");
        assertThat(flagged.get("Wer betroffen ist, sollte die Fristen kennen.")).contains("funnel-lead-in");
    }

    @Test
    void flags_stock_tip_questions_in_an_article_about_shares() {
        String article = """
                Die Aktie von Muster AG fiel am Montag um vier Prozent. Analysten sehen die Zahlen kritisch. Der Vorstand kündigte Einsparungen an.
                Sollten Anleger jetzt verkaufen? Oder lohnt sich der Einstieg noch?
                Der Konzern legt im Mai neue Zahlen vor. Bis dahin dürfte der Kurs schwanken. Die Börse reagierte verhalten.
                """;
        assertThat(flagged(article)).containsOnlyKeys("Sollten Anleger jetzt verkaufen?", "Oder lohnt sich der Einstieg noch?")
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("stock-tip-question"));
    }

    @Test
    void flags_price_offers_and_calls_to_action() {
        assertThat(flaggedBetweenNews("Nur diese Woche: -30 % auf alle Winterjacken. Jetzt bestellen!"))
                .hasSize(2).allSatisfy((s, reasons) -> assertThat(reasons).containsAnyOf("price-offer", "call-to-action"));
        assertThat(flaggedBetweenNews("Mit dem Rabattcode SOMMER gibt es 20 % Rabatt. Hier geht's zum Shop.")).hasSize(2);
        assertThat(flaggedBetweenNews("Microsoft-Aktie: Kaufen oder verkaufen? Hier weiterlesen...")).hasSize(2);
    }

    @Test
    void flags_support_appeals_with_their_payment_lines_after_the_article() {
        // After the last paragraph of prose, the publication's line about itself leads in to its appeal.
        Map<String, List<String>> flagged = flagged(BEFORE + """
                Wir sind unabhängig und finanzieren uns durch unsere Leser.
                Unterstützen Sie unsere Arbeit mit einer Spende!
                Per Überweisung oder PayPal
                """);
        assertThat(flagged).containsOnlyKeys("Wir sind unabhängig und finanzieren uns durch unsere Leser.",
                "Unterstützen Sie unsere Arbeit mit einer Spende!", "Per Überweisung oder PayPal");
    }

    @Test
    void flags_self_promotion_of_the_publication() {
        assertThat(flaggedBetweenNews("Den kompletten Beitrag lesen Sie in der neuen Ausgabe, am Kiosk oder im Shop."))
                .hasSize(1).allSatisfy((s, reasons) -> assertThat(reasons).contains("paywall-upsell"));
        assertThat(flaggedBetweenNews("Das Heft können Sie hier versandkostenfrei bestellen.")).hasSize(1);
        assertThat(flaggedBetweenNews("Deshalb freuen wir uns über jede Spende! Spenden könnt ihr per PayPal."))
                .hasSize(2).allSatisfy((s, reasons) -> assertThat(reasons).contains("support-appeal"));
        assertThat(flaggedBetweenNews("Dieser Beitrag entstand in freundlicher Zusammenarbeit mit der Shop-Apotheke."))
                .hasSize(1);
        assertThat(flaggedBetweenNews("Kostenlose 21 Tage Testversion")).hasSize(1);
        assertThat(flaggedBetweenNews("► Zum Technikliebe T-Shirt-Shop: shop.example.de/technik")).hasSize(1);
    }

    @Test
    void flags_english_calls_to_action() {
        assertThat(flaggedBetweenNews("Download the free guide now. Sign up today!")).hasSize(2);
        assertThat(flaggedBetweenNews("Sponsored")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lesen Sie jetzt weiter", "Exklusiv für Abonnenten", "Testen Sie jetzt SZ Plus", "Jetzt für 0,99 € testen",
            "1 Monat für 1 € testen", "Hier Newsletter abonnieren", "Gutscheincode: SPAR20",
            "Nur noch heute: 50 % Rabatt auf alles!", "Fordern Sie jetzt Ihr kostenloses Exemplar an!", "Gratis testen",
            "Zum Gewinnspiel", "Jetzt mitmachen und gewinnen!", "Buy on Amazon", "Get 50% off your first month.",
            "Start your free trial today.", "This article is for subscribers only.", "Just click here."})
    void flags_a_button_or_offer_on_its_own_line(String line) {
        assertThat(flaggedBetweenNews(line)).containsOnlyKeys(line);
    }

    @Test
    void judges_a_run_of_short_pitching_lines_as_one_box() {
        assertThat(flagged("""
                Die Aktie von Muster AG fiel am Montag um vier Prozent. Analysten sehen die Zahlen kritisch. Der Vorstand schweigt.
                Sollten Sie die Aktie jetzt kaufen?
                Lesen Sie unsere Gratis-Analyse.
                """)).containsOnlyKeys("Sollten Sie die Aktie jetzt kaufen?", "Lesen Sie unsere Gratis-Analyse.");
        assertThat(flaggedBetweenNews("Newsletter\nJeden Morgen die wichtigsten Nachrichten.\nJetzt anmelden"))
                .containsOnlyKeys("Newsletter", "Jeden Morgen die wichtigsten Nachrichten.", "Jetzt anmelden");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Installation testen", "Dieses Skript als PDF herunterladen", "Einfach mal ausprobieren!",
            "Folgen Sie uns auf Facebook und Instagram!",
            "Die Werbung wurde verboten.",
            "Die Werbung für Tabakprodukte ist seit 2021 auf Plakaten verboten, teilte das Ministerium mit.",
            "Microsoft investierte 13 Milliarden US-Dollar in OpenAI.",
            "Im Test kostete das günstigste Gerät nur 99 Euro, das teuerste 349 Euro.",
            "Die Teilnahme ist kostenlos.",
            "Die Polizei hat Anzeige gegen Unbekannt erstattet.",
            "Amazon kündigte an, 10.000 Stellen zu streichen; Lidl und Aldi senkten die Preise um 5 Prozent.",
            "In ihrem Newsletter kritisierte die Journalistin den Konzern scharf.",
            "Die Zeitung stellt ihr Abo-Modell um; ein Digital-Abo kostet künftig 9,99 Euro im Monat.",
            "Sollte man jetzt ein Elektroauto kaufen? Oder lieber warten?",
            "Klicken Sie auf das gewünschte Datum, um die Abreise festzulegen.",
            "Der Konzern wirbt mit kostenlosen Rücksendungen und einem Rabatt von zehn Prozent für Neukunden.",
            "Die Organisation ruft zu Spenden für die Opfer des Erdbebens auf.",
            "Bitte melden Sie sich hierzu online an."})
    void leaves_editorial_sentences_unflagged(String sentence) {
        assertThat(flaggedBetweenNews(sentence)).isEmpty();
    }

    @Test
    void leaves_a_report_about_advertising_unflagged() {
        String article = """
                Werbeverbot für Süßigkeiten
                Die Regierung will Werbung für ungesunde Lebensmittel im Kinderfernsehen verbieten. Zwischen 6 und 23 Uhr sollen keine Spots mehr laufen. Die Werbewirtschaft kritisiert den Plan.
                Ein Sprecher des Verbands sagte, Anzeigen in Zeitschriften seien kaum betroffen. Händler wie Amazon und Rewe äußerten sich nicht. Verbraucherschützer begrüßten den Entwurf.
                """;
        assertThat(flagged(article)).isEmpty();
    }

    @Test
    void a_long_paragraph_of_prose_keeps_its_sentences_around_a_pitch() {
        Map<String, List<String>> flagged = flagged("""
                Die Stadtwerke erhöhen die Preise zum 1. Januar um acht Prozent. Grund seien höhere Kosten für Netz und Einkauf. Verbraucherschützer halten den Schritt für überzogen. Vergleichbare Versorger verlangen deutlich weniger. Der Stadtrat will das Thema im Februar beraten. Abonnieren Sie unseren kostenlosen Newsletter für alle Neuigkeiten aus der Region.
                """);
        assertThat(flagged).containsOnlyKeys(
                "Abonnieren Sie unseren kostenlosen Newsletter für alle Neuigkeiten aus der Region.");
    }

    @Test
    void flags_the_small_print_of_a_newsletter_form_with_its_box() {
        String box = "Der Newsletter erscheint jeden Freitag. Nach der Anmeldung erhalten Sie eine Bestätigungs-E-Mail. "
                + "Bitte prüfen Sie auch Ihren Spam-Ordner.";
        assertThat(flaggedBetweenNews(box)).hasSize(3)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("newsletter-prompt"));
        assertThat(PromotionalDetector.cues("Bitte prüfen Sie auch Ihren Spam-Ordner.").codes()).contains("newsletter-prompt");
    }

    @Test
    void an_opener_that_trails_off_leads_in_to_the_box_after_it() {
        Map<String, List<String>> flagged = flaggedBetweenNews("Übrigens …\nMelden Sie sich jetzt für unseren kostenlosen Newsletter an.");
        assertThat(flagged).containsKey("Übrigens …");
        assertThat(flagged.get("Übrigens …")).contains("funnel-lead-in");
        // Not without a box after it.
        assertThat(flaggedBetweenNews("Übrigens …")).isEmpty();
    }

    @Test
    void flags_an_app_plug_but_not_news_about_an_app() {
        assertThat(flaggedBetweenNews("Tipp: Die Sport-App jetzt kostenlos für iOS und Android!")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("call-to-action"));
        assertThat(flaggedBetweenNews("Die App ist für iOS und Android verfügbar und kostet 4,99 Euro.")).isEmpty();
        assertThat(flaggedBetweenNews("Das Unternehmen brachte die App im Frühjahr für iOS und Android heraus.")).isEmpty();
    }

    @Test
    void flags_offers_made_to_the_reader() {
        assertThat(flaggedBetweenNews("Kostenlos erhalten Sie die aktuelle Ausgabe hier.")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("free-offer"));
        assertThat(flaggedBetweenNews("Aktuell erhalten Sie das Ticket vergünstigt. Im ersten Monat zahlen Sie nur 9,99 Euro."))
                .hasSize(2);
        assertThat(flaggedBetweenNews("Alle meine Favoriten findet ihr jetzt gesammelt hier. Viel Spaß beim Stöbern!"))
                .isEmpty(); // a pointer alone is not enough ...
        assertThat(flaggedBetweenNews("Alle meine Favoriten findet ihr jetzt gesammelt hier.\nZum Angebot"))
                .hasSize(2); // ... but it leads in to the button
    }

    @Test
    void editorial_offers_prices_and_tips_stay_unflagged() {
        assertThat(flaggedBetweenNews("Die Broschüre erhalten Sie kostenlos im Bürgeramt.")).isEmpty();
        assertThat(flaggedBetweenNews("Weitere Informationen finden Sie hier.")).isEmpty();
        assertThat(flaggedBetweenNews("Spar-Tipp: Wer die Heizung um ein Grad senkt, spart rund sechs Prozent Energie.")).isEmpty();
        assertThat(flaggedBetweenNews("Die Händler gewähren bis zu 20 Prozent Rabatt, berichtet der Verband. "
                + "Kunden erhalten die Geräte damit vergünstigt, sagte ein Sprecher.")).isEmpty();
        assertThat(flaggedBetweenNews("Die Werbeagentur gewann den Etat von Amazon. Ihr Chef spricht von einem Durchbruch.")).isEmpty();
    }

    @Test
    void flags_a_donation_account_line_after_the_article_but_not_a_bare_bank_account() {
        assertThat(flagged(BEFORE + AFTER + "Spendenkonto: DE10 4405 0199 0212 1545 63 bei der Sparkasse\n")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("support-appeal"));
        assertThat(flagged(BEFORE + AFTER + "IBAN: DE54 5205 0353 0002 0650 69\n")).isEmpty();
        assertThat(flaggedBetweenNews("Spenden an die Tafel sind im Dezember um ein Drittel gestiegen, sagte die Leiterin.")).isEmpty();
    }

    @Test
    void flags_a_shop_tip_line() {
        assertThat(flaggedBetweenNews("Kauf-Tipp: Den Akkusauger gibt es derzeit günstiger beim Online-Händler.")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("shop-box"));
    }

    @Test
    void every_reason_it_gives_has_an_english_and_a_german_text() throws java.io.IOException {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (PromotionalDetector.Cue cue : PromotionalDetector.Cue.values()) {
            if (cue != PromotionalDetector.Cue.READER_ADDRESS) { // context only, never shown
                codes.add(cue.code);
            }
        }
        codes.add(PromotionalDetector.FUNNEL_LEAD_IN);
        for (String bundle : List.of("translations.properties", "translations_en.properties", "translations_de.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(codes).as(bundle).allSatisfy(code -> assertThat(texts.getProperty("assist.reason." + code))
                    .as(bundle + " assist.reason." + code).isNotBlank());
        }
        // And nothing it says falls outside those codes.
        String everything = BEFORE + "Anzeige\nSie möchten gerne weiterlesen?\nRegistrieren Sie sich jetzt kostenlos:\n"
                + "Bei Amazon\nZum Angebot\nUnterstützen Sie unsere Arbeit mit einer Spende!\nPer PayPal\n";
        assertThat(flagged(everything).values()).isNotEmpty()
                .allSatisfy(reasons -> assertThat(codes).containsAll(reasons));
    }

    /** The 5,000-sentence case flags exactly its ad blocks; its speed is AssistBenchmark's to print, not a test's. */
    @Test
    void handles_a_long_article() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("Im ").append(i).append(". Quartal stieg der Umsatz um 3 Prozent. Der Vorstand sprach von einem guten Jahr. ")
                    .append("Analysten erwarten mehr. Die Aktie legte zu. Kritiker bemängeln die Kosten.\n");
            if (i % 100 == 0) {
                text.append("Anzeige\nJetzt kostenlos testen!\n");
            }
        }
        AssistText assistText = AssistText.of(text.toString(), GermanSentenceSplitter.shared().segment(text.toString()));
        assertThat(assistText.sentenceCount()).isGreaterThanOrEqualTo(5000);

        assertThat(detector.detect(assistText)).hasSize(20);
    }
}
