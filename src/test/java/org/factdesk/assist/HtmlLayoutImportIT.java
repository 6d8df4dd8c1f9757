package org.factdesk.assist;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.importing.ImportService;
import org.factdesk.review.Suggestion;
import org.factdesk.review.Verdict;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 24: an HTML page's layout rides on the import to the analyses run in its transaction, so a product list known
 * only by its shop links is suggested in the reader as the {@code assist} command suggests it; the same lines
 * pasted as text are not.
 */
@IntegrationTest
class HtmlLayoutImportIT {

    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;
    @Autowired
    AssistService assistService;

    private static final String PRODUCTS = "<p><a href=\"https://amzn.to/1aaa\">Knotenkissen</a>: Die Crème de la Crème der Dekokissen.</p>"
            + "<p><a href=\"https://amzn.to/1bbb\">Wolldecke</a>: Aus Baumwolle, in vielen Farben.</p>"
            + "<p><a href=\"https://amzn.to/1ccc\">Tischlampe</a>: Mit Marmor-Fuß, ein Hingucker im Wohnzimmer.</p>";

    private static String page(String marker) {
        String prose = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer langen und "
                + "kontroversen Debatte über die Ausgaben für Schulen, Straßen und den öffentlichen Nahverkehr. ";
        return "<!DOCTYPE html><html><head><title>Geschenke " + marker + "</title></head><body><main><article>"
                + "<h1>Geschenke " + marker + "</h1><p>" + prose + "Die Opposition stimmte dagegen, sie hält die Pläne für "
                + "zu teuer.</p><p>" + prose + "Die Verwaltung will den Plan bis März umsetzen.</p>" + PRODUCTS
                + "<p>" + prose + "Der Bürgermeister zeigte sich dennoch zuversichtlich, dass der Plan aufgeht.</p>"
                + "</article></main></body></html>";
    }

    @Test
    void an_imported_html_page_gets_the_suggestions_its_layout_supports() {
        String marker = UUID.randomUUID().toString();
        ArticleId html = SystemAuthentication.runAsSystem(() -> importService.importFile("geschenke.html", "text/html",
                page(marker).getBytes(StandardCharsets.UTF_8)));
        Map<String, Suggestion> suggestions = suggestionsByText(html);
        assertThat(suggestions).containsKeys("Knotenkissen: Die Crème de la Crème der Dekokissen.",
                "Wolldecke: Aus Baumwolle, in vielen Farben.", "Tischlampe: Mit Marmor-Fuß, ein Hingucker im Wohnzimmer.");
        assertThat(suggestions.get("Wolldecke: Aus Baumwolle, in vielen Farben.").verdict()).isEqualTo(Verdict.PROMOTIONAL);
        assertThat(suggestions.get("Wolldecke: Aus Baumwolle, in vielen Farben.").reasons()).contains("shop-links");
        // The same text pasted has no layout: its words alone do not make an ad.
        String text = SystemAuthentication.runAsSystem(() -> articleService.findText(html).orElseThrow()).blocks().stream()
                .map(block -> block.sentences().stream().map(ArticleText.Sentence::text)
                        .reduce((a, b) -> a + " " + b).orElse(""))
                .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\nNoch einmal " + marker;
        ArticleId pasted = SystemAuthentication.runAsSystem(() -> importService.importText(text,
                org.factdesk.importing.ImportOptions.NONE).articleId());
        assertThat(suggestionsByText(pasted)).doesNotContainKey("Wolldecke: Aus Baumwolle, in vielen Farben.");
    }

    private Map<String, Suggestion> suggestionsByText(ArticleId id) {
        ArticleText article = SystemAuthentication.runAsSystem(() -> articleService.findText(id).orElseThrow());
        Map<Long, String> texts = new HashMap<>();
        article.blocks().forEach(block -> block.sentences().forEach(s -> texts.put(s.id(), s.text())));
        Map<String, Suggestion> result = new HashMap<>();
        for (Suggestion suggestion : SystemAuthentication.runAsSystem(() -> assistService.suggestionsFor(id))) {
            if (suggestion.suggestsVerdict()) {
                result.put(texts.get(suggestion.sentenceId()), suggestion);
            }
        }
        return result;
    }
}
