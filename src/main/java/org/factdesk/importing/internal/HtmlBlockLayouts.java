package org.factdesk.importing.internal;

import org.factdesk.article.BlockLayout;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * What the HTML says about each line the extractor writes, beside its text (ADR 24): the share of link text,
 * links to shops, whether it sat in a box or in an element whose class or id names an ad, and whether that box
 * held a form or a button. The extractor calls it as it writes; nothing here changes the text.
 */
final class HtmlBlockLayouts {

    /** Set (before forms, buttons and inputs are removed) on the element that held one, so its box is known later. */
    static final String CONTROL_MARK = "data-factdesk-control";

    /**
     * Class/id parts that name an ad, a sponsored or affiliate box, a newsletter, paywall or donation box; whole
     * parts only ("ad", not "header" or "load"). Not "product", "shop" or "offer": shops and product tests name
     * their own content so.
     */
    private static final Set<String> PROMO_PARTS = Set.of("ad", "ads", "adv", "advert", "adverts", "advertisement",
            "advertorial", "anzeige", "anzeigen", "werbung", "promo", "promos", "promotion", "sponsor",
            "sponsored", "sponsoring", "affiliate", "affiliates", "newsletter", "paywall", "subscribe", "subscription",
            "donate", "donation", "spende", "spenden", "upsell");
    /** Class/id words of a promotion found anywhere in a name ("adslot", "sponsoredContent", "newsletterSignup"). */
    private static final Pattern PROMO_WORDS = Pattern.compile("advert|anzeige|werbung|sponsor|affiliate|newsletter"
            + "|paywall|subscri|donat|spende|adslot|ad-slot|adunit|ad-unit|adbox|ad-box|adcontainer|ad-container");
    /** Class/id words of a box beside the text. */
    private static final Pattern BOX_WORDS = Pattern.compile("box|card|callout|widget|teaser|infobox|info-box|kasten"
            + "|hinweis|notice|banner|marginal|extra|tipp|sidebar|aside");
    private static final Set<String> BOX_TAGS = Set.of("aside", "figure", "table", "form", "fieldset", "details", "dialog");
    /** Hosts and link parts of shops and affiliate networks (the link, not the text, says it). */
    private static final Pattern SHOP_LINK = Pattern.compile("(?i)(?:^|[/.])(?:amazon\\.[a-z.]+|amzn\\.(?:to|eu)|ebay\\.[a-z.]+"
            + "|otto\\.de|zalando\\.[a-z]+|mediamarkt\\.[a-z]+|saturn\\.de|idealo\\.[a-z]+|awin1\\.com|awin\\.com|prf\\.hn"
            + "|rstyle\\.me|shopstyle\\.[a-z]+|shop-links\\.co|ltk\\.app|liketk\\.it|tradedoubler\\.com|zanox\\.[a-z]+"
            + "|adcell\\.[a-z]+|webgains\\.[a-z]+|financeads\\.[a-z]+|belboon\\.[a-z]+|digidip\\.net|skimresources\\.com"
            + "|skimlinks\\.com|linksynergy\\.com|pvn\\.[a-z.]+|partnerize\\.com|go2cloud\\.org|tkqlhce\\.com"
            + "|anrdoezrs\\.net|dpbolvw\\.net|jdoqocy\\.com|kqzyfj\\.com|bit\\.ly)(?:[/:?]|$)"
            + "|[?&](?:tag|affid|aff_id|affiliate_id|partner_id)=");
    /** A link styled as a button: "Jetzt testen" in {@code <a class="btn">}. */
    private static final Pattern BUTTON_LINK = Pattern.compile("(?i)\\b(?:btn|button|cta)\\b|btn-|button-|-btn|-button");
    /** A box holds little text; above this its controls are the page's, not the line's. */
    private static final int BOX_TEXT = 800;
    private static final int BOX_LEVELS = 3;
    /**
     * An element around a line is a box in the article only when it holds at most this share of the article's text
     * (or {@link #MIN_BOX} characters): a class on the whole post ("node--promoted", "sticker-shop") says nothing
     * about one line of it.
     */
    private static final double BOX_SHARE = 0.34;
    private static final int MIN_BOX = 400;
    private static final Pattern TAXONOMY = Pattern.compile("^(?:tag|category|cat|kategorie|rubrik|topic|section|node--type)[-_]");

