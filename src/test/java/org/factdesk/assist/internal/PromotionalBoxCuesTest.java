package org.factdesk.assist.internal;

import org.factdesk.article.BlockLayout;
import org.factdesk.assist.AssistText;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cue families of session promo3 (ADR 24, "Third round"): price tags and shop small print, subscription terms,
 * the publication's own product, app signatures, petition appeals, the affiliate notice in the publication's own
 * voice, box openers, a plug's lead-in that names its product, and the box a page draws around its lines. Each family
 * has a made-up box it flags and editorial sentences with the same words that it leaves alone.
 */
class PromotionalBoxCuesTest {

    private static final String BEFORE = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. "
            + "Er sieht Ausgaben von 412 Millionen Euro vor. Die Opposition stimmte dagegen.";
    private static final String AFTER = "Die Verwaltung will den Plan bis März umsetzen. Sie rechnet mit Verzögerungen "
            + "beim Bau der neuen Schule. Der Bürgermeister zeigte sich dennoch zuversichtlich.";

    private static final BlockLayout PLAIN = BlockLayout.NONE;
    private static final BlockLayout FORM_BOX = new BlockLayout(0, 0, false, true, true, false);
    private static final BlockLayout BOX = new BlockLayout(0, 0, false, true, false, false);
    private static final BlockLayout DONATION_BOX = new BlockLayout(0, 0, true, true, true, false);

    private final PromotionalDetector detector = new PromotionalDetector();

