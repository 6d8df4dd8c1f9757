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
 * The layout cues (ADR 24): what an HTML page's markup says about a block, on hand-written blocks between two
 * paragraphs of news. Each rule has a case that it flags and the same words without the layout, which it does not.
 */
class PromotionalLayoutCuesTest {

    private static final String BEFORE = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. "
            + "Er sieht Ausgaben von 412 Millionen Euro vor. Die Opposition stimmte dagegen.";
    private static final String AFTER = "Die Verwaltung will den Plan bis März umsetzen. Sie rechnet mit Verzögerungen "
            + "beim Bau der neuen Schule. Der Bürgermeister zeigte sich dennoch zuversichtlich.";

    private static final BlockLayout PLAIN = BlockLayout.NONE;
    private static final BlockLayout AD_BOX = new BlockLayout(0, 0, true, true, false, false);
    private static final BlockLayout FORM_BOX = new BlockLayout(0, 0, false, true, true, false);
    private static final BlockLayout BUTTON = new BlockLayout(1, 0, false, true, true, true);
    private static final BlockLayout PRODUCT_LINE = new BlockLayout(0.15, 1, false, false, false, true);
    private static final BlockLayout SHOP_LINK_INSIDE = new BlockLayout(0.15, 1, false, false, false, false);

    private final PromotionalDetector detector = new PromotionalDetector();

    /** The lines between the two news paragraphs, each with its layout; the flagged sentences with their reasons. */
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

    @Test
    void the_layout_reaches_the_blocks_and_a_list_that_does_not_fit_is_not_used() {
        String text = "Eins.\nZwei.\n";
        var split = GermanSentenceSplitter.shared().segment(text);
        assertThat(AssistText.of(text, split, List.of(PLAIN, AD_BOX)).blocks().get(1).layout()).isEqualTo(AD_BOX);
        assertThat(AssistText.of(text, split, List.of(AD_BOX)).blocks())
                .allSatisfy(block -> assertThat(block.layout()).isEqualTo(BlockLayout.NONE));
    }

    @Test
    void a_box_the_page_marks_as_an_ad_is_flagged_when_its_words_offer_something() {
        String line = "Unser Ratgeber ist kostenlos.";
        assertThat(flagged(List.of(line), List.of(AD_BOX))).containsOnlyKeys(line)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("ad-markup", "free-offer"));
        assertThat(flagged(List.of(line), List.of(PLAIN))).isEmpty();
    }

    @Test
    void the_markup_alone_never_flags_plain_words() {
        assertThat(flagged(List.of("Die Sitzung beginnt um 18 Uhr im Rathaus."), List.of(AD_BOX))).isEmpty();
        assertThat(flagged(List.of("Die Sitzung beginnt um 18 Uhr im Rathaus.", "Der Eintritt ist frei."),
                List.of(AD_BOX, AD_BOX))).isEmpty();
    }

    @Test
    void a_run_of_lines_each_opening_with_a_shop_link_is_a_product_list() {
        List<String> lines = List.of("Knotenkissen: Die Crème de la Crème der Dekokissen.",
                "Wolldecke: Aus Baumwolle, in vielen Farben. Passt zu jedem Sofa.",
                "Tischlampe: Mit Marmor-Fuß, ein Hingucker im Wohnzimmer.");
        assertThat(flagged(lines, List.of(PRODUCT_LINE, PRODUCT_LINE, PRODUCT_LINE))).hasSize(4)
                .allSatisfy((s, reasons) -> assertThat(reasons).containsExactly("shop-links"));
        // Two lines are no list; a shop link inside a sentence (not its opening words) is a reference, not a product line.
        assertThat(flagged(lines.subList(0, 2), List.of(PRODUCT_LINE, PRODUCT_LINE))).isEmpty();
        assertThat(flagged(lines, List.of(SHOP_LINK_INSIDE, SHOP_LINK_INSIDE, SHOP_LINK_INSIDE))).isEmpty();
        assertThat(flagged(lines, List.of(PLAIN, PLAIN, PLAIN))).isEmpty();
    }

    @Test
    void a_form_in_the_box_supports_an_offer_once_per_block() {
        String offer = "Gratis-Leitfaden für Ihr Unternehmen";
        assertThat(flagged(List.of(offer), List.of(FORM_BOX))).containsOnlyKeys(offer)
                .allSatisfy((s, reasons) -> assertThat(reasons).contains("form-box", "free-offer"));
        assertThat(flagged(List.of(offer), List.of(PLAIN))).isEmpty();
        // A download button with a form beside it and all its text a link is still a download, not an ad: the box's
        // hints count once, not once each.
        assertThat(flagged(List.of("Dieses Skript als PDF herunterladen"), List.of(BUTTON))).isEmpty();
    }
}
