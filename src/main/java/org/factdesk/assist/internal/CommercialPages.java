package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.assist.SuggestedVerdict;
import org.factdesk.assist.internal.PromotionalDetector.Cue;
import org.factdesk.assist.internal.PromotionalDetector.Cues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.factdesk.assist.internal.PromotionalDetector.lc;

/**
 * The page-level judgement of the promotional detector (ADR 41, promo6): is the article itself commercial content —
 * a post that discloses it is advertising, a cooperation or affiliate-linked ("Dieser Beitrag enthält Werbung",
 * "in Kooperation mit", "enthält Affiliate-Links"), or a post whose body is a run of deals (offers and prices in
 * three or more blocks)? Advertorials, deal posts and blogger cooperations read like editorial prose sentence by
 * sentence; what gives them away is the page. On such a page a sentence that offers something to the reader
 * ("bei X bekommt ihr …", "EAT SMALL bietet euch …") or names a deal price ("für 325 statt 399 Euro") is promotional
 * although on an ordinary page it would not be, with the page's reason beside its own.
 * <p>
 * Beside it, on any page, a shop's price box: short lines with a price and the small print beside it ("inkl. MwSt.").
 * <p>
 * The judgement reads only the cues the detector already found (one pass over the article's cue maps, no text), so
 * an ordinary page costs nothing; the sentence patterns run only on pages judged commercial. Editorial pages that
 * mention prices, shops or advertising have no disclosure and no run of deal cues, so they stay as they were.
 */
final class CommercialPages {

    /** The article discloses that it is advertising, a cooperation or affiliate-linked. */
    static final String SPONSORED_ARTICLE = "sponsored-article";
    /** The article's body is a run of deals. */
    static final String DEAL_ARTICLE = "deal-article";
    /** A sentence that offers the reader something to get, find or buy ("bekommt ihr", "bietet euch"). */
    static final String OFFER_TO_READER = "offer-to-reader";

    /** A deal page: sentences with their own deal cue (price offer, shop button, price tag) in this many blocks. */
    static final int DEAL_BLOCKS = 3;
    /** … and this many such sentences. */
    static final int DEAL_SENTENCES = 4;
    /** A deal in the prose: a price offer of this weight ("bekommt ihr bereits für 2,80 €", "20 % Rabatt") … */
    static final double DEAL_WEIGHT = 1.5;
    /** … in a sentence of at least this many words (not a price tag or a button, which the cues judge as boxes). */
    static final int PROSE_WORDS = 5;
    /** A disclosure counts when its cue weighs at least this much (the detector's strong labels and notices). */
    private static final double DISCLOSURE_WEIGHT = 2.0;

    /** A sum of money: "832,15 Euro", "99 Cent", "2,80€", "€ 19". */
    private static final Pattern AMOUNT = lc("\\d(?:[.,]\\d+)?\\s?(?:€|euro\\b|eur\\b|cent\\b|chf\\b)|€\\s?\\d");
    /** What makes a price a deal: an old price, a discount, a code, "nur", "ab", cheapness. */
    private static final Pattern DEAL_WORD = lc("\\b(?:statt|anstatt|uvp|reduziert\\w*|rabatt\\w*|gutschein\\w*|code|deal\\w*|schnäppchen\\w*"
            + "|sonderangebot\\w*|angebot|günstig\\w*|preiswert\\w*|spar\\w*)\\b|\\b(?:nur|ab|bereits|schon) (?:noch )?(?:für )?\\d");
    /** Shops where the deal is had (lower-case names, one list for every pattern here). */
    private static final String SHOP_NAMES = "(?:amazon|ebay|otto|zalando|mediamarkt|media markt|saturn|notebooksbilliger|cyberport"
            + "|alternate|thalia|douglas|lidl|aldi|kaufland|tchibo|rewe|edeka|dm|rossmann|ikea)";
    private static final Pattern SHOP = lc("\\b" + SHOP_NAMES + "\\b");
    /**
     * The reader offered something to get, find or buy, in the second person ("bekommt ihr", "bietet euch", "findest
     * du", "bei X gibt es", "solltet ihr … ausprobieren", "Viel Spaß beim Stöbern").
     */
    private static final Pattern OFFER = lc("\\b(?:bekommt|erhaltet|findet|sichert) ihr\\b|\\bihr (?:bekommt|erhaltet|findet)\\b"
            + "|\\b(?:bekommst|erhältst|findest|sicherst) du\\b|\\bdu (?:bekommst|erhältst|findest)\\b"
            + "|\\bbiete[nt] (?:euch|dir)\\b|\\bbei [\\p{L}\\d.-]+(?: [\\p{L}\\d.-]+)? gibt es\\b"
            + "|\\bsolltet ihr (?:\\S+ ){0,8}?(?:ausprobieren|testen|probieren|vorbeischauen|zugreifen|bestellen|kaufen)\\b"
            + "|\\bkönnt ihr (?:\\S+ ){0,8}?(?:bestellen|kaufen|gewinnen|sichern|ergattern|shoppen|testen)\\b"
            + "|\\bviel spaß beim (?:stöbern|shoppen|einkaufen|bestellen)\\b|\\bvorbeischauen lohnt sich\\b");

