package org.factdesk.assist.internal;

import org.factdesk.article.BlockLayout;
import org.factdesk.assist.AssistText;
import org.factdesk.segmentation.BlockKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the learned promotional model ({@link PromotionalModel}, ADR 41) reads of one sentence: the cue detector's
 * cues for it and its block, the block's layout on the page, its shape and place in the article, the share of
 * reader address, prices, shop words and brands, and hashed word uni- and bigrams. One sparse vector per sentence,
 * computed in one pass over the article (each sentence's words once, the neighbours' results looked up), so the cost
 * grows with the text's length only. Pure; shared by the detector and the offline fit
 * ({@code PromotionalBlockFit} in the test sources), so both see the same numbers.
 */
final class PromotionalFeatures {

    /**
     * The named features and the reason an editor reads when one of them carries a suggestion ({@code null}: a
     * feature that never is the reason, e.g. the length of a sentence). The cue detector's cues follow them, one
     * per {@link PromotionalDetector.Cue} (reason: the cue's code), then the hashed words (reason
     * {@link #SALES_WORDING}).
     */
    enum Feature {
        BLOCK_FLAGGED("beside-ad"),
        NEAR_FLAGGED("beside-ad"),
        BLOCK_CUES("beside-ad"),
        NEIGHBOUR_CUES("beside-ad"),
        LINK_SHARE("link-dense-box"),
        SHOP_LINKS("shop-links"),
        PROMO_MARKUP("ad-markup"),
        BOXED("boxed-layout"),
        CONTROLS("form-box"),
        OPENS_WITH_LINK("link-dense-box"),
        AFTER_ARTICLE("page-tail"),
        POSITION("page-tail"),
        SHORT_LINE(null),
        LONG_BLOCK(null),
        HEADING(null),
        BULLET(null),
        WORDS(null),
        NO_LAYOUT(null),
        READER(PromotionalDetector.Cue.READER_ADDRESS.code),
        READER_IN_BLOCK(PromotionalDetector.Cue.READER_ADDRESS.code),
        IMPERATIVE("call-to-action"),
        EXCLAMATION("call-to-action"),
        PRICE("price-offer"),
        PERCENT("price-offer"),
        FREE("free-offer"),
        SHOP_WORDS("shop-vocabulary"),
        SHOP_WORDS_IN_BLOCK("shop-vocabulary"),
        BRAND("shop-vocabulary"),
        WE("self-promotion"),
        QUESTION(null),
        QUOTE_OR_ATTRIBUTION(null);

        final String reason;

        Feature(String reason) {
            this.reason = reason;
        }
    }

    static final String SALES_WORDING = "sales-wording";

    private static final PromotionalDetector.Cue[] CUES = PromotionalDetector.Cue.values();
    static final int CUE_BASE = Feature.values().length;
    static final int HASH_BASE = CUE_BASE + CUES.length;
    /** Hashed word uni- and bigrams: enough buckets that collisions are rare for a vocabulary of a few thousand words. */
    static final int BUCKETS = 4096;
    static final int SIZE = HASH_BASE + BUCKETS;

    private PromotionalFeatures() {
    }

    /** The reason code of feature {@code index}, or null when it never is the reason. */
    static String reasonOf(int index) {
        if (index < CUE_BASE) {
            return Feature.values()[index].reason;
        }
        if (index < HASH_BASE) {
            return CUES[index - CUE_BASE].code;
        }
        return SALES_WORDING;
    }

    /** The name of feature {@code index} as the model file spells it. */
    static String nameOf(int index) {
        if (index < CUE_BASE) {
            return Feature.values()[index].name();
        }
        if (index < HASH_BASE) {
            return "CUE_" + CUES[index - CUE_BASE].name();
        }
        return "H" + (index - HASH_BASE);
    }

    /** A sparse vector: feature indices (ascending is not required) and their values. */
    record Vector(int[] indices, double[] values) {
        double dot(double[] weights) {
            double sum = 0;
            for (int i = 0; i < indices.length; i++) {
                sum += weights[indices[i]] * values[i];
            }
            return sum;
        }
    }

    private static final class Builder {
        private int[] indices = new int[128];
        private double[] values = new double[128];
        private int size;

        /** Duplicates are kept (a word twice in a sentence): a dot product sums them, so no look-up is needed. */
        void put(int index, double value) {
            if (value == 0) {
                return;
            }
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            indices[size] = index;
            values[size++] = value;
        }

        void put(Feature feature, double value) {
            put(feature.ordinal(), value);
        }

        void put(Feature feature, boolean on) {
            put(feature.ordinal(), on ? 1 : 0);
        }

        Vector build() {
            return new Vector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
        }
    }

