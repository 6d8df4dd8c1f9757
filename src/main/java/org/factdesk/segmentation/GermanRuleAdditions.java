package org.factdesk.segmentation;

import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * FactDesk's rules in front of LanguageTool's German SRX rules. A no-break rule here overrides every
 * later break rule (ours and LanguageTool's); a break rule here overrides LanguageTool's no-break
 * rules, so the break rules are kept narrow. All rules are general German typography, none is
 * fitted to a particular text.
 */
final class GermanRuleAdditions {

    /** Words that, written with a full stop, are German abbreviations LanguageTool's list lacks. */
    static final List<String> ABBREVIATIONS = List.of(
            // references inside texts
            "Tab", "Abb", "Ziff", "Anl", "Aufl", "Ausg", "Verf", "Verl", "Fn", "Forts", "Pkt", "Jahrh",
            // people, titles and offices
            "Abg", "Vors", "Präs", "Bgm", "Pfr", "Hrn", "Inh", "Fam", "Priv", "Univ", "jun", "Hl",
            // dates, amounts, places
            "Febr", "Mär", "Mrz", "Mi", "Mill", "Pfg", "Dtzd", "Hbf", "Lkr", "Lt",
            // words in running text
            "gest", "verh", "gegr", "entspr", "vorl", "zit", "evang", "röm", "ausschl", "Reg", "Erw");

    /**
     * Nouns counted with an ordinal ("im 2. Quartal") that LanguageTool's list of such nouns lacks;
     * before them "2." is no sentence end.
     */
    static final String COUNTED_NOUNS = "Quartal(s|es)?|Halbjahr(s|es)?|(Jahres)?[Hh]älfte|(Kalender)?[Ww]oche"
            + "|Monat(s|es)?|Spieltag(s|es)?|Legislaturperiode|Wahlperiode|Amtszeit|Sitzung|Lesung|Auflage|Ausgabe"
            + "|Kapitel(s)?|Absatz(es)?|Weltkrieg(s|es)?|Jahrestag(s|es)?|Todestag(s|es)?|Stelle|Rang(es)?"
            + "|Generation|Semester(s)?|Schuljahr(s|es)?|Jahrgang(s|es)?|Advent|Liga";

    /** Words before an ordinal: LanguageTool knows them in lower case only, so not at a sentence start. */
    private static final String DETERMINERS =
            "[Dd](as|er|ie|iese[rsmn]?|en|em)|[KkMmSsDd]?[Ee]in(e[rsnm]?)?|[Aa]m|[Ff]ürs|[Ii]ns|[Zz]um|[Ii]m|[Zz]ur|[Vv]om|[Bb]eim";

    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(0?[1-9]|1[0-2])";
    private static final String SENTENCE_END = "[.!?]";
    private static final String ELLIPSIS = "(…|\\.\\.\\.|\\. \\. \\.)";
    private static final String CLOSING_QUOTE = "[“”\"»«’']";
    private static final String OPENING_QUOTE = "[„“\"»«]";
    private static final String DASH = "[-–—]";

    private GermanRuleAdditions() {
    }

    static LanguageRule create() {
        List<Rule> rules = new ArrayList<>();

        // No sentence starts with a lower-case word ("Vors. des Vereins", "Er sagte? nein"); words like
        // "iPhone" or "eBay" that begin with a lower-case letter and have a capital inside still may.
        rules.add(noBreak(SENTENCE_END + CLOSING_QUOTE + "?\\s{1,2}", "\\p{Ll}(?!\\p{L}*\\p{Lu})"));

        rules.add(noBreak("\\b(" + String.join("|", ABBREVIATIONS) + ")\\.\\s{1,2}", ""));

        // Street names before a house number ("Hauptstr. 5", "Bahnhofstr. 12a").
        rules.add(noBreak("str\\.\\s{1,2}", "\\d"));
        // Dates written with spaces ("am 2. 5. 2023").
        rules.add(noBreak("\\b" + DAY + "\\.\\s", MONTH + "\\.\\s?\\d{4}\\b"));
        rules.add(noBreak("\\b" + DAY + "\\.\\s?" + MONTH + "\\.\\s", "\\d{4}\\b"));

        rules.add(noBreak("\\b\\d+\\.\\s{1,2}", "(" + COUNTED_NOUNS + ")\\b"));
        rules.add(noBreak("\\b(" + DETERMINERS + ")\\s\\d+\\.\\s{1,2}", "\\p{Lu}"));

        // A closing quote or bracket belongs to the sentence before it.
        rules.add(noBreak(SENTENCE_END + "|…", CLOSING_QUOTE + "(\\s|$|[,;:.!?)])"));
        rules.add(noBreak("\\s", "[)\\]}]"));
        // A dash between two sentences: after quoted speech it closes the quotation and the break comes
        // after it („Ruft mal an!“ – Türenklappern.); after a plain sentence end it opens the next
        // sentence (Problem erledigt. – Das ist dreist.). Either way the dash stays in the text.
        // Before a lower-case word the dash continues the sentence (Er ging. – und kam wieder.).
        rules.add(isBreak(SENTENCE_END + "\\s{1,2}", DASH + "\\s{1,2}" + OPENING_QUOTE + "?\\p{Lu}"));
        rules.add(noBreak(SENTENCE_END + CLOSING_QUOTE + "?\\s{1,2}", DASH + "\\s"));

        // Sentence ends LanguageTool misses before a capital (one rule: every break rule scans the whole text):
        // - the dash after quoted speech, see above;
        // - LanguageTool breaks after "...", so "…", ". . ." and an ellipsis or full stop detached from
        //   the word before it end a sentence too.
        rules.add(isBreak("(" + SENTENCE_END + CLOSING_QUOTE + "\\s{1,2}" + DASH
                        + "|[\\p{L}\\d]\\s?" + ELLIPSIS + CLOSING_QUOTE + "?"
                        + "|[\\p{L}\\d]\\s" + SENTENCE_END + CLOSING_QUOTE + "?)\\s{1,2}",
                OPENING_QUOTE + "?\\p{Lu}"));

        // "Art." abbreviates "Artikel" only before a number; "der besonderen Art. Die ..." ends a sentence.
        rules.add(isBreak("\\bArt\\.\\s{1,2}", OPENING_QUOTE + "?\\p{Lu}\\p{Ll}"));

        return new LanguageRule("FactDeskGerman", rules);
    }

    private static Rule noBreak(String before, String after) {
        return new Rule(false, before, after);
    }

    private static Rule isBreak(String before, String after) {
        return new Rule(true, before, after);
    }
}