    /** What is offered is only information ("Alle Informationen bekommst du vom Hersteller", "Weitere Tipps findest du hier"). */
    private static final Pattern ONLY_INFORMATION = lc("\\b(?:informationen|infos?|tipps|anleitungen|ratgeber|artikel|beitr[äa]g\\w*)\\b");
    /** A shop where something is to be had: "gibt es zum Beispiel bei Amazon". */
    private static final Pattern SOLD_AT_SHOP = lc("\\bgibt es (?:\\S+ ){0,4}?bei (?:\\S+ )?" + SHOP_NAMES + "\\b");

    private CommercialPages() {
    }

    /**
     * The detector's suggestions plus, when the page is commercial, its sentences that offer or price a deal; the
     * detector's own suggestions stay as they are.
     */
    static List<DetectedSuggestion> extend(AssistText text, List<List<Cues>> cues, List<DetectedSuggestion> found) {
        String pageReason = judge(text, cues);
        Set<Integer> flagged = new HashSet<>();
        found.forEach(suggestion -> flagged.add(suggestion.ordinal()));
        List<DetectedSuggestion> added = new ArrayList<>(priceBoxes(text, flagged));
        added.forEach(suggestion -> flagged.add(suggestion.ordinal()));
        for (AssistText.Block block : pageReason == null ? List.<AssistText.Block>of() : text.blocks()) {
            for (AssistText.Sentence sentence : block.sentences()) {
                if (flagged.contains(sentence.ordinal())) {
                    continue;
                }
                String own = signal(sentence.text().toLowerCase(Locale.ROOT));
                if (own != null) {
                    added.add(new DetectedSuggestion(sentence.ordinal(), SuggestedVerdict.PROMOTIONAL, List.of(own, pageReason)));
                }
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<DetectedSuggestion> all = new ArrayList<>(found.size() + added.size());
        all.addAll(found);
        all.addAll(added);
        all.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
        return all;
    }

    /** A shop's small print beside a price: "inkl. MwSt.", "zzgl. Versandkosten", "versandkostenfrei", "Lieferzeit: 2–3 Tage". */
    private static final Pattern SMALL_PRINT = lc("^[\\s\\p{P}\\p{S}]*(?:(?:inkl|incl|zzgl)\\.?|inklusive|zuzüglich)\\s+(?:\\d+\\s?%\\s+)?"
            + "(?:mwst|mehrwertsteuer|ust|versand\\w*)\\b|^[\\s\\p{P}\\p{S}]*(?:versandkostenfrei|versandkosten(?:frei)?|lieferzeit|sofort lieferbar"
            + "|auf lager|lieferbar in)\\b");
    /** A line of a price box: at most this many words. */
    private static final int BOX_LINE_WORDS = 6;

    /**
     * A shop's price box, wherever it sits: a run of short lines that holds a price and the small print the law asks
     * beside it ("97,47 €" / "UVP 129,00 € (-24,4 %)" / "inkl. MwSt." / "inkl. Versand"); every line of the run is the
     * box. A price table or a price in prose has no such small print.
     */
    static List<DetectedSuggestion> priceBoxes(AssistText text, Set<Integer> flagged) {
        List<DetectedSuggestion> out = new ArrayList<>();
        List<AssistText.Block> blocks = text.blocks();
        for (int b = 0; b < blocks.size(); ) {
            int end = b;
            boolean price = false;
            boolean smallPrint = false;
            while (end < blocks.size() && isBoxLine(blocks.get(end))) {
                String lower = blocks.get(end).text().toLowerCase(Locale.ROOT);
                price |= hasAmountWord(lower) && AMOUNT.matcher(lower).find();
                smallPrint |= SMALL_PRINT.matcher(lower).find();
                end++;
            }
            if (price && smallPrint) {
                for (int k = b; k < end; k++) {
                    for (AssistText.Sentence sentence : blocks.get(k).sentences()) {
                        if (!flagged.contains(sentence.ordinal())) {
                            out.add(new DetectedSuggestion(sentence.ordinal(), SuggestedVerdict.PROMOTIONAL,
                                    List.of(Cue.SHOP_BOX.code)));
                        }
                    }
                }
            }
            b = Math.max(end, b + 1);
        }
        return out;
    }

    private static boolean isBoxLine(AssistText.Block block) {
        return block.sentences().size() == 1 && words(block.sentences().get(0).text()) <= BOX_LINE_WORDS;
    }

    /**
     * {@link #SPONSORED_ARTICLE} when a sentence discloses that the article is advertising or a cooperation;
     * {@link #DEAL_ARTICLE} when deal prices are offered in the prose of {@link #DEAL_BLOCKS} blocks ({@link
     * #DEAL_SENTENCES} sentences), or of two when the page also says its links are affiliate links; otherwise null.
     * An affiliate notice alone says only that some links pay (a money guide, a test, a fishing magazine have one),
     * and price tags, shop buttons and tables are boxes the cues judge themselves: neither makes the article an ad.
     * Reads the cue maps only.
     */
    static String judge(AssistText text, List<List<Cues>> cues) {
        int dealSentences = 0;
        int dealBlocks = 0;
        boolean affiliate = false;
        List<AssistText.Block> blocks = text.blocks();
        for (int b = 0; b < cues.size(); b++) {
            boolean deal = false;
            List<Cues> block = cues.get(b);
            for (int s = 0; s < block.size(); s++) {
                Cues c = block.get(s);
                if (c.isEmpty()) {
                    continue;
                }
                if (weight(c, Cue.SPONSORED_LABEL) >= DISCLOSURE_WEIGHT) {
                    return SPONSORED_ARTICLE;
                }
                affiliate |= weight(c, Cue.AFFILIATE_NOTICE) >= DISCLOSURE_WEIGHT;
                if (weight(c, Cue.PRICE_OFFER) >= DEAL_WEIGHT
                        && words(blocks.get(b).sentences().get(s).text()) >= PROSE_WORDS) {
                    dealSentences++;
                    deal = true;
                }
            }
            dealBlocks += deal ? 1 : 0;
        }
        boolean deals = dealSentences >= DEAL_SENTENCES && dealBlocks >= DEAL_BLOCKS
                || affiliate && dealBlocks >= 2;
        return deals ? DEAL_ARTICLE : null;
    }

    /** Words, counted as runs of non-blanks. */
    private static int words(String sentence) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean blank = Character.isWhitespace(sentence.charAt(i));
            count += !blank && !inWord ? 1 : 0;
            inWord = !blank;
        }
        return count;
    }

