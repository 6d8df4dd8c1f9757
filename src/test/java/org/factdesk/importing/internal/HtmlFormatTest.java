package org.factdesk.importing.internal;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlFormatTest {

    private static final String PARAGRAPH_1 = "Der Stadtrat hat am Montag beschlossen, die Gebühren für Kitas zu senken, "
            + "nachdem Eltern monatelang protestiert hatten.";
    private static final String PARAGRAPH_2 = "Die Entscheidung fiel knapp, mit 21 zu 19 Stimmen, und gilt ab dem ersten "
            + "Januar für alle städtischen Einrichtungen.";
    private static final String PARAGRAPH_3 = "Kritiker bemängeln, dass freie Träger leer ausgehen, während die Stadt "
            + "ihre eigenen Häuser entlastet.";

    private final HtmlFormat format = new HtmlFormat();

    private static String page(String head, String article) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Stadtanzeiger</a><nav><ul><li><a href=\"/politik\">Politik</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
                + "<div id=\"cookie-banner\"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. "
                + "Mit Klick auf OK stimmen Sie zu.</p><button>OK</button></div>"
                + "<main>" + article + "</main>"
                + "<aside class=\"sidebar\"><h3>Meistgelesen</h3><ul><li><a href=\"/a\">Brand in der Altstadt</a></li>"
                + "<li><a href=\"/b\">Neue Buslinie</a></li></ul></aside>"
                + "<footer><p>Impressum · Datenschutz · Kontakt</p></footer></body></html>";
    }

    private static String article() {
        return "<article><h1>Kita-Gebühren sinken</h1>"
                + "<div class=\"share-buttons\"><a href=\"https://facebook.example/share\">Auf Facebook teilen</a>"
                + "<a href=\"https://x.example/share\">Twittern</a></div>"
                + "<p>" + PARAGRAPH_1 + "</p>"
                + "<h2>Knappe Mehrheit</h2>"
                + "<p>" + PARAGRAPH_2 + "</p>"
                + "<div class=\"ad-block\"><p>Anzeige: Jetzt das Stadtanzeiger-Abo vier Wochen kostenlos testen und "
                + "nichts mehr verpassen.</p></div>"
                + "<ul><li>Krippe: 120 Euro weniger im Monat</li><li>Kindergarten: 80 Euro weniger im Monat</li></ul>"
                + "<p>" + PARAGRAPH_3 + "</p>"
                + "<section id=\"comments\"><h3>3 Kommentare</h3><p>Endlich tut sich etwas, das war überfällig und "
                + "hätte viel früher kommen müssen, meint Leserin Anna.</p></section>"
                + "<div class=\"related-articles\"><h3>Mehr zum Thema</h3><ul><li><a href=\"/x\">Kita-Streit: Eltern "
                + "gehen auf die Straße</a></li><li><a href=\"/y\">Haushalt 2025 beschlossen</a></li></ul></div>"
                + "</article>";
    }

    private ReadArticle read(String html) {
        return format.read(html.getBytes(StandardCharsets.UTF_8), new ReadHints("seite.html", null));
    }

    @Test
    void keeps_the_article_in_order_with_headings_list_items_and_an_ad_block_of_its_own() {
        ReadArticle read = read(page("<title>Kita-Gebühren sinken | Stadtanzeiger</title>", article()));

        assertThat(read.text().lines().toList()).containsExactly(
                "Kita-Gebühren sinken",
                PARAGRAPH_1,
                "Knappe Mehrheit",
                PARAGRAPH_2,
                "Anzeige: Jetzt das Stadtanzeiger-Abo vier Wochen kostenlos testen und nichts mehr verpassen.",
                "- Krippe: 120 Euro weniger im Monat",
                "- Kindergarten: 80 Euro weniger im Monat",
                PARAGRAPH_3);
        assertThat(read.title()).isEqualTo("Kita-Gebühren sinken");
        assertThat(read.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void drops_navigation_header_footer_cookie_banner_share_widget_comments_and_related_articles() {
        String text = read(page("", article())).text();

        assertThat(text).doesNotContain("Politik", "Stadtanzeiger\n", "Cookies", "OK", "Meistgelesen", "Impressum",
                "teilen", "Twittern", "Kommentare", "Leserin Anna", "Mehr zum Thema", "Eltern gehen auf die Straße");
    }

    @Test
    void finds_the_article_among_teasers_by_its_text_when_the_page_has_no_article_markup() {
        StringBuilder teasers = new StringBuilder("<div class=\"col\">");
        for (int i = 0; i < 6; i++) {
            teasers.append("<div><a href=\"/t").append(i).append("\">Teaser ").append(i)
                    .append(": Ein anderer Artikel über etwas ganz anderes</a></div>");
        }
        teasers.append("</div>");
        String html = "<html><body><div class=\"wrap\">" + teasers + "<div class=\"col\"><h1>Kita-Gebühren sinken</h1><p>"
                + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p><p>" + PARAGRAPH_3 + "</p></div>" + teasers + "</div></body></html>";

        assertThat(read(html).text().lines().toList())
                .containsExactly("Kita-Gebühren sinken", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
    }

    @Test
    void reads_metadata_from_json_ld_with_a_graph() {
        String head = "<title>Falsch | Falsch</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Website\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"Kita-Gebühren sinken\",\"datePublished\":\"2024-03-05T10:00:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Eva Beispiel\"},{\"@type\":\"Person\",\"name\":\"Jan Muster\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Stadtanzeiger\"},"
                + "\"mainEntityOfPage\":{\"@id\":\"https://stadtanzeiger.example/kita\"}}]}</script>";

        ArticleMetadata metadata = read(page(head, article())).metadata();

        assertThat(metadata).isEqualTo(new ArticleMetadata("Kita-Gebühren sinken", "https://stadtanzeiger.example/kita",
                "Stadtanzeiger", "Eva Beispiel, Jan Muster", LocalDate.of(2024, 3, 5)));
    }

    @Test
    void reads_metadata_from_open_graph_meta_tags_and_the_canonical_link() {
        String head = "<title>Kita-Gebühren sinken – Stadtanzeiger</title>"
                + "<meta property=\"og:title\" content=\"Kita-Gebühren sinken | Stadtanzeiger\">"
                + "<meta property=\"og:site_name\" content=\"Stadtanzeiger\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05\">"
                + "<meta name=\"author\" content=\"Eva Beispiel\">"
                + "<link rel=\"canonical\" href=\"https://stadtanzeiger.example/kita\">";
        String articleWithoutH1 = article().replace("<h1>Kita-Gebühren sinken</h1>", "");

        ArticleMetadata metadata = read(page(head, articleWithoutH1)).metadata();

        assertThat(metadata).isEqualTo(new ArticleMetadata("Kita-Gebühren sinken", "https://stadtanzeiger.example/kita",
                "Stadtanzeiger", "Eva Beispiel", LocalDate.of(2024, 3, 5)));
    }

    @Test
    void reads_the_date_from_a_time_element_and_the_title_from_the_h1_and_ignores_a_source_that_is_not_http() {
        String head = "<title>Stadtanzeiger – Kita-Gebühren sinken</title><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<meta property=\"og:url\" content=\"ftp://stadtanzeiger.example/kita\">";
        String articleWithTime = article().replace("</h1>", "</h1><p class=\"date\"><time datetime=\"2023-11-30T08:15\">"
                + "30. November</time></p>");

        ArticleMetadata metadata = read(page(head, articleWithTime)).metadata();

        assertThat(metadata.title()).isEqualTo("Kita-Gebühren sinken");
        assertThat(metadata.publishedOn()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(metadata.sourceUrl()).isNull();
        assertThat(metadata.outlet()).isEqualTo("Stadtanzeiger");
    }

    @Test
    void cuts_the_outlet_from_a_title_without_an_h1() {
        assertThat(HtmlMetadata.withoutOutlet("Kita-Gebühren sinken deutlich | Stadtanzeiger", null))
                .isEqualTo("Kita-Gebühren sinken deutlich");
        assertThat(HtmlMetadata.withoutOutlet("Stadtanzeiger - Kita-Gebühren sinken deutlich", "Stadtanzeiger"))
                .isEqualTo("Kita-Gebühren sinken deutlich");
        // A colon inside a headline is no separator of the outlet.
        assertThat(HtmlMetadata.withoutOutlet("Kita-Gebühren: Der Rat gibt nach", null)).isEqualTo("Kita-Gebühren: Der Rat gibt nach");
    }

    @Test
    void decodes_by_the_meta_charset_windows_1252_and_iso_8859_1_with_umlauts() {
        String body = "<body><h1>Größere Kürzungen</h1><p>Die Bürgerinnen und Bürger ärgern sich über die Maßnahmen, "
                + "die „überraschend“ kamen.</p></body></html>";
        byte[] windows1252 = ("<html><head><meta charset=\"windows-1252\"></head>" + body).getBytes(Charset.forName("windows-1252"));
        byte[] latin1 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
                + body.replace("„überraschend“", "überraschend")).getBytes(StandardCharsets.ISO_8859_1);

        ReadArticle fromWindows = format.read(windows1252, new ReadHints("a.html", null));
        ReadArticle fromLatin1 = format.read(latin1, new ReadHints("b.htm", "text/html"));

        assertThat(fromWindows.text()).contains("Größere Kürzungen", "Bürgerinnen", "Maßnahmen", "„überraschend“")
                .doesNotContain("\uFFFD");
        assertThat(fromWindows.encoding()).isEqualTo("windows-1252");
        assertThat(fromLatin1.text()).contains("Größere Kürzungen", "ärgern", "Maßnahmen").doesNotContain("\uFFFD");
        assertThat(fromLatin1.encoding()).isEqualTo("ISO-8859-1");
    }

    @Test
    void the_charset_of_the_http_header_wins_over_the_meta_tag() {
        byte[] latin1 = ("<html><head><meta charset=\"utf-8\"></head><body><p>Die Straße ist gesperrt, sagt die Polizei "
                + "in München.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);

        ReadArticle read = format.read(latin1, new ReadHints("seite", "text/html; charset=iso-8859-1"));

        assertThat(read.text()).contains("Die Straße ist gesperrt, sagt die Polizei in München.");
        assertThat(read.encoding()).isEqualTo("ISO-8859-1");
    }

    @Test
    void scripts_event_handlers_frames_and_javascript_links_never_reach_the_text() {
        String html = "<html><head><script>alert('head')</script><style>p{color:red}</style></head><body>"
                + "<article><h1 onclick=\"steal()\">Kita-Gebühren sinken</h1>"
                + "<p onmouseover=\"alert('x')\">" + PARAGRAPH_1 + " <a href=\"javascript:alert('link')\">mehr</a></p>"
                + "<script>document.write('<p>injected paragraph text that is long enough to count</p>')</script>"
                + "<iframe src=\"https://evil.example/\">iframe fallback text</iframe>"
                + "<noscript>noscript text</noscript><form action=\"/x\"><input value=\"form value\"></form>"
                + "<p>" + PARAGRAPH_2 + " &lt;script&gt;alert(2)&lt;/script&gt;</p></article></body></html>";

        String text = read(html).text();

        assertThat(text).contains(PARAGRAPH_1 + " mehr", PARAGRAPH_2)
                .doesNotContain("alert('", "steal", "document.write", "injected", "iframe fallback", "noscript text",
                        "form value", "color:red", "javascript:", "<p", "onclick", "onmouseover");
        // Text that shows markup as text stays text: it was never markup.
        assertThat(text).contains("<script>alert(2)</script>");
    }

    @Test
    void a_file_that_is_not_html_is_refused_with_its_own_reason() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
                0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66, 0, 0, 0, 0, 'I', 'E', 'N', 'D'};
        byte[] noMarkupNoText = "{} [] ### ---- 1234 ++".getBytes(StandardCharsets.UTF_8);

        for (byte[] bytes : List.of(png, noMarkupNoText)) {
            assertThatThrownBy(() -> format.read(bytes, new ReadHints("bild.html", null)))
                    .isInstanceOfSatisfying(ImportRefusedException.class,
                            refused -> assertThat(refused.userMessage().key()).isEqualTo("import.notHtml"));
        }
        assertThat(new ImportRefusedException("import.notHtml", "bild.html").userMessage().english())
                .isEqualTo("\"bild.html\" is not an HTML page: it holds binary data, or neither markup nor text.");
    }

    @Test
    void an_empty_page_gives_no_text_for_the_import_to_refuse_as_empty() {
        assertThat(read("<html><body>  </body></html>").text()).isBlank();
    }

    @Test
    void the_prescan_finds_the_declared_charset() {
        assertThat(HtmlFormat.declaredCharset("<meta charset='windows-1252'>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("windows-1252");
        assertThat(HtmlFormat.declaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>".getBytes(
                StandardCharsets.US_ASCII))).isEqualTo("ISO-8859-15");
        // Bytes that were readable as ASCII cannot be UTF-16, whatever the page says.
        assertThat(HtmlFormat.declaredCharset("<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UTF-8");
        assertThat(HtmlFormat.declaredCharset("<p>no declaration</p>".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void drops_short_furniture_lines_inside_the_article_credits_sources_and_read_also_labels() {
        String html = "<html><body><article><h1>Kita-Gebühren sinken</h1><p>" + PARAGRAPH_1 + "</p>"
                + "<p>Foto: Max Muster/Stadtanzeiger</p><p>Podcast 12: Die Kita-Frage | Alle Folgen</p><p>" + PARAGRAPH_2 + "</p><h3>Lesen Sie auch</h3><p>"
                + PARAGRAPH_3 + "</p><p>Quelle: Stadtverwaltung</p><p>Mehr zum Thema Kita</p><h4>Ähnliche Beiträge</h4>"
                + "<p>Zurück zur Übersicht</p></article></body></html>";

        assertThat(read(html).text().lines().toList())
                .containsExactly("Kita-Gebühren sinken", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
    }

    @Test
    void drops_calls_to_subscribe_share_or_donate_and_picture_credits_but_keeps_prose_that_names_them() {
        String prose = "Die Stadt will Eltern künftig per Newsletter informieren, sobald sich an den Gebühren etwas "
                + "ändert, und hat dafür eine eigene Stelle geschaffen, die auch Fragen von Trägern beantwortet.";
        String html = "<html><body><article><h1>Kita-Gebühren sinken</h1><p>" + PARAGRAPH_1 + "</p>"
                + "<p>Das Rathaus am Markt. © Stadtanzeiger/Max Muster</p><p>" + PARAGRAPH_2 + "</p><p>" + prose + "</p>"
                + "<p>Ihnen hat der Artikel gefallen? Jetzt teilen!</p><p>" + PARAGRAPH_3 + "</p>"
                + "<p>Abonnieren Sie unseren Newsletter, um nichts zu verpassen.</p></article></body></html>";

        assertThat(read(html).text().lines().toList())
                .containsExactly("Kita-Gebühren sinken", PARAGRAPH_1, PARAGRAPH_2, prose, PARAGRAPH_3);
    }

    @Test
    void drops_short_stamps_and_single_word_labels_above_the_first_paragraph_but_keeps_the_kicker_and_list_items() {
        String html = "<html><body><article><h1>Kita-Gebühren sinken</h1><div>Lokales</div><div>Politik | 3 Min. Lesezeit</div>"
                + "<div>Stand: Montag, 4. März</div><h2>Ein Erfolg der Eltern</h2><ul><li>2 Krippen</li></ul><p>"
                + PARAGRAPH_1 + " " + PARAGRAPH_3 + "</p><p>" + PARAGRAPH_2 + "</p></article></body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly("Kita-Gebühren sinken", "Ein Erfolg der Eltern",
                "- 2 Krippen", PARAGRAPH_1 + " " + PARAGRAPH_3, PARAGRAPH_2);
    }

    @Test
    void joins_an_article_split_over_repeated_sections_of_the_same_class() {
        String html = "<html><body><div class=\"wrap\"><section class=\"chapter\"><h2>Der Beschluss</h2><div class=\"body\"><p>"
                + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p><p>" + PARAGRAPH_3 + "</p></div></section><section class=\"chapter\"><h2>Die Kritik</h2>"
                + "<div class=\"body\"><p>" + PARAGRAPH_3 + "</p><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2
                + "</p></div></section></div>"
                + "<div class=\"col\"><a href=\"/a\">Brand in der Altstadt</a> <a href=\"/b\">Neue Buslinie</a></div></body></html>";

        assertThat(read(html).text().lines().toList())
                .containsExactly("Der Beschluss", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, "Die Kritik", PARAGRAPH_3, PARAGRAPH_1,
                        PARAGRAPH_2);
    }

    @Test
    void joins_an_article_whose_text_blocks_sit_two_wrappers_deep_in_repeated_modules() {
        String html = "<html><body><div class=\"page\"><div class=\"module module--text\"><div class=\"text\"><div class=\"text-inner\"><p>"
                + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></div></div></div>"
                + "<div class=\"module module--text\"><div class=\"text\"><div class=\"text-inner\"><h2>Die Kritik</h2><p>"
                + PARAGRAPH_3 + "</p></div></div></div></div>"
                + "<div class=\"col\"><a href=\"/a\">Brand in der Altstadt</a> <a href=\"/b\">Neue Buslinie</a></div></body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly(PARAGRAPH_1, PARAGRAPH_2, "Die Kritik", PARAGRAPH_3);
    }

    @Test
    void a_short_teaser_whose_class_says_text_loses_to_the_longer_article() {
        String html = "<html><body><div class=\"col\"><div class=\"infotext\"><p>Kita, Schule, Hort: alles, was Eltern "
                + "jetzt wissen müssen, kompakt.</p></div></div><div><div><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2
                + "</p><p>" + PARAGRAPH_3 + "</p></div></div></body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
    }

    @Test
    void the_article_follows_its_headline_even_when_its_paragraphs_sit_deep_in_wrappers() {
        String teaser = "Unser Service für Eltern, Großeltern, Erzieherinnen und alle, die es werden wollen: Termine, Fristen, "
                + "Formulare, Ansprechpartner, Öffnungszeiten, Telefonnummern, Sprechstunden, Beratungsangebote, Kurse, "
                + "Ferienprogramme, Elternabende, Fördermöglichkeiten, Zuschüsse, Anträge, Wartelisten, Betreuungszeiten, "
                + "Essensgeld, Ausflüge, Feste, Vorträge, Sprachkurse, Hilfen, Adressen und vieles mehr, täglich aktuell.";
        String html = "<html><head><meta property=\"og:title\" content=\"Kita-Gebühren sinken\"></head><body>"
                + "<div class=\"right\"><div class=\"box\"><div class=\"col\"><div class=\"infobox-text\"><p>" + teaser
                + "</p></div></div></div></div>"
                + "<div class=\"story\"><div class=\"head\"><h1>Kita-Gebühren sinken</h1></div><div class=\"a\"><div class=\"b\">"
                + "<div class=\"c\"><div><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p><p>" + PARAGRAPH_3
                + "</p><p>" + LAST_WORD + "</p></div></div></div></div></div>"
                + "</body></html>";

        assertThat(read(html).text().lines().toList())
                .containsExactly("Kita-Gebühren sinken", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, LAST_WORD);
    }

    private static final String LAST_WORD = "Die Verwaltung will bis zum Sommer prüfen, ob auch die Gebühren für Horte und "
            + "Tagesmütter sinken können, und dem Rat im Herbst einen Vorschlag machen.";

    private static final String LOGIN_LAYER = "<div class=\"wrap\"><div class=\"layer\"><div class=\"layer-text\"><p>Mit Ihrem Konto können Sie "
            + "Artikel merken, Themen folgen, Kommentare schreiben, Newsletter bestellen, Ihre Daten ändern, Geräte verwalten, "
            + "Benachrichtigungen einstellen, Ihr Passwort zurücksetzen, Ihr Abo verwalten, Rechnungen ansehen, Ihre "
            + "Zahlungsart ändern, Ihre Adresse pflegen, Ihre Interessen angeben, Lesezeichen ordnen und vieles mehr, "
            + "jederzeit, überall, auf allen Geräten, ohne Werbung, ohne Umwege, ohne Wartezeit.</p></div></div></div>";

    @Test
    void a_layer_outside_the_pages_one_main_element_gives_way_to_the_text_inside_it() {
        String html = "<html><body><main><div><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></div></main>"
                + LOGIN_LAYER + "</body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly(PARAGRAPH_1, PARAGRAPH_2);
    }

    @Test
    void a_block_with_a_boilerplate_class_that_holds_most_of_the_main_elements_text_stays() {
        String html = "<html><body><main><h2>Videos</h2><div class=\"video-caption\"><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2
                + "</p></div></main>" + LOGIN_LAYER + "</body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly("Videos", PARAGRAPH_1, PARAGRAPH_2);
    }

    @Test
    void teaser_cards_in_a_grid_lose_to_the_article_even_when_their_class_says_post() {
        StringBuilder grid = new StringBuilder("<div class=\"grid\">");
        for (int i = 1; i <= 3; i++) {
            grid.append("<div class=\"card card-").append(i).append("\"><h3><a href=\"/n").append(i)
                    .append("\">Neues aus dem Rathaus, Folge ").append(i).append("</a></h3><div class=\"post-excerpt\"><p>Der Rat tagte, ")
                    .append("die Bürger fragten, die Verwaltung antwortete, und am Ende stand, wie so oft, ein Kompromiss.</p></div></div>");
        }
        grid.append("</div>");
        String html = "<html><body><div class=\"container\"><p>" + PARAGRAPH_1 + " " + PARAGRAPH_2 + " " + PARAGRAPH_3
                + "</p></div>" + grid + "</body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly(PARAGRAPH_1 + " " + PARAGRAPH_2 + " " + PARAGRAPH_3);
    }

    @Test
    void a_link_wrapped_in_a_span_stays_in_its_sentence_and_its_table_cell() {
        String html = "<html><body><article><p>" + PARAGRAPH_1 + "</p><p>Die Stadt senkt ab Januar <span><a href=\"/kita\">die "
                + "Gebühren</a></span> für alle Kitas, wie es der Rat beschlossen hat.</p><table><tr><td>2 Dosen</td><td><span><a href=\"/m\">Mandarinen</a></span></td></tr>"
                + "<tr><td>200 g Zucker</td><td>fein</td></tr></table><p>" + PARAGRAPH_2 + "</p></article></body></html>";

        assertThat(read(html).text().lines().toList()).containsExactly(PARAGRAPH_1,
                "Die Stadt senkt ab Januar die Gebühren für alle Kitas, wie es der Rat beschlossen hat.", "2 Dosen", "Mandarinen",
                "200 g Zucker", "fein", PARAGRAPH_2);
    }

    @Test
    void posts_named_comment_that_make_most_of_the_main_element_are_a_discussion_and_stay() {
        String html = "<html><body><main><h1>Kita-Gebühren: Was meint ihr?</h1><div class=\"comment comment-first\"><p>" + PARAGRAPH_1
                + "</p></div><div class=\"comment\"><p>" + PARAGRAPH_2 + "</p></div><div class=\"comment\"><p>" + PARAGRAPH_3
                + "</p></div></main>" + LOGIN_LAYER + "</body></html>";

        assertThat(read(html).text().lines().toList())
                .containsExactly("Kita-Gebühren: Was meint ihr?", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
    }
    /** ADR 24: beside each line, what the page says about it; the text is what it was without. */
    @Test
    void reads_each_lines_layout_beside_the_unchanged_text() {
        String box = "<div class=\"product-list\"><p><a href=\"https://amzn.to/3xyz\">Knotenkissen</a>: Die schönsten "
                + "Dekokissen des Winters.</p></div>"
                + "<div class=\"newsletter-signup-box\"><form><input type=\"email\"><button>Anmelden</button></form>"
                + "<p>Jeden Morgen das Wichtigste aus der Stadt.</p></div>";
        ReadArticle read = read(page("<title>Kita</title>", article().replace("<p>" + PARAGRAPH_3, box + "<p>" + PARAGRAPH_3)));
        List<String> lines = read.text().lines().filter(line -> !line.isBlank()).toList();
        assertThat(read.layouts()).hasSameSizeAs(lines);
        var layouts = new java.util.LinkedHashMap<String, org.factdesk.article.BlockLayout>();
        for (int i = 0; i < lines.size(); i++) {
            layouts.put(lines.get(i), read.layouts().get(i));
        }
        var ad = layouts.get("Anzeige: Jetzt das Stadtanzeiger-Abo vier Wochen kostenlos testen und nichts mehr verpassen.");
        assertThat(ad.promoMarkup()).isTrue();
        var product = layouts.get("Knotenkissen: Die schönsten Dekokissen des Winters.");
        assertThat(product.shopLinks()).isEqualTo(1);
        assertThat(product.opensWithLink()).isTrue();
        assertThat(product.linkShare()).isBetween(0.2, 0.4);
        assertThat(product.promoMarkup()).isFalse();
        var prose = layouts.get(PARAGRAPH_1);
        assertThat(prose).isEqualTo(org.factdesk.article.BlockLayout.NONE);
        // The newsletter box is boilerplate and goes, as before: the layout never changes what the text holds.
        assertThat(read.text()).doesNotContain("Jeden Morgen");
    }

    @Test
    void knows_the_box_of_a_form_or_button_after_they_are_gone() {
        String box = "<div class=\"infobox\"><p>Unser Ratgeber zum Kita-Antrag als PDF.</p>"
                + "<a class=\"btn btn-primary\" href=\"/ratgeber.pdf\">Herunterladen</a></div>";
        ReadArticle read = read(page("<title>Kita</title>", article().replace("<p>" + PARAGRAPH_3, box + "<p>" + PARAGRAPH_3)));
        List<String> lines = read.text().lines().filter(line -> !line.isBlank()).toList();
        int guide = lines.indexOf("Unser Ratgeber zum Kita-Antrag als PDF.");
        int button = lines.indexOf("Herunterladen");
        assertThat(read.layouts().get(guide).controls()).isTrue();
        assertThat(read.layouts().get(guide).boxed()).isTrue();
        assertThat(read.layouts().get(button).linkShare()).isEqualTo(1.0);
        assertThat(read.layouts().get(lines.indexOf(PARAGRAPH_2)).controls()).isFalse();
    }
}