    /** What one sentence says by its words alone (computed once per sentence). */
    private record Words(int words, int reader, boolean imperative, boolean exclamation, boolean price, boolean percent,
                         boolean free, int shopWords, boolean brand, boolean we, boolean question, boolean quote,
                         int[] hashes) {
    }

    /**
     * One vector per sentence of the text, in reading order.
     *
     * @param cues       the cue detector's cues, per block and sentence (as {@link PromotionalDetector} computed them)
     * @param flagged    per block and sentence: the cue detector flagged it
     * @param lastProse  index of the article's last paragraph of prose (-1 for none): blocks after it are the page's tail
     */
    static List<Vector> of(AssistText text, List<List<PromotionalDetector.Cues>> cues, List<boolean[]> flagged,
                           int lastProse) {
        List<AssistText.Block> blocks = text.blocks();
        int n = blocks.size();
        double[] blockCues = new double[n];
        boolean[] blockFlagged = new boolean[n];
        List<Words[]> words = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            double sum = 0;
            for (PromotionalDetector.Cues c : cues.get(b)) {
                sum += c.strong();
            }
            blockCues[b] = Math.min(2, sum / PromotionalDetector.BLOCK_THRESHOLD);
            for (boolean f : flagged.get(b)) {
                blockFlagged[b] |= f;
            }
            List<AssistText.Sentence> sentences = blocks.get(b).sentences();
            Words[] w = new Words[sentences.size()];
            for (int s = 0; s < w.length; s++) {
                w[s] = words(sentences.get(s).text());
            }
            words.add(w);
        }
        int total = Math.max(1, text.sentenceCount());
        List<Vector> vectors = new ArrayList<>(total);
        int seen = 0;
        for (int b = 0; b < n; b++) {
            AssistText.Block block = blocks.get(b);
            Words[] w = words.get(b);
            int readerSentences = 0;
            int shopSentences = 0;
            int flaggedInBlock = 0;
            for (boolean f : flagged.get(b)) {
                flaggedInBlock += f ? 1 : 0;
            }
            for (Words one : w) {
                readerSentences += one.reader() > 0 ? 1 : 0;
                shopSentences += one.shopWords() > 0 ? 1 : 0;
            }
            boolean nearFlagged = false;
            for (int k = Math.max(0, b - 2); k <= Math.min(n - 1, b + 2); k++) {
                nearFlagged |= k != b && blockFlagged[k];
            }
            double neighbourCues = Math.max(b > 0 ? blockCues[b - 1] : 0, b + 1 < n ? blockCues[b + 1] : 0);
            BlockLayout layout = block.layout();
            for (int s = 0; s < w.length; s++) {
                Builder v = new Builder();
                Words one = w[s];
                v.put(Feature.BLOCK_FLAGGED, flaggedInBlock - (flagged.get(b)[s] ? 1 : 0) > 0);
                v.put(Feature.NEAR_FLAGGED, nearFlagged);
                v.put(Feature.BLOCK_CUES, blockCues[b]);
                v.put(Feature.NEIGHBOUR_CUES, neighbourCues);
                v.put(Feature.LINK_SHARE, layout.linkShare());
                v.put(Feature.SHOP_LINKS, layout.shopLinks() > 0);
                v.put(Feature.PROMO_MARKUP, layout.promoMarkup());
                v.put(Feature.BOXED, layout.boxed());
                v.put(Feature.CONTROLS, layout.controls());
                v.put(Feature.OPENS_WITH_LINK, layout.opensWithLink());
                v.put(Feature.NO_LAYOUT, layout.isNone());
                v.put(Feature.AFTER_ARTICLE, lastProse >= 0 && b > lastProse);
                v.put(Feature.POSITION, (seen + s) / (double) total);
                v.put(Feature.SHORT_LINE, w.length == 1 && one.words() <= 6);
                v.put(Feature.LONG_BLOCK, w.length >= 5);
                v.put(Feature.HEADING, block.kind() == BlockKind.HEADING);
                v.put(Feature.BULLET, block.kind() == BlockKind.BULLET);
                v.put(Feature.WORDS, Math.log1p(one.words()) / 4);
                v.put(Feature.READER, Math.min(3, one.reader()) / 3.0);
                v.put(Feature.READER_IN_BLOCK, readerSentences / (double) w.length);
                v.put(Feature.IMPERATIVE, one.imperative());
                v.put(Feature.EXCLAMATION, one.exclamation());
                v.put(Feature.PRICE, one.price());
                v.put(Feature.PERCENT, one.percent());
                v.put(Feature.FREE, one.free());
                v.put(Feature.SHOP_WORDS, Math.min(3, one.shopWords()) / 3.0);
                v.put(Feature.SHOP_WORDS_IN_BLOCK, shopSentences / (double) w.length);
                v.put(Feature.BRAND, one.brand());
                v.put(Feature.WE, one.we());
                v.put(Feature.QUESTION, one.question());
                v.put(Feature.QUOTE_OR_ATTRIBUTION, one.quote());
                cues.get(b).get(s).weights().forEach((cue, weight) -> v.put(CUE_BASE + cue.ordinal(),
                        Math.min(3, weight) / 3));
                // the words, L2-normalised so that a long sentence does not outweigh the named features
                if (one.hashes().length > 0) {
                    double value = 1 / Math.sqrt(one.hashes().length);
                    for (int h : one.hashes()) {
                        v.put(HASH_BASE + h, value);
                    }
                }
                vectors.add(v.build());
            }
            seen += w.length;
        }
        return vectors;
    }

    private static final Set<String> READER_WORDS = Set.of("du", "dich", "dir", "dein", "deine", "deinen", "deinem",
            "deiner", "deines", "euch", "euer", "eure", "euren", "eurem", "eurer", "ihr", "you", "your");
    private static final Set<String> FORMAL_READER = Set.of("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer",
            "Ihres");
    private static final Set<String> WE_WORDS = Set.of("wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
            "unseres", "we", "our");
    private static final Set<String> FREE_WORDS = Set.of("kostenlos", "kostenlose", "kostenlosen", "kostenloser",
            "kostenloses", "gratis", "umsonst", "free", "probeabo", "testen", "ausprobieren", "probieren", "trial");
    /** Shop and sales words (stems inside German compounds: "Sonderangebot", "Hundefutter-Shop", "versandkostenfrei"). */
    private static final String[] SHOP_STEMS = {"angebot", "rabatt", "gutschein", "schnäppchen", "shop", "preis",
            "versand", "bestell", "kauf", "sortiment", "kollektion", "spar", "deal", "produkt", "erhältlich", "lieferbar",
            "händler", "bundle", "paket", "marke", "aktion", "günstig", "preiswert", "amazon", "ebay", "zalando", "store",
            "buy", "order", "sale", "discount", "coupon", "code", "abo", "mitglied", "bezahl", "zahl"};
    private static final Set<String> IMPERATIVE_WORDS = Set.of("entdecke", "entdecken", "sichere", "sichern", "hol",
            "hole", "holen", "teste", "testen", "bestelle", "bestellen", "abonniere", "abonnieren", "melde", "melden",
            "klicke", "klicken", "lies", "lesen", "schau", "schaue", "schauen", "probiere", "probieren", "registriere",
            "registrieren", "unterstütze", "unterstützen", "spende", "spenden", "kaufe", "kaufen", "buche", "buchen",
            "erfahre", "erfahren", "lade", "laden", "folge", "folgen", "werde", "werden", "gönn", "gönne", "starte",
            "starten", "nutze", "nutzen", "sparen", "spare", "fordern", "fordere", "jetzt", "hier");
    private static final Set<String> ATTRIBUTION = Set.of("sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte",
            "laut", "zufolge", "teilte", "berichtete", "berichtet", "meinte", "so");

    private static final int READER_KIND = 1;
    private static final int FORMAL_KIND = 2;
    private static final int WE_KIND = 4;
    private static final int FREE_KIND = 8;
    private static final int ATTRIBUTION_KIND = 16;
    /** The word lists above as one map (lower case → kinds), so each word costs one look-up. */
    private static final java.util.Map<String, Integer> WORD_KINDS = new java.util.HashMap<>();

    static {
        READER_WORDS.forEach(word -> WORD_KINDS.merge(word, READER_KIND, (a, b) -> a | b));
        FORMAL_READER.forEach(word -> WORD_KINDS.merge(word.toLowerCase(Locale.ROOT), FORMAL_KIND, (a, b) -> a | b));
        WE_WORDS.forEach(word -> WORD_KINDS.merge(word, WE_KIND, (a, b) -> a | b));
        FREE_WORDS.forEach(word -> WORD_KINDS.merge(word, FREE_KIND, (a, b) -> a | b));
        ATTRIBUTION.forEach(word -> WORD_KINDS.merge(word, ATTRIBUTION_KIND, (a, b) -> a | b));
    }

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\d\\s?(?:euro|eur|cent)\\b");
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "\\b[\\p{L}0-9-]+\\.(?:de|com|at|ch|shop)\\b", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One pass over the sentence's characters: tokens (lower case, a number as "#") and their hashes; the rest is
     * set look-ups and a few {@code indexOf} calls per sentence, no regular expression unless a rare character is there.
     */
    private static Words words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == text.length(); // lower-casing may change the length (rare letters)
        List<String> tokens = new ArrayList<>();
        int reader = 0;
        boolean brand = false;
        boolean we = false;
        boolean free = false;
        boolean attribution = false;
        boolean secondIsFormalSie = false;
        int start = -1;
        boolean digit = false;
        boolean upper = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c) || c == '-' && start >= 0;
            if (part && start < 0) {
                start = i;
                digit = false;
                upper = true;
            }
            if (part) {
                digit |= Character.isDigit(c);
                upper &= !Character.isLowerCase(c);
                continue;
            }
            if (start < 0) {
                continue;
            }
            String token = digit ? "#" : sameLength ? lower.substring(start, i)
                    : text.substring(start, i).toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(text.charAt(start));
            int index = tokens.size();
            tokens.add(token);
            int kind = WORD_KINDS.getOrDefault(token, 0); // one look-up per word for all the word lists
            if (kind != 0) {
                if ((kind & READER_KIND) != 0 && !(index == 0 && capital && token.equals("ihr"))
                        || index > 0 && capital && (kind & FORMAL_KIND) != 0) {
                    reader++;
                }
                secondIsFormalSie |= index == 1 && capital && token.equals("sie");
                we |= (kind & WE_KIND) != 0;
                free |= (kind & FREE_KIND) != 0;
                attribution |= (kind & ATTRIBUTION_KIND) != 0;
            }
            // a brand: a word in capitals (EAT SMALL, MYMARINI)
            brand |= !digit && upper && i - start >= 3 && token.chars().anyMatch(Character::isLetter);
            start = -1;
        }
        int shop = shopStems(lower);
        // or a shop's domain (eat-small.com)
        brand |= (lower.contains(".de") || lower.contains(".com") || lower.contains(".at") || lower.contains(".ch")
                || lower.contains(".shop")) && DOMAIN.matcher(lower).find();
        String stripped = text.strip();
        boolean exclamation = stripped.endsWith("!");
        boolean question = stripped.endsWith("?");
        boolean imperative = !tokens.isEmpty() && !question && (IMPERATIVE_WORDS.contains(tokens.getFirst())
                && (tokens.size() < 2 || tokens.get(1).equals("sie") || tokens.get(1).equals("dich")
                || tokens.get(1).equals("euch") || !tokens.getFirst().endsWith("en"))
                || secondIsFormalSie && tokens.getFirst().endsWith("en"));
        boolean price = lower.indexOf('€') >= 0 || lower.indexOf('$') >= 0 || lower.contains("chf")
                || (lower.contains("eur") || lower.contains("cent")) && AMOUNT.matcher(lower).find();
        boolean percent = lower.indexOf('%') >= 0 || lower.contains("prozent");
        boolean quote = attribution || text.indexOf('„') >= 0 || text.indexOf('"') >= 0 || text.indexOf('»') >= 0;
        int[] hashes = new int[tokens.size() * 2];
        int h = 0;
        int previous = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int word = tokens.get(i).hashCode();
            hashes[h++] = bucket(word * 0x9E3779B1 + 1);
            if (i > 0) {
                hashes[h++] = bucket((previous * 0x9E3779B1 + word) * 0x85EBCA6B + 2);
            }
            previous = word;
        }
        return new Words(tokens.size(), reader, imperative, exclamation, price, percent, free, shop, brand, we, question,
                quote, Arrays.copyOf(hashes, h));
    }

    /** The shop stems by their first letter, so that one scan of the sentence finds them all. */
    private static final String[][] STEMS_BY_LETTER = new String[128][];

    static {
        for (String stem : SHOP_STEMS) {
            char first = stem.charAt(0);
            String[] known = STEMS_BY_LETTER[first];
            STEMS_BY_LETTER[first] = known == null ? new String[] {stem} : append(known, stem);
        }
    }

    private static String[] append(String[] array, String more) {
        String[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = more;
        return longer;
    }

    /** How many different shop stems the lower-cased sentence contains (a stem twice counts once). */
    private static int shopStems(String lower) {
        long seen = 0; // one bit per stem: fewer than 64 of them
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String[] stems = c < 128 ? STEMS_BY_LETTER[c] : null;
            if (stems != null) {
                char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
                for (String stem : stems) {
                    if (stem.charAt(1) == next && lower.startsWith(stem, i)) { // the second letter first: cheap
                        seen |= 1L << STEM_INDEX.get(stem);
                    }
                }
            }
        }
        return Long.bitCount(seen);
    }

    private static final java.util.Map<String, Integer> STEM_INDEX = new java.util.HashMap<>();

    static {
        for (int i = 0; i < SHOP_STEMS.length; i++) {
            STEM_INDEX.put(SHOP_STEMS[i], i);
        }
    }

    /** The hash folded (high bits into low) and cut to the buckets; String.hashCode is specified, so this is stable. */
    private static int bucket(int hash) {
        return (hash ^ (hash >>> 16)) & (BUCKETS - 1);
    }
}