    private HtmlBlockLayouts() {
    }

    /** Marks, before they go, the elements around forms, buttons, inputs and button-styled links. */
    static void markControls(Element body) {
        for (Element control : body.select("form, button, input:not([type=hidden]), select, textarea")) {
            Element parent = control.parent();
            if (parent != null) {
                parent.attr(CONTROL_MARK, "");
            }
        }
        for (Element link : body.select("a[class]")) {
            if (BUTTON_LINK.matcher(link.className()).find() && link.parent() != null) {
                link.parent().attr(CONTROL_MARK, "");
            }
        }
    }

    static boolean isShopLink(Element link) {
        String href = link.attr("href");
        return !href.isEmpty() && SHOP_LINK.matcher(href).find();
    }

    /** What one line's ancestors (below the article's container {@code root}) say. */
    static BlockLayout layout(Element start, Element root, ToIntFunction<Element> length, int contentChars,
                              int textChars, int linkChars, int shopLinks, boolean opensWithLink) {
        boolean promo = false;
        boolean boxed = false;
        boolean controls = false;
        int level = 0;
        int box = Math.max(MIN_BOX, (int) (contentChars * BOX_SHARE));
        for (Element element = start; element != null && element != root; element = element.parent(), level++) {
            int size = length.applyAsInt(element);
            if (size > box) {
                break;
            }
            List<String> names = names(element);
            promo = promo || names.stream().anyMatch(HtmlBlockLayouts::isPromoName);
            boxed = boxed || BOX_TAGS.contains(element.normalName())
                    || names.stream().anyMatch(name -> BOX_WORDS.matcher(name).find());
            if (!controls && level < BOX_LEVELS && size <= BOX_TEXT) {
                controls = element.hasAttr(CONTROL_MARK) || element.selectFirst("[" + CONTROL_MARK + "]") != null;
            }
        }
        double share = textChars == 0 ? 0 : Math.min(1, linkChars / (double) textChars);
        return new BlockLayout(Math.round(share * 100) / 100.0, shopLinks, promo, boxed, controls, opensWithLink);
    }

    private static boolean isPromoName(String name) {
        if (PROMO_WORDS.matcher(name).find()) {
            return true;
        }
        for (String part : name.split("[-_\\s]+")) {
            if (PROMO_PARTS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Element element) {
        List<String> names = new ArrayList<>();
        if (!element.id().isEmpty()) {
            names.add(element.id().toLowerCase(Locale.ROOT));
        }
        for (String name : element.classNames()) {
            // camelCase parts count as parts too: "adSlot" → "ad-slot"; a post's taxonomy ("tag-shopping") is no box
            String lower = name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && !TAXONOMY.matcher(lower).find()) {
                names.add(lower);
            }
        }
        return names;
    }

    /**
     * The layouts of the final lines: the extractor's lines are written with their layouts, then some are
     * dropped (a page's trailer) or one is added (the headline); each final line takes the layout of the
     * next written line with the same text, an added one none.
     */
    static List<BlockLayout> align(List<String> finalLines, List<String> written, List<BlockLayout> layouts) {
        List<BlockLayout> result = new ArrayList<>(finalLines.size());
        int next = 0;
        for (String line : finalLines) {
            int found = -1;
            for (int k = next; k < written.size(); k++) {
                if (written.get(k).equals(line)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                result.add(BlockLayout.NONE);
            } else {
                result.add(layouts.get(found));
                next = found + 1;
            }
        }
        return result;
    }
}