    /** The lines between two paragraphs of news, each with its layout; the flagged sentences with their reasons. */
    private Map<String, List<String>> flagged(List<String> lines, List<BlockLayout> layouts) {
        List<String> all = new ArrayList<>(List.of(BEFORE));
        all.addAll(lines);
        all.add(AFTER);
        List<BlockLayout> allLayouts = new ArrayList<>(List.of(PLAIN));
        allLayouts.addAll(layouts);
        allLayouts.add(PLAIN);
        String text = String.join("\n", all) + "\n";
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text), allLayouts);
        return FlaggedSentences.of(detector, assistText);
    }

    private Map<String, List<String>> flagged(String... lines) {
        return flagged(List.of(lines), java.util.Collections.nCopies(lines.length, PLAIN));
    }

    // --- price tags and the shop's small print ------------------------------------------------------

    @Test
    void flags_a_shop_box_with_an_old_and_a_new_price_tag_whole() {
        var flagged = flagged("Fitness-Paket für Einsteiger", "Zwölf Wochen Trainingsplan", "Alle Übungen als Video",
                "mehr Infos", "24,90 €", "12,90 €", "Du bist bereits Kundin?", "Dann logge dich hier ein.",
                "Nach erfolgreicher Zahlung erhältst du eine E-Mail mit dem Download-Link.");
        assertThat(flagged.keySet()).containsExactly("Fitness-Paket für Einsteiger", "Zwölf Wochen Trainingsplan",
                "Alle Übungen als Video", "mehr Infos", "24,90 €", "12,90 €", "Du bist bereits Kundin?",
                "Dann logge dich hier ein.",
                "Nach erfolgreicher Zahlung erhältst du eine E-Mail mit dem Download-Link.");
        assertThat(flagged.get("12,90 €")).contains("price-tag");
        assertThat(flagged.get("Du bist bereits Kundin?")).contains("paywall-upsell");
        assertThat(flagged.get("Nach erfolgreicher Zahlung erhältst du eine E-Mail mit dem Download-Link."))
                .contains("shop-box");
    }

    @Test
    void a_selling_price_tag_weighs_more_than_a_bare_amount() {
        assertThat(PromotionalDetector.cues("nur 9,90 €").weights()).containsEntry(PromotionalDetector.Cue.PRICE_TAG, 2.0);
        assertThat(PromotionalDetector.cues("9,90 €").weights()).containsEntry(PromotionalDetector.Cue.PRICE_TAG, 1.5);
        // No cents (a table's figure) or no currency: no price tag.
        assertThat(PromotionalDetector.cues("6.500 €").weights()).doesNotContainKey(PromotionalDetector.Cue.PRICE_TAG);
        assertThat(PromotionalDetector.cues("2,57 %").weights()).doesNotContainKey(PromotionalDetector.Cue.PRICE_TAG);
    }

    @Test
    void leaves_price_tables_calculations_and_prices_in_sentences_alone() {
        // A loan calculation laid out as a table: amounts on lines of their own, but no shop's prices.
        assertThat(flagged("Monatliche Rate", "341,44 €", "311,68 €", "Gesamtkosten", "16.389,28 €", "14.960,51 €"))
                .isEmpty();
        // Three models' prices in a row are a price list, not an old and a new price.
        assertThat(flagged("Preis (Größe L)", "172,99 EUR", "146,45 EUR", "153,76 EUR")).isEmpty();
        assertThat(flagged("Das Ticket kostet nur 9,90 Euro, sagte der Veranstalter am Montag.")).isEmpty();
        assertThat(flagged("Nach der Zahlung der Kaution kam der Mann am Abend frei.")).isEmpty();
        assertThat(flagged("Wer bereits Kunde der Sparkasse ist, muss nichts unternehmen.")).isEmpty();
    }

    // --- subscription terms, the publication's own product, app signatures ---------------------------

    @Test
    void flags_a_subscription_offer_by_its_small_print() {
        assertThat(flagged("Aktuell erhalten Sie das Sport-Ticket (monatlich kündbar) vergünstigt: Im ersten Monat "
                + "zahlen Sie nur 9,99 Euro.")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("paywall-upsell", "price-offer"));
        assertThat(flagged("Der Vertrag ist monatlich kündbar, teilte die Verbraucherzentrale am Montag mit.")).isEmpty();
    }

    @Test
    void flags_the_publications_own_product_offered_right_here() {
        assertThat(flagged("Am einfachsten klappt das mit unseren Trainingsplänen, die du dir hier direkt herunterladen kannst."))
                .hasSize(1).allSatisfy((s, reasons) -> assertThat(reasons).contains("self-promotion"));
        // An own report, or a document to download, is no self-promotion.
        assertThat(flagged("Unsere Reporterin hat die neue App der Stadtwerke getestet.")).isEmpty();
        assertThat(flagged("Hier können Sie die vollständige Studie herunterladen.")).isEmpty();
    }

    @Test
    void flags_an_app_signature_under_a_post() {
        assertThat(flagged("Mit der kostenlosen Forum-App von meinem Smartphone aus geschrieben.")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("self-promotion"));
        assertThat(flagged("Die App der Stadt zeigt alle Fahrpläne auf einen Blick.")).isEmpty();
    }

    @Test
    void a_plug_takes_the_short_blocks_before_it_that_name_its_product() {
        var flagged = flagged("Tipp: Die Stadtwerke-App", "Hier gibt es alle Fahrpläne und Störungen gebündelt in einer App.",
                "Die Stadtwerke-App jetzt kostenlos für iOS und Android!");
        assertThat(flagged).hasSize(3);
        assertThat(flagged.get("Tipp: Die Stadtwerke-App")).contains("funnel-lead-in");
        // A block about an app before a newsletter plug is not its lead-in.
        assertThat(flagged("Die App der Stadt zeigt alle Fahrpläne.", "Jetzt kostenlos zum Newsletter anmelden!").keySet())
                .containsExactly("Jetzt kostenlos zum Newsletter anmelden!");
    }

    // --- petitions and the affiliate notice in the publication's own voice ---------------------------

    @Test
    void flags_a_petition_appeal_and_its_counter() {
        var flagged = flagged("Unterzeichnen Sie jetzt unsere Petition!", "1.250 haben mitgemacht");
        assertThat(flagged).hasSize(2).allSatisfy((s, reasons) -> assertThat(reasons).contains("petition-appeal"));
        assertThat(flagged("Bis Montag hatten 50.000 Menschen die Petition unterzeichnet, teilte der Verband mit.")).isEmpty();
        assertThat(flagged("Der Verband hat im Herbst eine Petition an den Landtag gestartet.")).isEmpty();
        assertThat(flagged("Dann zeichnen Sie mit dem Lineal eine gerade Linie.")).isEmpty();
    }

    @Test
    void flags_an_affiliate_notice_in_the_publications_own_words_with_its_opener() {
        var flagged = flagged("Was das Sternchen bedeutet:", "Solche Links kennzeichnen wir mit einem Sternchen (*). "
                + "Geld erhalten wir, wenn Sie über diesen Link einen Vertrag abschließen.");
        assertThat(flagged).hasSize(3);
        assertThat(flagged.get("Was das Sternchen bedeutet:")).contains("funnel-lead-in");
        assertThat(PromotionalDetector.cues("Solche Links kennzeichnen wir mit einem Sternchen (*).").codes())
                .contains("affiliate-notice");
        assertThat(PromotionalDetector.cues("Geld erhalten wir, wenn Sie über diesen Link etwas kaufen.").codes())
                .contains("affiliate-notice");
        assertThat(flagged("Die Behörde kennzeichnet belastete Produkte mit einem Warnhinweis.")).isEmpty();
        // A line ending in a colon before plain news is no opener.
        assertThat(flagged("Die wichtigsten Punkte:", "Die Schule wird bis 2026 gebaut.")).isEmpty();
    }

    // --- the box a page draws (HTML layout) -----------------------------------------------------------

    @Test
    void a_form_box_takes_its_heading_and_its_other_lines_along() {
        List<String> lines = List.of("Petition", "Konsum ist ein Klimakiller",
                "Bitte fordern Sie mit uns die Bundesregierung auf, das Gesetz umzusetzen.",
                "Unterzeichnen Sie jetzt die Petition!", "0 %");
        var boxed = flagged(lines, List.of(FORM_BOX, FORM_BOX, FORM_BOX, FORM_BOX, FORM_BOX));
        assertThat(boxed.keySet()).containsExactlyElementsOf(lines);
        // The same words without the page's box: only the appeal and what leads into it.
        var plain = flagged(lines, java.util.Collections.nCopies(lines.size(), PLAIN));
        assertThat(plain.keySet()).doesNotContain("Petition", "0 %");
        // A boxed teaser next to the box, without a form, stays out.
        var withTeaser = flagged(List.of("Unterzeichnen Sie jetzt die Petition!", "Plastik und Klimakrise"),
                List.of(FORM_BOX, BOX));
        assertThat(withTeaser.keySet()).containsExactly("Unterzeichnen Sie jetzt die Petition!");
    }

    @Test
    void a_block_the_page_calls_a_donation_box_goes_whole_with_its_heading() {
        List<String> lines = List.of("Gemeinsam für eine lebenswerte Zukunft",
                "Mit unabhängigen Studien, öffentlichen Protestaktionen und konkreten Vorschlägen üben wir seit Jahren Druck "
                        + "auf Handel und Politik aus. Der Verein wird ganz von Privatpersonen finanziert. Bitte unterstützen "
                        + "Sie uns mit Ihrer regelmäßigen Spende.");
        var boxed = flagged(lines, List.of(DONATION_BOX, DONATION_BOX));
        assertThat(boxed.keySet()).containsExactly("Gemeinsam für eine lebenswerte Zukunft",
                "Mit unabhängigen Studien, öffentlichen Protestaktionen und konkreten Vorschlägen üben wir seit Jahren Druck "
                        + "auf Handel und Politik aus.",
                "Der Verein wird ganz von Privatpersonen finanziert.",
                "Bitte unterstützen Sie uns mit Ihrer regelmäßigen Spende.");
        var plain = flagged(lines, List.of(PLAIN, PLAIN));
        assertThat(plain.keySet()).containsExactly("Bitte unterstützen Sie uns mit Ihrer regelmäßigen Spende.");
    }

    // --- second round: comparison portals, shop tips, buttons in a paragraph, box headings -------------

    @Test
    void flags_a_shop_tip_written_with_a_space() {
        assertThat(flagged("Amazon Tipp: Nutzen Sie die Musik-Funktionen auf Ihren Echo-Geräten")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("shop-box"));
        assertThat(flagged("Spar-Tipp: Wer die Heizkörper entlüftet, spart Energie.")).isEmpty();
        assertThat(flagged("Ein Tipp des Amazon-Chefs an die Gründer: Geduld haben.")).isEmpty();
    }

    @Test
    void flags_a_comparison_portals_call_and_its_promises() {
        assertThat(flagged("Jetzt Angebote berechnen!")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("call-to-action"));
        assertThat(flagged("Mit der Bestpreis-Garantie sind Sie auf der sicheren Seite. Finden Sie es woanders günstiger, "
                + "erstatten wir die Differenz. Das garantieren wir Ihnen.")).hasSize(3);
        assertThat(flagged("Top-Zinsen mit 35 % Ersparnis", "Unverbindlich, kostenlos und Schufa-neutral")).hasSize(2);
        // The same words in news: a warranty, a guarantee in a report, costs to be worked out.
        assertThat(flagged("Die Garantie des Herstellers gilt zwei Jahre, teilte der Verband am Montag mit.")).isEmpty();
        assertThat(flagged("Die Preisgarantie der Bahn für Zeitkarten endet im März.")).isEmpty();
        assertThat(flagged("Die Behörde will die Kosten jetzt neu berechnen.")).isEmpty();
    }

    @Test
    void a_shop_link_line_inside_a_paragraph_stays_a_button() {
        // A video's description: a paragraph of five sentences, one of them the shop's link line.
        String prose = "Wir haben uns das neue Telefon in den vergangenen zwei Wochen im Alltag genau angesehen. "
                + "Im Video zeigen wir die Kamera bei Tag und bei Nacht im direkten Vergleich mit dem Vorgänger. "
                + "Auch das Display kommt im Test gut weg, es ist hell genug für die Sonne im Sommer. "
                + "Der Akku hält bei normaler Nutzung einen ganzen Tag durch, bei Spielen deutlich weniger lang.";
        assertThat(flagged(prose + " ► Zum Fanartikel-Shop: shop.example.de/kanal/").keySet())
                .containsExactly("► Zum Fanartikel-Shop: shop.example.de/kanal/");
        assertThat(flagged(prose)).isEmpty();
    }

    @Test
    void after_the_article_a_short_heading_above_a_box_is_its_title_but_a_byline_is_not() {
        String article = BEFORE + "\n" + AFTER + "\n";
        assertThat(flaggedText(article + "Hinweis zu der Meldung\nDiese Seite zeigt gesponserte Inhalte und Anzeigen.\n",
                "Hinweis zu der Meldung")).containsKey("Hinweis zu der Meldung");
        assertThat(flaggedText(article + "Claudia Muster\nDen ganzen Artikel lesen Sie in unserer Ausgabe 3/2024 am Kiosk.\n",
                "Claudia Muster")).doesNotContainKey("Claudia Muster")
                .containsKey("Den ganzen Artikel lesen Sie in unserer Ausgabe 3/2024 am Kiosk.");
    }

    // --- promo8: completing a box, labels inside a sentence ------------------------------------------

    private static final String MIDDLE = "Lokaljournalismus kostet! Denn gut recherchierte Berichte brauchen Zeit und "
            + "Reporterinnen, die nachfragen und vor Ort sind. Unser Team berichtet seit 30 Jahren aus der Region.";

    @Test
    void a_short_block_between_two_parts_of_an_appeal_goes_whole() {
        var flagged = flaggedPlain(BEFORE + "\n" + AFTER + "\nDie Stadtzeitung zahl' ich freiwillig!\n" + MIDDLE
                + "\nUnterstützen Sie unsere Arbeit mit einem monatlichen Beitrag!\n");
        assertThat(flagged).containsKeys("Lokaljournalismus kostet!", "Unser Team berichtet seit 30 Jahren aus der Region.",
                "Denn gut recherchierte Berichte brauchen Zeit und Reporterinnen, die nachfragen und vor Ort sind.");
        // A paragraph of prose between them (more than three sentences) keeps its prose: only its pitch is the box's.
        String prose = MIDDLE + " Im vergangenen Jahr deckten wir den Bauskandal am Hafen auf.";
        var paragraph = flaggedPlain(BEFORE + "\n" + AFTER + "\nDie Stadtzeitung zahl' ich freiwillig!\n" + prose
                + "\nUnterstützen Sie unsere Arbeit mit einem monatlichen Beitrag!\n");
        assertThat(paragraph).containsKey("Lokaljournalismus kostet!")
                .doesNotContainKeys("Unser Team berichtet seit 30 Jahren aus der Region.",
                        "Im vergangenen Jahr deckten wir den Bauskandal am Hafen auf.");
    }

    @Test
    void a_plug_takes_the_short_block_after_it_that_names_its_product_or_that_its_colon_announces() {
        assertThat(flagged("Die Stadtwerke-App jetzt kostenlos für iOS und Android!",
                "Die Stadtwerke-App gibt es auch als Download auf unserer Homepage.").keySet())
                .containsExactly("Die Stadtwerke-App jetzt kostenlos für iOS und Android!",
                        "Die Stadtwerke-App gibt es auch als Download auf unserer Homepage.");
        assertThat(flagged("Jetzt die aktuelle Ausgabe bestellen!", "Viel Spaß mit der neuen Ausgabe!"))
                .containsKey("Viel Spaß mit der neuen Ausgabe!");
        assertThat(flagged("Überzeugen Sie sich von unserem Online-Abo:",
                "Alle Artikel vollständig lesen, im Archiv stöbern und die Druckausgabe als PDF laden."))
                .containsKey("Alle Artikel vollständig lesen, im Archiv stöbern und die Druckausgabe als PDF laden.");
        // Another product, or the city's expenses, are not the plug's; nor is the article after a form's colon.
        assertThat(flagged("Jetzt kostenlos zum Newsletter anmelden!", "Die App der Stadt zeigt alle Fahrpläne.").keySet())
                .containsExactly("Jetzt kostenlos zum Newsletter anmelden!");
        assertThat(flagged("Jetzt die aktuelle Ausgabe bestellen!", "Die Ausgaben der Stadt steigen weiter.").keySet())
                .containsExactly("Jetzt die aktuelle Ausgabe bestellen!");
        assertThat(flagged("Registrieren Sie sich jetzt kostenlos:", "Die Stadt zahlt den Zuschuss ab Mai aus.").keySet())
                .containsExactly("Registrieren Sie sich jetzt kostenlos:");
    }

    @Test
    void a_label_in_brackets_flags_its_sentence_even_inside_a_paragraph() {
        assertThat(flagged("Die fünf Sommertrends 2018 [Werbung]")).containsOnlyKeys("Die fünf Sommertrends 2018 [Werbung]")
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("ad-label"));
        String labelled = "Beim nächsten Waschen kam die neue Spülung (Werbung) dazu.";
        String rest = " Sie lässt sich gut auftragen. Leider ist sie etwas zu dünnflüssig. Nach fünf Minuten habe ich sie "
                + "ausgespült. Das Ergebnis hat mich überzeugt.";
        assertThat(flagged(labelled + rest).keySet()).containsExactly(labelled);
        assertThat(flagged("Ich habe es probiert." + rest.replace(" Das Ergebnis", " " + labelled + " Das Ergebnis")).keySet())
                .containsExactly(labelled);
        // A label alone in a paragraph is the writer's irony; a sentence about labels is not one.
        assertThat(flagged("Die Magazine bestehen fast nur aus Produkten. #Werbung!" + rest)).isEmpty();
        assertThat(flagged("Die Verbraucherzentrale verlangt eine Kennzeichnung (Anzeige oder Werbung) bei Influencern."))
                .isEmpty();
    }

    @Test
    void flags_a_reviewers_sample_disclosure_and_a_link_to_the_publications_shop() {
        assertThat(flagged("P.S.: Shampoo und Spülung erhielt ich als Testmuster.")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("sponsored-label"));
        assertThat(flagged("Die Produkte wurden mir kostenlos zur Verfügung gestellt.")).hasSize(1);
        // A photo credit, a laboratory's samples: nothing was given to a reviewer.
        assertThat(flagged("Das Foto wurde uns freundlicherweise zur Verfügung gestellt.")).isEmpty();
        assertThat(flagged("Die Muster erhielt das Labor erst im März.")).isEmpty();
        assertThat(flagged("Hier der Link zu unserem Fan-Shop: https://shop.example.de/zeitung")).hasSize(1)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("shop-box"));
        assertThat(flagged("Der Weg zu unserem Dorfladen ist im Winter oft verschneit.")).isEmpty();
    }

    @Test
    void a_separator_is_no_box_title_and_an_authors_tag_is_no_part_of_the_box() {
        String article = BEFORE + "\n" + AFTER + "\n";
        assertThat(flaggedText(article + "+++\nUnterstützen Sie unsere Arbeit mit einer Spende!\n", "+++"))
                .doesNotContainKey("+++").containsKey("Unterstützen Sie unsere Arbeit mit einer Spende!");
        // Nor is it a line of a shop box above the box's button.
        assertThat(flaggedText(article + "+++\nFan-Shirt der Redaktion\nJetzt bestellen\n", "+++"))
                .doesNotContainKey("+++").containsKeys("Fan-Shirt der Redaktion", "Jetzt bestellen");
        var tagged = flaggedPlain(article + "Den kompletten Beitrag lesen Sie in der neuen Ausgabe am Kiosk. (grh)\n");
        assertThat(tagged.keySet()).containsExactly("Den kompletten Beitrag lesen Sie in der neuen Ausgabe am Kiosk.");
    }

    private Map<String, List<String>> flaggedPlain(String text) {
        return FlaggedSentences.of(detector, AssistText.of(text, GermanSentenceSplitter.shared().segment(text)));
    }

    /** Flagged sentences of a plain text (a short line without a full stop is a heading block there). */
    private Map<String, List<String>> flaggedText(String text, String heading) {
        AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
        assertThat(assistText.blocks()).anySatisfy(block -> {
            assertThat(block.text().strip()).isEqualTo(heading);
            assertThat(block.kind()).isEqualTo(org.factdesk.segmentation.BlockKind.HEADING);
        });
        return FlaggedSentences.of(detector, assistText);
    }
}
