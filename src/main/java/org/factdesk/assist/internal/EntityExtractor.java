package org.factdesk.assist.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named subjects of German (or English) sentences: organisations, products and people. German
 * capitalises every noun, so a capital letter alone says little; a word counts as a name only on a
 * stronger cue: CamelCase (OpenAI, SoftBank), an acronym (IBM, EU), a company suffix (AG, GmbH, Inc.),
 * two or more capitalised words in a row that are not ordinary nouns (Satya Nadella, TD Cowen), or a
 * plain capitalised word that the text never uses like a noun — never after an article or determiner,
 * not sentence-initial in all its uses, no noun ending (-ung, -heit, -er, -en …), not in the stop
 * list of function words and frequent nouns (Microsoft, Google). Precision before recall: a missed
 * name costs a pair, a common noun taken for a name makes unrelated sentences look related.
 * One instance reads one text (the cue "never after an article" needs all its sentences); thread-safe.
 */
public final class EntityExtractor {

    /** A name as found: its key (lower case, genitive -s dropped), the words as written, and where. */
    public record Entity(String key, String text, int start, int end) {
    }

    // Compiled once: String.matches/split compile their pattern on every call, which showed in import profiles.
    private static final Pattern CLAUSE_OPENER = Pattern.compile("[:;„“\"(–—•?!]");
    private static final Pattern HYPHEN = Pattern.compile("[-‑]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern UMLAUT = Pattern.compile("[äöüßÄÖÜ]");
    private static final Pattern CAPS_WORD = Pattern.compile("[A-ZÄÖÜ]{3,}");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d.,]*");
    private static final Pattern INFLECTED_LOWER = Pattern.compile("[a-zäöüß]+(?:e|en|er|es|em)");
    private static final Pattern INFLECTED = Pattern.compile("\\p{L}+(?:e|en|er|es|em)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‑'’&][\\p{L}\\p{N}]+)*\\.?");
    private static final Pattern CAMEL = Pattern.compile("(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]{1,2}[A-Z][A-Za-z]+|Mc[A-Z][a-z]+)s?");
    /** Two to six capitals (digits and & allowed), perhaps a genitive s: IBM, NASA, UNESCO, B2B, IBMs. */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:[A-Z0-9&]){2,6}s?$)[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*s?");
    private static final Pattern PLAIN = Pattern.compile("[A-ZÄÖÜ][a-zäöüß]{2,}");
    private static final Set<String> COMPANY_SUFFIXES = Set.copyOf(java.util.Arrays.asList("AG", "GmbH", "SE", "KG", "KGaA", "Inc", "Inc.", "Corp",
            "Corp.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "Group", "Holding", "S.A.", "N.V.", "Co.", "AB", "ASA", "SA"));
    private static final Set<String> ACRONYM_STOP = Set.copyOf(java.util.Arrays.asList("KI", "AI", "IT", "CEO", "CFO", "CTO", "COO", "API", "APIS",
            "GPU", "GPUS", "CPU", "CPUS", "LLM", "LLMS", "PDF", "URL", "FAQ", "USD", "EUR", "CHF", "GBP", "JPY", "US", "TV",
            "PC", "PR", "ID", "OK", "VM", "VMS", "B2B", "B2C", "HR", "MB", "GB", "TB", "MW", "GW", "KW", "KWH", "MWH",
            "IPO", "ETF", "CO2", "II", "III", "IV", "VI", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "PS", "CD", "DVD", "SMS",
            "USB", "HTML", "PDFS", "KMU", "BIP", "GDP", "NGO", "FAQS", "DIY", "SUV", "ABC", "AGB", "MWST", "ZB", "UNESCO2",
            "OS", "UI", "UX", "VR", "AR", "IOT", "SAAS", "ESG", "CSR", "DAX30", "AG", "SE", "KG", "PLC", "LLC", "INC", "LTD",
            "GMBH", "MRD", "MIO", "TSD", "CA", "NR", "DR", "PROF"));
    /** Capitalised words that are never names here: function words, months, days, frequent nouns and loanwords. */
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines", "Und", "Oder",
            "Aber", "Doch", "Denn", "Wenn", "Als", "Wie", "Was", "Wer", "Wo", "Warum", "Weil", "Dass", "Ob", "Auch",
            "Auf", "Aus", "Bei", "Bis", "Durch", "Für", "Gegen", "Hinter", "Im", "In", "Mit", "Nach", "Neben", "Ohne",
            "Seit", "Statt", "Trotz", "Über", "Um", "Unter", "Von", "Vor", "Während", "Wegen", "Zu", "Zum", "Zur",
            "Zwischen", "Dies", "Diese", "Dieser", "Dieses", "Diesen", "Jetzt", "Nun", "Heute", "Gestern", "Morgen",
            "Laut", "Zudem", "Außerdem", "Damit", "Dabei", "Dazu", "Daher", "Deshalb", "Danach", "Darüber", "Dank",
            "Er", "Sie", "Es", "Wir", "Ihr", "Ich", "Man", "Ihrer", "Ihren", "Ihrem", "Ihres", "Ihnen", "Du", "Dein", "Sein", "Seine", "Ihre", "Unser", "Unsere", "Mehr", "Rund",
            "Etwa", "Knapp", "Fast", "Nur", "Noch", "Schon", "Bereits", "Erst", "Allerdings", "Insgesamt", "Parallel",
            "Zugleich", "Gleichzeitig", "Einerseits", "Andererseits", "Zusammengefasst", "Fazit", "Analyse", "Abseits",
            "Selbst", "Sogar", "Vor", "Neue", "Neuen", "Neuer", "Neues", "Erste", "Ersten", "Zweite", "Dritte",
            "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
            "Jahr", "Jahre", "Jahren", "Jahres", "Monat", "Monate", "Woche", "Wochen", "Tag", "Tage", "Tagen", "Quartal",
            "Prozent", "Euro", "Dollar", "Milliarden", "Milliarde", "Millionen", "Million", "Tausend", "Mrd", "Mio",
            "Unternehmen", "Konzern", "Firma", "Markt", "Märkte", "Aktie", "Aktien", "Anleger", "Analysten", "Umsatz",
            "Gewinn", "Verlust", "Kosten", "Preis", "Preise", "Geld", "Kapital", "Anteil", "Anteile", "Wert", "Investition",
            "Investitionen", "Partner", "Kunden", "Nutzer", "Mitarbeiter", "Stellen", "Regierung", "Staat", "Land",
            "Länder", "Stadt", "Welt", "Europa", "Bericht", "Berichten", "Angaben", "Zahlen", "Daten", "Ziel", "Frage",
            "Grund", "Teil", "Ende", "Anfang", "Mitte", "Zeit", "Seite", "Rolle", "Fall", "Weg", "Art", "Thema",
            "Tech", "Cloud", "Software", "Hardware", "Computer", "Chips", "Chip", "Server", "Services", "Service", "Apps",
            "App", "Tools", "Tool", "Startup", "Start", "Workloads", "Performance", "Updates", "Update", "Deal", "Deals",
            "Team", "Business", "Online", "Internet", "Web", "Digital", "Plattform", "Plattformen", "Modell", "Modelle",
            "Technologie", "Technologien", "Innovation", "Strategie", "Entwicklung", "Infrastruktur", "Energie",
            "Strom", "Hype", "Boom", "Trend", "Trends", "News", "Blog", "Video", "Foto", "Bild", "Artikel", "Kommentar",
            "Kommentaren", "Hier", "Mehrere", "Viele", "Alle", "Einige", "Beide", "Andere", "Weitere", "Jeder", "Jede",
            "The", "A", "An", "And", "Of", "In", "On", "For", "With", "By", "To", "At", "From", "It", "Its", "This", "That",
            "These", "Those", "He", "She", "They", "We", "I", "You", "Our", "Their", "His", "Her", "But", "As", "If",
            "Company", "Market", "Billion", "Million", "Percent", "Year", "Years", "Today", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "June", "July",
            "October", "December", "Mr", "Mrs", "Ms", "Dr", "Prof", "Herr", "Frau", "Chef", "Chefin", "Präsident",
            "Minister", "Ministerin", "Kanzler", "Sprecher", "Sprecherin", "Experten", "Experte", "Forscher", "Studie",
            "Tausende", "Tausenden", "Hunderte", "Hunderten", "Dutzende", "Dutzenden", "Einfluss", "Interesse",
            "Kontrolle", "Zugang", "Zugriff", "Fokus", "Erfolg", "Wachstum", "Wettbewerb", "Open", "Source", "Win",
            "Joint", "Venture", "Large", "Language", "Model", "Models", "Public", "Free", "Premium", "Pro", "Plus",
            "Smart", "Home", "Office", "Sales", "Marketing", "Management", "Manager", "Support", "Design", "Content"));
    private static final Set<String> DETERMINERS = Set.copyOf(java.util.Arrays.asList("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines", "zum", "zur",
            "im", "am", "vom", "beim", "ins", "ans", "aufs", "the", "a", "an", "this", "these", "those", "its", "their",
            "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
            "unser", "unsere", "unseren", "unserem", "dieser", "diese", "dieses", "diesen", "diesem", "jede", "jeder",
            "jeden", "jedem", "jedes", "alle", "allen", "viele", "vielen", "mehrere", "mehreren", "einige", "einigen",
            "wenige", "wenigen", "beide", "beiden", "solche", "solchen", "welche", "welcher", "manche", "mancher",
            "millionen", "milliarden", "tausende", "tausenden", "hunderte", "hunderten", "dutzende", "dutzenden",
            "zwei", "drei", "vier", "fünf", "zehn", "mehr", "weniger", "wenig", "viel", "etwas", "jeglichen"));
    /**
     * Inflected adjectives and participles before a noun ("exklusiven", "große", "neuen"); not verbs in the
     * plural ("kündigten", "wollen"), which often stand before a name: those end in -ten/-ten or are modal.
     */
    private static final Pattern ADJECTIVE_LIKE = Pattern.compile(
            "(?!(?:wollen|können|müssen|sollen|dürfen|werden|haben|sind|waren|hatten|wurden|sehen|gehen|geben|bieten|"
            + "setzen|liegen|stehen|halten|kaufen|zahlen|ziehen|bringen|treiben|verlieren|gewinnen|übernehmen|"
            + "nutzen|planen|melden|starten|erhalten|machen|lassen|bleiben|kommen|finden|zeigen)$)"
            + "[a-zäöüß]{3,}(?:e|en|er|es|em)(?<!ten)");
    /** Endings of German common nouns (and plurals, -en): such a word is never taken for a plain name. */
    private static final Pattern NOUN_SUFFIX = Pattern.compile(".*(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|"
            + "tion|tionen|sion|sionen|tät|täten|ismus|nis|nisse|chen|lein|ität|itäten|ierung|lich|liche|lichen|ische|ischen|"
            + "ik|iken|ie|ien|en)");

    /** Plain capitalised words that the text uses like names (see {@link #forText}). */
    private final Set<String> namesInText;
    /** Words the text writes in lower case: in capitals ("ALLE", "WAS") they are shouted, not acronyms. */
    private final Set<String> lowercaseWords;

    private EntityExtractor(Set<String> namesInText, Set<String> lowercaseWords) {
        this.namesInText = namesInText;
        this.lowercaseWords = lowercaseWords;
    }

    /**
     * An extractor for the sentences of one text. A plain capitalised word (Microsoft, Google) is a name
     * when the text has it at least twice mid-sentence without an article or determiner before it, and
     * far more often so than with one (a relative "der" before a name happens; a noun has its article).
     * Parts of compounds before the hyphen count too (Microsoft-Aktie): their article belongs to the head.
     */
    public static EntityExtractor forText(List<String> sentences) {
        Map<String, int[]> evidence = new HashMap<>(); // word → {as a name, as a noun, standalone as a name}
        List<String[]> pairs = new ArrayList<>();
        Set<String> lowercase = new HashSet<>();
        for (String sentence : sentences) {
            Matcher word = TOKEN.matcher(sentence);
            while (word.find()) {
                String w = word.group();
                if (Character.isLowerCase(w.charAt(0))) {
                    lowercase.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
                }
            }
        }
        for (String sentence : sentences) {
            if (!runningText(sentence)) {
                continue; // headings, list items and captions drop articles: no evidence either way
            }
            List<Tok> tokens = tokens(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                Tok t = tokens.get(i);
                String[] parts = t.parts();
                for (int p = 0; p < parts.length; p++) {
                    String part = parts[p];
                    if (!plainCandidate(part)) {
                        continue;
                    }
                    boolean head = p == parts.length - 1;
                    int[] counts = evidence.computeIfAbsent(part, w -> new int[3]);
                    if (head && afterDeterminer(tokens, i)) {
                        counts[1]++;
                    } else if (!t.initial() || !head) {
                        counts[0]++;
                        if (parts.length == 1) {
                            counts[2]++;
                            if (i + 1 < tokens.size() && tokens.get(i + 1).parts().length == 1
                                    && plainCandidate(tokens.get(i + 1).bare()) && t.adjacentTo(tokens.get(i + 1))
                                    && !afterDeterminer(tokens, i + 1)) {
                                pairs.add(new String[]{part, tokens.get(i + 1).bare()});
                            }
                        }
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        evidence.forEach((word, counts) -> {
            // A word the text also writes in lower case is no name (names are always capitalised); plurals
            // and nouns in -e/-er ("Jäger", "Gäste") often go without an article, so they need three uses.
            int needed = word.endsWith("e") || word.endsWith("er") ? 3 : 2;
            if (counts[0] >= needed && counts[2] >= 1 && counts[0] >= 3 * counts[1]
                    && !lowercase.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        });
        // "CEO Satya Nadella": two plain capitalised words in a row, neither ever with an article nor a
        // name on its own already ("Microsofts Ökosystem" is a name and a noun), are one name.
        for (String[] pair : pairs) {
            int[] first = evidence.get(pair[0]);
            int[] second = evidence.get(pair[1]);
            if (first[1] == 0 && second[1] == 0 && !names.contains(pair[0]) && !names.contains(pair[1])
                    && !lowercase.contains(pair[0].toLowerCase(Locale.ROOT))
                    && !lowercase.contains(pair[1].toLowerCase(Locale.ROOT))
                    && !looksGerman(pair[0]) && !looksGerman(pair[1])) {
                names.add(pair[0]);
                names.add(pair[1]);
            }
        }
        return new EntityExtractor(Set.copyOf(names), Set.copyOf(lowercase));
    }

    /** A sentence of running text: at least five words and a final stop. */
    private static boolean runningText(String sentence) {
        String t = sentence.strip();
        return !t.isEmpty() && ".!?:\"“”»«)".indexOf(t.charAt(t.length() - 1)) >= 0 && WHITE_SPACE.split(t).length >= 5;
    }

    /** Umlauts, ß or a long compound: an ordinary German word rather than a first or family name. */
    private static boolean looksGerman(String word) {
        return UMLAUT.matcher(word).find() || word.length() > 12;
    }

    /** For one sentence on its own: plain words need the same repetition inside it. */
    public static EntityExtractor forSentence(String sentence) {
        return forText(List.of(sentence));
    }

    /**
     * The names in the sentence, each key once, in reading order. Adjacent plain names are one name
     * ("Satya Nadella"); CamelCase names and acronyms stand alone ("SoftBank Stargate" are two).
     */
    public List<Entity> entities(String sentence) {
        List<Tok> tokens = tokens(sentence);
        Map<String, Entity> found = new LinkedHashMap<>();
        Entity pending = null; // a plain name that the next token may continue
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            String[] parts = t.parts();
            int offset = t.start;
            boolean continued = false;
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p];
                boolean head = p == parts.length - 1;
                boolean shouting = acronym(part) && (capsWord(tokens, i - 1) || capsWord(tokens, i + 1)
                        || lowercaseWords.contains(part.toLowerCase(Locale.ROOT))
                        || STOP.contains(part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT)));
                boolean strong = (CAMEL.matcher(part).matches() || acronym(part) && !shouting)
                        && !COMPANY_SUFFIXES.contains(part);
                boolean plainName = !strong && namesInText.contains(part);
                boolean suffixed = !strong && !plainName && head && parts.length == 1 && plainCandidate(part)
                        && i + 1 < tokens.size() && COMPANY_SUFFIXES.contains(tokens.get(i + 1).text);
                if (parts.length == 1 && (plainName || suffixed) && pending != null
                        && tokens.get(i - 1).adjacentTo(t)) {
                    found.remove(pending.key());
                    String text = pending.text() + " " + part;
                    pending = new Entity(key(text), text, pending.start(), offset + part.length());
                    found.putIfAbsent(pending.key(), pending);
                    continued = true;
                } else if (strong || plainName || suffixed) {
                    Entity entity = new Entity(key(part), part, offset, offset + part.length());
                    if (entity.key().length() >= 2) {
                        found.putIfAbsent(entity.key(), entity);
                    }
                    if ((plainName || suffixed) && parts.length == 1) {
                        pending = entity;
                        continued = true;
                    }
                }
                offset += part.length() + 1;
            }
            if (!continued) {
                pending = null;
            }
        }
        return List.copyOf(found.values());
    }

    /** The keys of the names in the sentence. */
    public Set<String> keys(String sentence) {
        Set<String> keys = new java.util.TreeSet<>();
        entities(sentence).forEach(e -> keys.add(e.key()));
        return keys;
    }

    /** A word of three or more capitals: beside an acronym it makes a shouted phrase ("ABER NICHT WILL"). */
    private static boolean capsWord(List<Tok> tokens, int i) {
        return i >= 0 && i < tokens.size() && CAPS_WORD.matcher(tokens.get(i).bare()).matches()
                && !ACRONYM_STOP.contains(tokens.get(i).bare());
    }

    private static boolean acronym(String part) {
        return ACRONYM.matcher(part).matches() && !ACRONYM_STOP.contains(part.toUpperCase(Locale.ROOT))
                && !ACRONYM_STOP.contains(stripGenitive(part).toUpperCase(Locale.ROOT));
    }

    private static boolean plainCandidate(String part) {
        return PLAIN.matcher(part).matches() && !STOP.contains(part) && !NOUN_SUFFIX.matcher(part).matches();
    }

    /**
     * Used like a noun: an article, determiner or quantity right before, or an inflected adjective
     * ("exklusiven Zugang", "der wichtigste Partner", "3.000 Mitarbeiter").
     */
    private static boolean afterDeterminer(List<Tok> tokens, int i) {
        if (i > 0 && DETERMINERS.contains(tokens.get(i - 1).lower())) {
            return true;
        }
        if (i > 0) {
            String previous = tokens.get(i - 1).bare();
            if (DIGITS.matcher(previous).matches() || INFLECTED_LOWER.matcher(previous).matches()
                    && !tokens.get(i - 1).text.endsWith(".") && ADJECTIVE_LIKE.matcher(previous).matches()) {
                return true;
            }
        }
        return i > 1 && DETERMINERS.contains(tokens.get(i - 2).lower())
                && tokens.get(i - 1).lower().equals(tokens.get(i - 1).bare())
                && INFLECTED.matcher(tokens.get(i - 1).lower()).matches();
    }

    /** Lower case, a genitive "-s" dropped (Microsofts, OpenAIs), and so are apostrophes. */
    static String key(String name) {
        String k = name.replace("’", "'");
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        } else if (k.endsWith("'")) {
            k = k.substring(0, k.length() - 1);
        } else {
            k = stripGenitive(k);
        }
        return k.toLowerCase(Locale.ROOT);
    }

    private static String stripGenitive(String name) {
        // "OpenAIs" → OpenAI, "Microsofts" → Microsoft, "IBMs" → IBM; not after a vowel (SemiAnalysis), -ss, -us.
        if (name.length() > 3 && name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us")) {
            char before = name.charAt(name.length() - 2);
            if (Character.isUpperCase(before) || "aeiouyäöü".indexOf(before) < 0) {
                return name.substring(0, name.length() - 1);
            }
        }
        return name;
    }

    /** A token with its place; {@code initial} when it opens the sentence or a quote, colon or dash. */
    private record Tok(String text, int start, int end, boolean initial, String gapBefore) {

        String bare() {
            return text.endsWith(".") && !COMPANY_SUFFIXES.contains(text) ? text.substring(0, text.length() - 1) : text;
        }

        String lower() {
            return bare().toLowerCase(Locale.ROOT);
        }

        String[] parts() {
            return HYPHEN.split(bare());
        }

        boolean adjacentTo(Tok next) {
            return next.gapBefore.isBlank() && !text.endsWith(".");
        }
    }

    private static List<Tok> tokens(String sentence) {
        List<Tok> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        int previousEnd = 0;
        while (m.find()) {
            String gap = sentence.substring(previousEnd, m.start());
            boolean initial = tokens.isEmpty() || CLAUSE_OPENER.matcher(gap).find();
            tokens.add(new Tok(m.group(), m.start(), m.end(), initial, gap));
            previousEnd = m.end();
        }
        return tokens;
    }
}
