package org.factdesk.segmentation;

import java.util.List;
import java.util.Random;

/**
 * Random lines of German-looking text dense in what the sentence rules react to: abbreviations of
 * every list (ours and LanguageTool's), ordinals, dates, times, amounts, quotes, brackets, dashes,
 * ellipses, URLs, mail addresses, odd spaces, SRX markers and a few characters outside the BMP
 * (which turn the fast path's filters off). Written from general German typography, not from any corpus.
 */
final class GermanTextGenerator {

    private static final List<String> WORDS = List.of("Die", "Regierung", "hat", "am", "Montag", "beschlossen",
            "dass", "die", "Steuer", "steigt", "Er", "sagte", "Sie", "wir", "Der", "Bürgermeister", "Straße", "im",
            "Jahr", "Quartal", "Prozent", "Millionen", "Euro", "Kritiker", "warnen", "vor", "den", "Folgen", "und",
            "oder", "bis", "nicht", "auch", "Ärger", "Österreich", "Übersicht", "groß", "Fußball", "iPhone", "eBay",
            "Tech-Riese", "KI", "EU", "USA", "Klässler", "Liga", "Bundesliga", "Januar", "März", "Dezember",
            "Jahrhundert", "Platz", "Runde", "Artikel", "Art", "Gefühl", "Zügen", "heilig", "Box", "NET", "Inc",
            "Impossible", "The", "Ones", "aegypti", "iur", "med", "Buzz", "Id", "D", "Sc", "Ä", "x", "A", "ß");

    private static final List<String> ABBREVIATIONS = List.of("z. B.", "z.B.", "d. h.", "u. a.", "Dr.", "Prof.",
            "Prof. Dr.", "Dr. med.", "Dipl.-Ing.", "B. Sc.", "usw.", "etc.", "Etc.", "bzw.", "ca.", "Ca.", "Nr.",
            "Nrn.", "Str.", "Hauptstr.", "Bahnhofstr.", "Tel.", "vgl.", "Vgl.", "ggf.", "St.", "Mio.", "Mrd.", "Mrs.",
            "Jan.", "Febr.", "Sept.", "Okt.", "Art.", "Abs.", "Abb.", "Tab.", "Ziff.", "Vors.", "Präs.", "jun.",
            "gest.", "verh.", "evang.", "röm.", "Hl.", "hl.", "gen.", "Gen.", "Ust.", "USt-IdNr.", "Auftragsnr.",
            "Kundennr.", "10-tlg.", "tlg.", "PhD.", "Ph.", "PH.", "LL.", "ID.", "o. Ä.", "Seven.", "Yahoo!", "NAU!",
            "FRITZ!", "fritz!", "Mission:", "Magic:", "Ae.", "Au.", "Ar.", "spp.", "sp.", "al.", "Co.", "Ltd.",
            "Inc.", "X.", "XIV.", "IV.", "a.", "B.", "Ü.", "M.", "d.", "Jhd.", "Jhdts.", "Pl.", "Plur.", "Bde.",
            "Mo.", "Sa.", "So.", "Mi.", "www.", "Fa.", "Fr.", "Frl.", "Hr.", "Hrn.", "Abg.", "evtl.", "inkl.",
            "zzgl.", "MwSt.", "Mwst.", "insb.", "bezügl.", "Bsp.", "allg.", "3a.", "12b.", "Dez.", "M. Sc.");

    private static final List<String> NUMBERS = List.of("1.", "2.", "3.", "12.", "2023", "1999", "3,5", "1.000",
            "2. 5. 2023", "2.5. 2023", "02.05.2023", "am 2. 5. 2023", "im 4. Quartal", "Im 4. Quartal",
            "der 3. Weltkrieg", "3. Liga", "2. Bundesliga", "5. Klässler", "10. Januar", "1. Jan.", "Jan. 2023",
            "12:00", "12:00:00,000", "12.03.", "1.-3.", "12.3. - 14.3.", "30.", "31. März", "XIV. Jahrhundert",
            "5 %", "100 Mio. Euro", "§ 3", "Abs. 2", "S. 12", "1.1", "4. und", "7. bis");

    private static final List<String> PUNCTUATION = List.of(". ", ". ", ". ", "! ", "? ", "… ", "... ", ". . . ",
            "...", "…", ".", "!", "?", ", ", "; ", ": ", " – ", " - ", " — ", ".“ ", "!“ ", "?“ ", ".\" ", "?\u201D ",
            "« ", "» ", " „", "“ ", "“", "\" ", "' ", "’ ", "(", ") ", ")", "[", "] ", "(!) ", "(?) ", "!) ", "?] ",
            ".) ", "?!", "!!! ", "?? ", ". – ", "! – ", ".“ – ", "!“ – ", " .", " . ", " … ", "[…] ", "(…) ", "\u00A0",
            ".\u00A0 ", ". \u00A0", "\u00A0\u00A0", "\t", "  ", "\u2029", "<0}", "{0>", "\r\n", "\n", "\r", "- ", "* ",
            "• ", "\u200B", "\uFEFF", "¹ ", "² ", ".¹ ", "\u0002");

    private static final List<String> OTHER = List.of("https://www.example.de/a.html", "http://x.de/a. ",
            "www.example.com", "example.org", "Mail: info@example.de", "ftp://files.example.net/",
            "chrome://settings", "moz-extension://abc.def", "FRITZ!Box", "Yahoo! Inc.", ".NET", "Mission: Impossible",
            "Ae. aegypti", "Dr. iur.", "Prof. Dr", "ID. Buzz", "Ust. Id", "Seven. Ones", "Ph. D.", "LL. M",
            "👍", "𝐀. Der", "🇩🇪 ", "Fa. Müller", "o. Ä. ", "B. Sc. in", "M. Sc. der");

    private final Random random;

    GermanTextGenerator(long seed) {
        random = new Random(seed);
    }

    String line() {
        StringBuilder line = new StringBuilder();
        int tokens = 1 + random.nextInt(random.nextInt(10) == 0 ? 120 : 30);
        for (int i = 0; i < tokens; i++) {
            int kind = random.nextInt(100);
            if (kind < 45) {
                line.append(pick(WORDS));
            } else if (kind < 62) {
                line.append(pick(ABBREVIATIONS));
            } else if (kind < 72) {
                line.append(pick(NUMBERS));
            } else if (kind < 95) {
                line.append(pick(PUNCTUATION));
            } else {
                line.append(pick(OTHER));
            }
            int gap = random.nextInt(10);
            line.append(gap < 7 ? " " : gap < 8 ? "" : gap < 9 ? "  " : "\u00A0");
        }
        return line.toString();
    }

    private String pick(List<String> pieces) {
        return pieces.get(random.nextInt(pieces.size()));
    }
}