    private static double weight(Cues cues, Cue cue) {
        Double weight = cues.weights().get(cue);
        return weight == null ? 0 : weight;
    }

    /**
     * The sentence's own commercial signal on a commercial page: an offer to the reader, or a price that is a deal
     * (with a deal word or a shop). Null when it has none.
     */
    static String signal(String lower) {
        boolean givesThere = lower.contains("gibt es");
        if (mayOffer(lower, givesThere) && OFFER.matcher(lower).find() && !ONLY_INFORMATION.matcher(lower).find()
                || givesThere && SOLD_AT_SHOP.matcher(lower).find()) {
            return OFFER_TO_READER;
        }
        if (hasAmountWord(lower) && AMOUNT.matcher(lower).find()
                && (DEAL_WORD.matcher(lower).find() || SHOP.matcher(lower).find())) {
            return Cue.PRICE_OFFER.code;
        }
        return null;
    }

    /** A literal guard before the offer pattern: an offer names the reader ("ihr", "du", "euch", "dir") or a shop. */
    private static boolean mayOffer(String lower, boolean givesThere) {
        return givesThere || lower.contains("ihr") || lower.contains("du") || lower.contains("euch") || lower.contains("dir")
                || lower.contains("viel spaß") || lower.contains("vorbeischauen");
    }

    /** A literal guard before the amount pattern: most sentences name no money. */
    private static boolean hasAmountWord(String lower) {
        return lower.indexOf('€') >= 0 || lower.contains("euro") || lower.contains("eur") || lower.contains("cent")
                || lower.contains("chf");
    }
}
