package org.factdesk.article;

import java.util.List;

/**
 * How one block (line) of an article sat on its page, when the source had a layout (HTML): what the
 * stored text cannot say. The promotional detector reads it (ADR 18, ADR 24); the text stays as it is.
 *
 * @param linkShare     share of the line's characters inside links (0–1)
 * @param shopLinks     how many of its links point to a shop or an affiliate/tracking host (amzn.to, awin1.com …)
 * @param promoMarkup   an element around it names itself an ad, promotion, sponsored post, affiliate,
 *                      newsletter, paywall, shop or offer box in its class or id
 * @param boxed         it sat in a box below the article's container: {@code aside}, {@code figure}, a table,
 *                      or an element named box, card, info, callout, widget, teaser
 * @param controls      its box (a small element around it) held a form, button, input or a button-styled link
 * @param opensWithLink its first words are a link (a product list's "Lampe: …" with the product's name linked)
 */
public record BlockLayout(double linkShare, int shopLinks, boolean promoMarkup, boolean boxed, boolean controls,
                          boolean opensWithLink) {

    /** A block whose layout is unknown or plain: nothing but text. */
    public static final BlockLayout NONE = new BlockLayout(0, 0, false, false, false, false);

    public BlockLayout {
        if (linkShare < 0 || linkShare > 1 || shopLinks < 0) {
            throw new IllegalArgumentException("link share 0..1 and a shop link count >= 0, not " + linkShare + "/" + shopLinks);
        }
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** The layout of block {@code index} (0-based), NONE beyond a list that is shorter or empty. */
    public static BlockLayout of(List<BlockLayout> layouts, int index) {
        return layouts == null || index < 0 || index >= layouts.size() ? NONE : layouts.get(index);
    }
}
