package org.factdesk.importing.internal;

import org.factdesk.article.BlockLayout;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a page's article and writes it as blocks, one per line: headings, paragraphs and list items
 * ("- ") in order. General rules only, no rule names a site (ADR 0014):
 * <ol>
 *   <li>what never is text goes: scripts, styles, frames, forms' controls, hidden elements;</li>
 *   <li>boilerplate goes by its markup: {@code nav}, {@code footer}, {@code aside}, ARIA landmarks and
 *       a class/id vocabulary (navigation, comments, sharing, related articles, cookie banners...),
 *       unless the element holds the article itself;</li>
 *   <li>the article's container is the element whose paragraphs score highest (text length, commas,
 *       little link text, semantic markers such as {@code itemprop=articleBody} or {@code <article>},
 *       the JSON-LD {@code articleBody} as evidence), joined by siblings that score alike;</li>
 *   <li>inside it, blocks that are mostly links (tag clouds, "more on this" lists) go; advertising or
 *       teaser blocks that are prose stay, as blocks of their own.</li>
 * </ol>
 */
final class HtmlArticleExtractor {

    private static final String REMOVED_TAGS = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, applet, svg, canvas, video, audio, map, button, input, select, textarea, option, link, meta, "
            + "dialog, math, head, figcaption";

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
            "br", "img", "picture", "legend", "noscript");

    /**
     * Class/id words of boilerplate, found anywhere in a class name or id ("site-footer", "shareBar").
     * Advertising and teaser words are not among them: inside an article those blocks stay (editors mark
     * them promotional).
     */
    private static final Pattern BOILERPLATE = Pattern.compile(String.join("|",
            "comment", "kommentar", "disqus", "leserbrief",
            "share", "social", "teilen", "sociable", "addthis", "shariff",
            "related", "verwandt", "recommend", "empfehl", "more-from", "mehr-zum", "more-stories",
            "weitere-artikel", "readmore", "read-more", "also-read", "most-read", "meistgelesen", "trending",
            "outbrain", "taboola", "plista", "ligatus",
            "newsletter", "subscribe", "abonn", "signup", "sign-up",
            "cookie", "consent", "gdpr", "banner",
            "breadcrumb", "pagination", "navbar", "navigation", "sidebar", "masthead", "toolbar",
            "tagcloud", "tag-cloud", "taglist", "tag-list", "schlagw", "footer",
            "site-header", "page-header", "global-header", "main-header", "top-header", "header-nav",
            "author-box", "authorbox", "author-bio", "about-author", "byline", "post-meta", "entry-meta",
            "article-meta", "postmeta", "dateline", "popup", "lightbox", "screen-reader", "back-to-top",
            // captions and credits of pictures, embedded posts of social networks
            "caption", "bildunterschrift", "credit", "twitter-tweet", "instagram", "fb-post", "tiktok", "embed"));

    /** Class names and ids (or their parts between "-" and "_") that are boilerplate only as a whole word. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "menu", "tags", "meta", "header", "widget",
            "widgets", "print", "pager", "login", "rating", "follow", "similar", "popular", "hidden", "sr-only",
            "visually-hidden", "is-hidden", "invisible", "modal", "overlay", "copyright", "imprint", "impressum",
            "legal", "respond", "discussion", "keywords", "topics", "skip", "subnav", "topnav", "menubar");
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(tag|category|cat|kategorie|rubrik|topic|section)[-_]");

    /** Words that mark boilerplate only as a whole class name: "hidden-xs" is hidden on phones only. */
    private static final Set<String> WHOLE_ONLY = Set.of("hidden", "skip", "invisible", "modal", "overlay",
            "widget", "widgets", "header");

    /** Class/id words of the article's own container. */
    private static final Pattern ARTICLE_WORDS = Pattern.compile(
            "article|artikel|content|entry|main|post|story|text|body|blog|beitrag|inhalt|hentry|single|page-content|"
                    + "news|detail|meldung|bericht|richtext|prose|copy");

    private static final Pattern NEGATIVE_WORDS = Pattern.compile(
            "comment|share|social|related|sidebar|widget|footer|header|nav|menu|teaser|promo|sponsor|ad-|banner|"
                    + "meta|tags|breadcrumb|hidden|popup|cookie|newsletter|recommend|more");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final int MIN_PARAGRAPH = 25;
    /** A teaser in a grid of them holds less text than this; its score counts this much. */
    private static final int TEASER_ITEM = 600;
    private static final double TEASER_GRID_WEIGHT = 0.5;
    private static final int MIN_TEXT_IN_MAIN = 150;
    /** Below this much text a candidate's score shrinks: a teaser box named "text" is no article. */
    private static final double SHORT_CANDIDATE = 600;
    /** How far above the top candidate a repeated unit (one module per text block) is looked for. */
    private static final int REPEATED_UNIT_LEVELS = 3;
    private static final int PROSE_UNDER_WIDGET_NAME = 800;
    private static final int MIN_TEXT_UNDER_HEADLINE = 400;
    /** A form with this much text that is not links is a page section (a shop's product text), not a search box. */
    private static final int PROSE_IN_FORM = 500;

    private final Map<Element, Integer> textLengths = new IdentityHashMap<>();
    private final Map<Element, Integer> linkLengths = new IdentityHashMap<>();
    // In document order (jsoup nodes are equal only to themselves), so ties go to the first candidate on every run.
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    /** Every paragraph's score summed over all its ancestors, undivided: how much prose an element holds. */
    private final Map<Element, Double> deepScores = new IdentityHashMap<>();
    private Element repeatedUnit;
    private Element discussion;
    private final Set<Element> articleAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Element body;
    private final HtmlMetadata.PageFacts facts;
    private Element headlineElement;

    private HtmlArticleExtractor(Element body, HtmlMetadata.PageFacts facts) {
        this.body = body;
        this.facts = facts;
    }

    static String extract(Document document, HtmlMetadata.PageFacts facts) {
        return extractWithLayout(document, facts).text();
    }

    /** The article's text and, per line of it, how the line sat on the page (ADR 24). */
    record Extracted(String text, List<BlockLayout> layouts) {
    }

    static Extracted extractWithLayout(Document document, HtmlMetadata.PageFacts facts) {
        Element body = document.body();
        if (body == null) {
            return new Extracted("", List.of());
        }
        return new HtmlArticleExtractor(body, facts).run();
    }

    private Extracted run() {
        unpackTemplates();
        HtmlBlockLayouts.markControls(body);
        body.select(REMOVED_TAGS).remove();
        removeHidden();
        headlineElement = findHeadlineElement();
        unwrapOrRemoveForms();
        measure(body);
        markArticleAncestors();
        removeBoilerplate();
        textLengths.clear();
        linkLengths.clear();
        measure(body);
        List<Element> content = articleContent();
        List<String> lines = new ArrayList<>();
        List<BlockLayout> layouts = new ArrayList<>();
        Element root = content.getFirst().parent() == null ? content.getFirst() : content.getFirst().parent();
        int contentChars = content.stream().mapToInt(this::length).sum();
        for (Element element : content) {
            cleanInside(element);
            new BlockWriter(lines, layouts, root, this::length, contentChars).write(element);
        }
        List<String> written = List.copyOf(lines);
        lines = withoutTrailer(lines);
        String bodyFromJsonLd = facts.articleBody();
        if (bodyFromJsonLd != null && textLength(lines) * 3 < bodyFromJsonLd.length() * 2
                && !bodyFromJsonLd.contains("<")) {
            // The page's own statement of its article body beats a container that holds half of it.
            lines = new ArrayList<>(bodyFromJsonLd.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        String text = withHeadline(lines);
        return new Extracted(text, HtmlBlockLayouts.align(text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList(), written, layouts));
    }

    private static final Pattern DATE_LINE = Pattern.compile("(?iU)^[\\p{L}]{0,12},?\\s*\\d{1,2}\\.?\\s*(\\d{1,2}\\.|\\p{L}+\\.?)\\s*\\d{2,4}"
            + "(,?\\s*(um\\s*)?\\d{1,2}[:.]\\d{2}(\\s*(uhr|h|am|pm))?)?\\s*$|^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*)?$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^©|\\(c\\)\\s*\\d{4}|all rights reserved|alle rechte vorbehalten");
    /** A line this long is prose; what comes after the last one is the article's tail. */
    private static final int PROSE_LINE = 120;
    private static final int TRAILER_LINE = 50;
    private static final int LEAD_LINE = 45;
    /** What a stamp above an article holds: a number (date, reading time) or a separator of labels. */
    private static final Pattern STAMP = Pattern.compile("\\d|[|·•]");
    private static final int CALL_TO_ACT_LINE = 160;

    /**
     * Without what a page adds around the text: lines that are only a date, copyright lines, and after
     * the last line of prose, short lines that are no sentence (labels, "Weitere Informationen", bylines).
     */
    private static List<String> withoutTrailer(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!DATE_LINE.matcher(line).find() && !COPYRIGHT.matcher(line).find() && !isFurniture(line)) {
                kept.add(line);
            }
        }
        int lastProse = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).length() >= PROSE_LINE) {
                lastProse = i;
            }
        }
        if (lastProse < 0) {
            return kept;
        }
        // Above the first paragraph of prose, short stamps (a date with its label, a reading time, "Politik | 3 Min")
        // and single-word labels (a section's name) are page furniture; kickers and subheadings without numbers stay.
        int firstProse = 0;
        while (kept.get(firstProse).length() < PROSE_LINE) {
            firstProse++;
        }
        List<String> result = new ArrayList<>();
        for (String line : kept.subList(0, firstProse)) {
            if (line.length() >= LEAD_LINE || line.startsWith("- ") || !STAMP.matcher(line).find() && line.indexOf(' ') > 0 || endsLikeSentence(line)) {
                result.add(line);
            }
        }
        result.addAll(kept.subList(firstProse, lastProse + 1));
        for (String line : kept.subList(lastProse + 1, kept.size())) {
            if (line.length() >= TRAILER_LINE || line.startsWith("- ") || endsLikeSentence(line)) {
                result.add(line);
            }
        }
        return result;
    }

    /**
     * Short lines that label page furniture rather than say anything: picture credits, sources, "more on
     * this" and "read also" labels, calls to subscribe or follow, publication stamps. Prose is never one.
     */
    private static final Pattern FURNITURE = Pattern.compile("(?iU)^[(*\\[]?\\s*(quelle(n|nangaben)?\\b|bildquelle|fotos?:|bilder?:|titelbild"
            + "|copyright|credits?:|mehr zu(m)? |mehr themen|auch interessant|weitere (themen|beiträge|artikel|infos?\\b"
            + "|informationen$|tourentipps|nachrichten)|lesen sie (auch|das|dazu|mehr)|zum weiterlesen|schon gelesen"
            + "|das könnte sie|related (coverage|articles|posts|stories)|read more|subscribe (now|to)|sign up (for|to)"
            + "|follow (us|the)\\b|share (this|on)\\b|this entry was posted|get the latest|über den autor|about the author"
            + "|advertisement$|themen:|tags:|schlagwörter|originalartikel|erschienen in|posted (in|on|by)\\b"
            + "|verfasst (von|am)\\b|aktualisiert\\b|ähnliche (beiträge|artikel)|inhaltsverzeichnis|table of contents"
            + "|zurück zu(m|r)?\\b|back to\\b|kategorien?:|categor(y|ies):|vorschau auf|war (der|dieser) artikel"
            + "|(nächster|vorheriger) (artikel|beitrag)|(previous|next) (post|article)|you (may|might) also like"
            + "|more from\\b|(mira|mire|puedes ver|lee también|lea también|te puede interesar)\\s*:)");

    /** Calls to act (subscribe, share, follow, donate, log in) and picture credits, anywhere in a short line. */
    private static final Pattern CALL_TO_ACT = Pattern.compile("(?iU)newsletter|abonnier|\\bsubscri(be|ption)|\\bsign(ing)? up\\b"
            + "|\\bteilen\\b|jetzt teilen|\\bgefallen\\?|unterstütze|support (our|us)\\b|\\bspende\\b|\\bdonat"
            + "|folgen sie uns|follow us|s[ií]guenos|\\bapps? for (ios|android)|eingeloggt\\b|registriert\\?|log in for"
            + "|©|\\b(foto|photo|bild|credit)s?:\\s*\\S+$|photograph by");

    private static boolean isFurniture(String line) {
        return line.length() < PROSE_LINE && FURNITURE.matcher(line).find()
                || line.length() < CALL_TO_ACT_LINE && CALL_TO_ACT.matcher(line).find()
                // "Title | Outlet", "Label | Label": teaser titles and menus; a sentence has no such separator.
                || line.length() < PROSE_LINE && line.contains(" | ");
    }

    private static boolean endsLikeSentence(String line) {
        return line.length() > 20 && ".!?…\"“”»«)".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static int textLength(List<String> lines) {
        return lines.stream().mapToInt(String::length).sum();
    }

    /**
     * Some pages ship their article as markup inside {@code <script type="text/template">} for a script
     * to insert; it is parsed like the rest of the page (parsed only: no script runs).
     */
    private void unpackTemplates() {
        for (Element script : body.select("script[type~=(?i)^text/(template|html|x-template)$]")) {
            String markup = script.data();
            if (markup.contains("<p") || markup.contains("<br")) {
                Element holder = new Element("div");
                holder.html(markup);
                script.replaceWith(holder);
            }
        }
    }

    // --- 1. what never is text -----------------------------------------------------------------

    private void removeHidden() {
        for (Element element : body.select("[hidden], [aria-hidden=true], [style]")) {
            if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                    || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
                if (element != body) {
                    element.remove();
                }
            }
        }
    }

    /** Forms around a whole page (ASP.NET) are unwrapped; small forms (search, login, comments) go. */
    private void unwrapOrRemoveForms() {
        int total = body.text().length();
        for (Element form : body.select("form")) {
            if (form.parent() == null) {
                continue;
            }
            int length = form.text().length();
            if (length * 2 > total || contains(form, headlineElement)
                    || length >= PROSE_IN_FORM && linkDensity(form) < 0.3) {
                form.unwrap();
            } else {
                form.remove();
            }
        }
    }

    private Element findHeadlineElement() {
        String headline = facts.headline();
        if (headline == null) {
            return null;
        }
        String folded = HtmlMetadata.fold(headline);
        for (Element h : body.select("h1, h2")) {
            if (HtmlMetadata.fold(h.text()).equals(folded)) {
                return h;
            }
        }
        return null;
    }

    // --- 2. boilerplate by markup --------------------------------------------------------------

    private void removeBoilerplate() {
        int total = Math.max(1, length(body));
        discussion = discussionMain();
        for (Element element : body.getAllElements()) {
            if (element == body || !attached(element)) {
                continue;
            }
            String tag = element.normalName();
            String role = element.attr("role").toLowerCase(Locale.ROOT);
            boolean structural = tag.equals("nav") || tag.equals("footer") || tag.equals("aside")
                    || role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")
                    || role.equals("search") || role.equals("banner") || role.equals("menu") || role.equals("menubar")
                    || role.equals("dialog") || role.equals("alertdialog");
            boolean pageHeader = tag.equals("header") && !insideArticle(element);
            String signature = signature(element);
            boolean vocabulary = isBoilerplate(element) && !isArticleBody(element);
            if (!structural && !pageHeader && !vocabulary) {
                continue;
            }
            if (holdsTheArticle(element, total, signature)) {
                continue;
            }
            element.remove();
        }
    }

    /**
     * An element that holds the article itself is never boilerplate, whatever its class says (a
     * "social-sticky" wrapper that broken markup left open around the whole post).
     */
    private boolean holdsTheArticle(Element element, int total, String signature) {
        boolean comments = signature.contains("comment") || signature.contains("kommentar")
                || signature.contains("disqus") || signature.contains("respond");
        int share = length(element) * 100 / total;
        if (articleAncestors.contains(element) && share >= 30 && !comments) {
            return true;
        }
        if (!element.select("[itemprop=articleBody]").isEmpty()) {
            return true;
        }
        if (comments) {
            return discussion != null && contains(discussion, element);
        }
        Element main = enclosingMain(element);
        if (main != null && length(element) * 2 >= length(main) && length(main) >= MIN_TEXT_IN_MAIN
                && linkDensity(element) < 0.3) {
            return true; // most of the main landmark's text: the content itself, whatever its class says (a video's caption)
        }
        // Widgets are short or mostly links; a long run of prose under a widget's name is markup gone wrong.
        return share >= 60 || length(element) >= PROSE_UNDER_WIDGET_NAME && linkDensity(element) < 0.2;
    }

    /**
     * The page's one {@code <main>} when posts named "comment" make most of its text: a forum thread or a
     * discussion page, whose posts are the content.
     */
    private Element discussionMain() {
        Elements mains = body.select("main, [role=main]");
        if (mains.size() != 1 || length(mains.first()) < MIN_TEXT_IN_MAIN) {
            return null;
        }
        Element main = mains.first();
        int posts = 0;
        for (Element element : main.getAllElements()) {
            String signature = signature(element);
            if (element != main && (signature.contains("comment") || signature.contains("kommentar"))
                    && !hasCommentAncestorBelow(element, main)) {
                posts += length(element);
            }
        }
        return posts * 2 >= length(main) ? main : null;
    }

    private static boolean hasCommentAncestorBelow(Element element, Element main) {
        for (Element parent = element.parent(); parent != null && parent != main; parent = parent.parent()) {
            String signature = signature(parent);
            if (signature.contains("comment") || signature.contains("kommentar")) {
                return true;
            }
        }
        return false;
    }

    private Element enclosingMain(Element element) {
        for (Element parent = element.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (parent.normalName().equals("main") || parent.attr("role").equalsIgnoreCase("main")) {
                return parent;
            }
        }
        return null;
    }

    /** Every element around a marker of the article: {@code <article>}, {@code <main>}, articleBody, the headline. */
    private void markArticleAncestors() {
        List<Element> markers = new ArrayList<>(body.select("article, main, [itemprop=articleBody], "
                + "[itemtype~=(?i)(Article|BlogPosting)$]"));
        if (headlineElement != null) {
            markers.add(headlineElement);
        }
        for (Element marker : markers) {
            for (Element current = marker; current != null && articleAncestors.add(current); current = current.parent()) {
                // walks up until it meets an element marked already
            }
        }
    }

    private static boolean insideArticle(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            String tag = parent.normalName();
            if (tag.equals("article") || tag.equals("main") || parent.hasAttr("itemprop")
                    && parent.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return true;
            }
        }
        return false;
    }

    // --- 3. the article's container ------------------------------------------------------------

    private List<Element> articleContent() {
        scoreParagraphs();
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = entry.getValue() * (1 - linkDensity(candidate)) * Math.sqrt(Math.min(1, length(candidate) / SHORT_CANDIDATE));
            if (inTeaserGrid(candidate)) {
                score *= TEASER_GRID_WEIGHT;
            }
            entry.setValue(score);
            if (score > best) {
                best = score;
                top = candidate;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = insideTheMain(top);
        top = widen(top, best);
        top = articleAround(top);
        top = underTheHeadline(top);
        top = continuedInSiblings(top);
        return withSiblings(top);
    }

    private void scoreParagraphs() {
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            String text;
            if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
                text = element.text();
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("span") || tag.equals("font")
                    || tag.equals("article") || tag.equals("li") || tag.equals("dd")) {
                text = ownInlineText(element);
            } else {
                continue;
            }
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + score / divider, (old, add) -> old + score / divider);
            }
            for (Element above = element.parent(); above != null && above != body; above = above.parent()) {
                deepScores.merge(above, score, Double::sum);
            }
        }
    }

    private double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String signature = signature(element);
        if (!signature.isEmpty()) {
            if (ARTICLE_WORDS.matcher(signature).find()) {
                score += 25;
            }
            if (NEGATIVE_WORDS.matcher(signature).find()) {
                score -= 25;
            }
        }
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 50;
        }
        return score;
    }

    /**
     * Whether a candidate lies in one item of a teaser grid: an element (it or one of a few above it) that repeats
     * as at least two more siblings of its tag and class, each short and with a link (a headline's) in it.
     */
    private boolean inTeaserGrid(Element candidate) {
        Element item = candidate;
        for (int level = 0; level < 4 && item != null && item != body; level++, item = item.parent()) {
            if (item.className().isEmpty() || length(item) >= TEASER_ITEM || linkDensity(item) < 0.1) {
                continue;
            }
            int alike = 0;
            for (Element sibling : item.siblingElements()) {
                if (alike(item, sibling) && length(sibling) < TEASER_ITEM && linkDensity(sibling) >= 0.1) {
                    alike++;
                }
            }
            if (alike >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's one {@code <main>} landmark holds its content: a top candidate outside it (a login layer, a
     * shipping-costs popup at the page's end) gives way to the best candidate inside, when that holds prose.
     */
    private Element insideTheMain(Element top) {
        Elements mains = body.select("main, [role=main]");
        if (mains.size() != 1 || contains(mains.first(), top)) {
            return top;
        }
        Element main = mains.first();
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore && contains(main, entry.getKey())) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best != null && length(main) >= MIN_TEXT_IN_MAIN ? best : top;
    }

    /**
     * Readability's top candidate is often one column of the article; when its parent holds several
     * candidates that together score alike, the parent is the article.
     */
    private Element widen(Element top, double best) {
        Element current = top;
        for (int i = 0; i < 3; i++) {
            Element parent = current.parent();
            if (parent == null || parent == body.parent()) {
                break;
            }
            int strong = 0;
            for (Element child : parent.children()) {
                Double score = scores.get(child);
                if (score != null && score >= best * 0.5) {
                    strong++;
                }
            }
            if (strong < 2) {
                break;
            }
            current = parent;
        }
        return current;
    }

    /**
     * The article element around the top candidate ({@code <article>}, {@code itemprop=articleBody}, {@code <main>})
     * when the candidate is only a part of it and the rest is prose too, not link lists: recipes keep their
     * ingredients, guides their other sections.
     */
    private Element articleAround(Element top) {
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            String tag = parent.normalName();
            boolean marker = tag.equals("article") || tag.equals("main")
                    || parent.attr("itemprop").equalsIgnoreCase("articleBody")
                    || parent.attr("itemtype").matches("(?i).*(Article|BlogPosting|Recipe)$");
            if (!marker) {
                continue;
            }
            int topLength = Math.max(1, length(top));
            if (length(parent) <= topLength * 20 && linkDensity(parent) < 0.3) {
                return parent;
            }
            return top;
        }
        return top;
    }

    /**
     * An article follows its headline: when the top candidate lies elsewhere on the page (a teaser box,
     * a contact layer), the nearest block around the headline that holds prose is the article (prose however
     * deep its paragraphs sit in wrappers).
     */
    private Element underTheHeadline(Element top) {
        Element headline = headlineElement;
        if (headline == null || !attached(headline) || contains(top, headline) || contains(headline, top)) {
            return top;
        }
        int headlineLength = length(headline);
        for (Element ancestor = headline.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            if (length(ancestor) - headlineLength < MIN_TEXT_UNDER_HEADLINE) {
                continue;
            }
            boolean prose = linkDensity(ancestor) < 0.4 && proseScore(ancestor) > 0;
            return prose && length(ancestor) <= 3 * length(top) + 2000 ? ancestor : top;
        }
        return top;
    }

    /**
     * An article split over repeated containers ({@code <section class="part">} once per chapter, a module per
     * text block) goes on in the siblings of the same tag and class of the top candidate's parent or of a wrapper
     * further up that holds little else: then that ancestor is the unit whose siblings join.
     */
    private Element continuedInSiblings(Element top) {
        Element unit = top;
        for (int level = 0; level < REPEATED_UNIT_LEVELS; level++) {
            Element parent = unit.parent();
            if (parent == null || parent == body || level > 0 && length(top) * 2 < length(parent)) {
                break;
            }
            if (!parent.className().isEmpty()) {
                double parentScore = proseScore(parent);
                for (Element sibling : parent.siblingElements()) {
                    if (repeats(parent, sibling) && proseScore(sibling) >= Math.max(10, parentScore * 0.2)) {
                        repeatedUnit = parent;
                        return parent;
                    }
                }
            }
            unit = parent;
        }
        return top;
    }

    /** An element's own score or, for one far above its paragraphs, the sum of their scores. */
    private double proseScore(Element element) {
        return Math.max(scores.getOrDefault(element, 0.0), deepScores.getOrDefault(element, 0.0));
    }

    /** Same tag and first class name: items of one list, whatever ids their further classes carry ("post-123"). */
    private static boolean alike(Element item, Element sibling) {
        if (!sibling.normalName().equals(item.normalName())) {
            return false;
        }
        String first = item.className().strip().split("\\s+")[0];
        return sibling.className().strip().split("\\s+")[0].equals(first);
    }

    private static boolean repeats(Element unit, Element sibling) {
        return sibling.normalName().equals(unit.normalName()) && sibling.className().equals(unit.className());
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                content.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (top == repeatedUnit && repeats(top, sibling)) {
                if (proseScore(sibling) >= Math.max(10, proseScore(top) * 0.2)) {
                    content.add(sibling);
                    continue;
                }
            }
            if (score != null && score + bonus >= threshold) {
                content.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = linkDensity(sibling);
                if (text.length() > 80 && density < 0.25 || text.length() > 0 && density == 0 && text.contains(". ")) {
                    content.add(sibling);
                }
            }
        }
        return content;
    }

    // --- 4. inside the article -----------------------------------------------------------------

    private void cleanInside(Element content) {
        List<Element> all = content.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            if (element == content || !attached(element) || element == headlineElement) {
                continue;
            }
            String tag = element.normalName();
            if (tag.equals("ul") || tag.equals("ol")) {
                double density = linkDensity(element);
                if (density > 0.5 || (density > 0.3 && averageItemLength(element) < 40)) {
                    element.remove();
                }
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("table") || tag.equals("header")
                    || tag.equals("figure") || tag.equals("dl") || tag.equals("p")) {
                String text = element.text();
                if (text.isEmpty()) {
                    continue;
                }
                double density = linkDensity(element);
                int commas = commas(text);
                if (commas >= 10) {
                    continue;
                }
                int paragraphs = element.getElementsByTag("p").size();
                if (density > 0.5 && text.length() < 400 || density > 0.33 && paragraphs == 0 && text.length() < 200) {
                    element.remove();
                }
            }
        }
    }

    private static double averageItemLength(Element list) {
        List<Element> items = list.children();
        if (items.isEmpty()) {
            return 0;
        }
        return list.text().length() / (double) items.size();
    }

    // --- writing the blocks --------------------------------------------------------------------

    private String withHeadline(List<String> lines) {
        String headline = facts.headline();
        if (headline != null && !headline.isBlank()) {
            String folded = HtmlMetadata.fold(headline);
            boolean present = lines.stream().limit(5).anyMatch(line -> HtmlMetadata.fold(line).equals(folded));
            if (!present) {
                lines.addFirst(headline.replaceAll("\\s+", " ").strip());
            }
        }
        return String.join("\n", lines);
    }

    /** Writes an element's text as lines: a line per block element, inline elements and text run on. */
    private static final class BlockWriter {
        private final List<String> lines;
        private final List<BlockLayout> layouts;
        private final Element root;
        private final java.util.function.ToIntFunction<Element> length;
        private final int contentChars;
        private final StringBuilder line = new StringBuilder();
        private String prefix = "";
        // The line's layout as it is written: where its text started, its letters, those in links, its shop links.
        private Element lineStart;
        private Element current;
        private int linkDepth;
        private int textChars;
        private int linkChars;
        private int shopLinks;
        private boolean opensWithLink;

        BlockWriter(List<String> lines, List<BlockLayout> layouts, Element root,
                    java.util.function.ToIntFunction<Element> length, int contentChars) {
            this.lines = lines;
            this.layouts = layouts;
            this.root = root;
            this.length = length;
            this.contentChars = contentChars;
        }

        void write(Element element) {
            visit(element);
            flush();
        }

        private void visit(Node node) {
            if (node instanceof TextNode text) {
                String words = text.text();
                if (lineStart == null && !words.isBlank()) {
                    lineStart = current;
                    opensWithLink = linkDepth > 0;
                }
                int letters = letters(words);
                textChars += letters;
                linkChars += linkDepth > 0 ? letters : 0;
                append(words);
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            Element outer = current;
            current = element;
            try {
                visitElement(element);
            } finally {
                current = outer;
            }
        }

        private void visitElement(Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                flush();
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) {
                flush();
            }
            if (tag.equals("li")) {
                prefix = "- ";
            }
            if (tag.equals("pre")) {
                for (String preLine : element.wholeText().split("\\R")) {
                    append(preLine);
                    flush();
                }
                return;
            }
            boolean link = tag.equals("a");
            if (link) {
                linkDepth++;
                shopLinks += HtmlBlockLayouts.isShopLink(element) ? 1 : 0;
            }
            for (Node child : element.childNodes()) {
                visit(child);
            }
            if (link) {
                linkDepth--;
            }
            if (tag.equals("td") || tag.equals("th")) {
                append(" ");
            }
            if (block) {
                flush();
            }
        }

        private void append(String text) {
            line.append(text);
        }

        private void flush() {
            String text = line.toString().replace('\u00A0', ' ').replaceAll("[\\s\\u200B\\uFEFF]+", " ").strip();
            line.setLength(0);
            if (!text.isEmpty() && !(text.equals("-") || text.equals("•"))) {
                lines.add(prefix + text);
                layouts.add(HtmlBlockLayouts.layout(lineStart == null ? current : lineStart, root, length, contentChars,
                        textChars, linkChars, shopLinks, opensWithLink));
                prefix = "";
            }
            lineStart = null;
            opensWithLink = false;
            textChars = 0;
            linkChars = 0;
            shopLinks = 0;
        }

        private static int letters(String text) {
            int count = 0;
            for (int k = 0; k < text.length(); k++) {
                count += Character.isLetterOrDigit(text.charAt(k)) ? 1 : 0;
            }
            return count;
        }
    }

    // --- measuring -----------------------------------------------------------------------------

    /** Text and link-text lengths of every element, bottom up in one pass (link density is asked often). */
    private int measure(Element element) {
        int total = 0;
        int links = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                total += text.text().strip().length();
            } else if (child instanceof Element childElement) {
                total += measure(childElement);
                links += childElement.normalName().equals("a") ? textLengths.get(childElement)
                        : linkLengths.getOrDefault(childElement, 0);
            }
        }
        textLengths.put(element, total);
        if (links > 0) {
            linkLengths.put(element, links);
        }
        return total;
    }

    private int length(Element element) {
        Integer known = textLengths.get(element);
        return known != null ? known : element.text().length();
    }

    private double linkDensity(Element element) {
        Integer measured = textLengths.get(element);
        if (measured != null) {
            if (measured == 0) {
                return 0;
            }
            int links = element.normalName().equals("a") ? measured : linkLengths.getOrDefault(element, 0);
            return Math.min(1, links / (double) measured);
        }
        int all = element.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.getElementsByTag("a")) {
            links += link.text().length();
        }
        return Math.min(1, links / (double) all);
    }

    /** The text an element holds itself, outside its block-level children. */
    private static String ownInlineText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element childElement && !BLOCK_TAGS.contains(childElement.normalName())) {
                text.append(childElement.text());
            }
        }
        return text.toString().strip();
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        return commas;
    }

    /** Whether an element's class names or id say it is boilerplate. */
    private static boolean isBoilerplate(Element element) {
        for (String name : names(element)) {
            if (BOILERPLATE.matcher(name).find() || BOILERPLATE_WORDS.contains(name)) {
                return true;
            }
            if (name.indexOf('-') > 0 || name.indexOf('_') > 0) {
                for (String part : name.split("[-_]")) {
                    if (BOILERPLATE_WORDS.contains(part) && !WHOLE_ONLY.contains(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Class names of an article's text itself ("entry-content entry-content-read-more" is the post, not a link). */
    private static final Pattern ARTICLE_BODY = Pattern.compile(
            "entry-content|article-?body|post-?content|post-?body|story-?body|article-?content|article-?text|"
                    + "artikel-?text|body-?text|richtext|main-?content");

    private static boolean isArticleBody(Element element) {
        for (String name : names(element)) {
            if (ARTICLE_BODY.matcher(name).find() && !name.contains("comment")) {
                return true;
            }
        }
        return element.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** An element's class names and id, lower case. */
    private static List<String> names(Element element) {
        List<String> names = new ArrayList<>();
        String id = element.id();
        if (!id.isEmpty()) {
            names.add(id.toLowerCase(Locale.ROOT));
        }
        for (String name : element.classNames()) {
            // WordPress and others tag an article with its taxonomy: "tag-social-media", "category-comments".
            if (!name.isEmpty() && !TAXONOMY.matcher(name).lookingAt()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String signature(Element element) {
        String id = element.id();
        String classes = element.className();
        if (id.isEmpty() && classes.isEmpty()) {
            return "";
        }
        return (id + " " + classes).toLowerCase(Locale.ROOT);
    }

    private static boolean contains(Element ancestor, Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private boolean attached(Element element) {
        return contains(body, element);
    }
}
