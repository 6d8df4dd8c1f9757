package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.CheckWorthinessScorer;
import org.factdesk.assist.ScoredSentence;
import org.factdesk.segmentation.BlockKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.factdesk.assist.internal.WordClasses.in;

/**
 * How much a sentence is worth checking: a logistic combination of surface cues (figures, dates, named
 * actors, attributions, comparisons, causes, official acts, reported events against questions, headings,
 * reader address, opinion and speculation). Each cue is one feature with one weight, so every score can
 * be explained by the cues that fired; those are the reasons. The weights were fitted on the fitted part
 * of the development set (see {@link Feature} and docs/adr/0019-check-worthiness.md).
 */
@Component
public final class CheckWorthiness implements CheckWorthinessScorer {

    /**
     * The cues, each with its reason code and weight. The weights are a logistic regression (batch gradient
     * descent, 4,000 rounds at rate 0.5, L2 penalty 0.001 (five-fold cross-validation by page: within
     * 0.002 of the best, and the one that keeps the seeds' floors), each
     * weight kept on its cue's side of zero) on the fitted pages of src/test/resources/assist/checkworthiness-dev.tsv
     * (894 sentences, fourth round) plus the 226 seed sentences of checkworthiness-seeds.tsv, the seeds with an
     * intercept of their own that the scorer does not use (they are analysis pieces, a third check-worthy; the news
     * pages two thirds). Printed by {@code CheckWorthinessFit} (test sources), rounded to two decimals; the held-out pages
     * were not used. Cues from {@link #QUESTION} on lower the score. A cue whose fitted weight is 0 (title,
     * comparison, person name) is still detected, but adds nothing and is not given as a reason.
     */
    enum Feature {
        MONEY_OR_PERCENT("figure", 1.07),
        QUANTITY("figure", 0.70),
        NUMBER("figure", 0.90),
        DATE("date", 1.39),
        WEEKDAY_OR_RELATIVE_DAY("date", 1.37),
        NAME_SEQUENCE("named-entity", 0.89),
        ACRONYM("named-entity", 0.34),
        ORGANISATION("named-entity", 0.39),
        TITLE("named-entity", 0.00),
        ATTRIBUTION("attribution", 0.51),
        REPORTED_SPEECH("attribution", 0.00),
        COMPARISON("comparison", 0.00),
        SUPERLATIVE("comparison", 0.49),
        CAUSAL("causal", 0.46),
        OFFICIAL_ACT("official-act", 0.14),
        EVENT("event", 0.96),
        HEADLINE("headline", 1.33),
        HEADING_VERB("headline", 1.54),
        PLAN("plan", 0.70),
        PAST_TENSE("event", 0.30),
        SPECIFIC("specific", 0.31),
        WRITTEN_NUMBER("figure", 0.19),
        PERSON_NAME("named-entity", 0.00),
        DETAILED("detailed", 0.00),
        SHORT_STATEMENT("event", 0.34),
        QUESTION("question", -1.24),
        HEADING("heading", -0.31),
        SHORT("short", -0.51),
        VERY_SHORT("short", -1.13),
        READER_ADDRESS("reader-address", -0.97),
        FIRST_PERSON("opinion", -1.50),
        SPECULATION("speculation", -1.30),
        VAGUE("vague", -1.34),
        FURNITURE("page-furniture", -0.23),
        APPEAL("appeal", -0.84),
        LEAD_IN("lead-in", -0.68),
        FRAGMENT("fragment", -0.92),
        QUOTE("quote", -1.98),
        DEMAND("demand", -1.23),
        HEDGE("vague", -0.70),
        PICTURE("image-description", -0.05),
        EXPECTATION("speculation", -0.39),
        EXCLAMATION("exclamation", -0.61),
        INSIDE_QUOTE("quote", -1.06),
        OPINION_PIECE("opinion-piece", -1.26),
        LABEL_LINE("page-furniture", -1.12),
        NO_CLAIM_CUE("vague", -0.72);

        final String code;
        final double weight;

        Feature(String code, double weight) {
            this.code = code;
            this.weight = weight;
        }

        /** Whether the cue speaks against a claim (question, heading, opinion …); the rest speak for one. */
        boolean lowers() {
            return compareTo(QUESTION) >= 0;
        }
    }

    /** The highest score of a question or a picture description. */
    static final double CAP = 0.25;

    static final double BIAS = 0.34;

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** A number that is no year, date or ordinal of a list. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,/-])(?!0\\d{3})(?:\\d{1,3}(?:[.’']\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)"
                    + "(?![\\d.,]*\\d|\\p{L}|-\\p{L}|\\.\\s?\\p{L})", FLAGS);
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");
    /** Capitalised words that start sentences or clauses without naming anyone. */
    private static final Set<String> CAPITALISED_FUNCTION_WORDS = Set.of(
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "Im", "Am",
            "In", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Von", "Vom", "Zum", "Zur", "Zu", "Für", "Über", "Unter",
            "Vor", "Seit", "Bis", "Ab", "Durch", "Gegen", "Ohne", "Um", "Auch", "Doch", "Aber", "Und", "Oder", "So",
            "Wie", "Wenn", "Als", "Da", "Dort", "Hier", "Jetzt", "Nun", "Heute", "Schon", "Noch", "Nur", "Mehr",
            "Laut", "Trotz", "Dank", "Während", "Dieser", "Diese", "Dieses", "Diesen", "Jeder", "Jede", "Alle",
            "Viele", "Einige", "Mehrere", "Zwei", "Drei", "Sein", "Seine", "Ihr", "Ihre", "Unser", "Unsere", "Mein",
            "Meine", "Wir", "Ich", "Sie", "Er", "Es", "Man", "Was", "Wer", "Wo", "Warum", "Weitere", "Weiterer",
            "Neue", "Neuer", "Neues", "Ende", "Anfang", "Mitte", "Beim", "Ins", "Zudem", "Dabei", "Damit", "Dafür",
            "Daher", "Deshalb", "Dann", "Allein", "Bereits", "Außerdem", "Zunächst", "Gleichzeitig", "Insgesamt",
            "Ebenso", "Statt", "Neben", "Wegen", "Aufgrund", "Kein", "Keine", "Nicht", "Nie", "The", "A",
            "Of", "And", "To", "For", "This", "That", "It");
    /** Abbreviations too common to name anyone. */
    private static final Set<String> GENERIC_ACRONYMS = Set.of("KI", "AI", "IT", "PR", "TV", "PDF", "FAQ", "OK", "API",
            "APIs", "LLM", "LLMs", "GPU", "GPUs", "CPU", "CPUs", "VM", "VMs", "PS", "CO2", "CO", "PC", "PCs", "USB",
            "HD", "SUV", "SUVs", "DNA", "ID", "UN", "I", "II", "III", "IV", "A", "B", "C", "D", "E", "FFP2", "PIN",
            "SMS", "URL", "HTML", "WLAN", "LED", "LEDs", "GPS", "ABC");
    /** A finite verb in the present (third person), as headlines have them: "CAE baut", "Apple kippt". */
    private static final Pattern PRESENT_VERB = Pattern.compile("(?<=\\s)\\p{Ll}{3,}(?:t|en)\\b", FLAGS);
    private static final Set<String> NOT_VERBS = Set.of("nicht", "jetzt", "erst", "seit", "bereits", "längst", "meist",
            "zuletzt", "selbst", "fast", "mit", "und", "den", "dem", "des", "einen", "eigenen", "neuen", "ersten",
            "beiden", "vielen", "allen", "unseren", "ihren", "seinen", "deutschen", "sehr", "gut", "geht", "mehr");
    /** Words in -te/-ten that are no past verbs. */
    private static final Set<String> NOT_PAST = Set.of("heute", "bereits", "letzte", "letzten", "erste", "ersten",
            "zweite", "zweiten", "dritte", "dritten", "beste", "besten", "meisten", "weitere", "weiteren", "gute",
            "guten", "rechte", "rechten", "mitte", "konnte", "konnten", "sollte", "sollten", "wollte", "wollten",
            "musste", "mussten", "durfte", "durften", "möchte", "hätten", "könnten", "würden", "dürften", "seiten",
            "leute", "daten", "taten", "karten", "gärten", "halbe", "arbeite", "arbeiten", "rente", "acht");
    /** A general remark about whoever does something: "Wer ein iPhone besitzt, …". */
    private static final Pattern WHOEVER = Pattern.compile("^(?:Wer|Whoever) [^?]*,[^?]*$", FLAGS);
    /** A word: letters and digits (Unicode); {@link #wordSpans} finds the same runs in one pass (CheckWorthinessTest). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+", FLAGS);

    // --- word lists: one pass over the words of a sentence (a regex per cue scanning every position was
    // forty times slower for 5,000 sentences). "x*" is a prefix, anything else a whole word, lower case.
    private static final Lexicon LEXICON = new Lexicon()
            .add(Feature.MONEY_OR_PERCENT, "millionen", "milliarden", "milliarde", "million", "billionen", "mio", "mrd",
                    "milliarden*", "millionen*")
            .add(Feature.WEEKDAY_OR_RELATIVE_DAY, "montag*", "dienstag*", "mittwoch*", "donnerstag*", "freitag*",
                    "samstag*", "sonnabend*", "sonntag*", "gestern", "vorgestern", "gestrigen")
            .add(Feature.DATE, "quartal", "vorjahr*", "halbjahr*", "jahresbeginn", "jahresende")
            .add(Feature.ORGANISATION, "gmbh", "kgaa", "inc", "ltd", "llc", "corp", "plc", "holding", "konzern*",
                    "verband*", "verein*", "ministeri*", "universität*", "institut*", "stiftung*", "polizei*",
                    "staatsanwaltschaft*", "gewerkschaft*", "partei*", "kommission*", "rathaus", "stadtrat",
                    "landtag*", "bundestag*", "regierung*", "behörde*", "amt", "gericht*")
            .add(Feature.TITLE, "bischof", "papst", "prof", "dr", "professor*", "vorstand*", "staatsoberhaupt",
                    "gründer*", "trainer*", "analyst*", "experte*", "forsche*")
            .add(Feature.ATTRIBUTION, "laut", "zufolge", "sagte*", "sagt", "mitteilte", "erklärte*", "erklärt",
                    "berichte*", "berichtet", "kündigte*", "angekündigt", "betonte*", "kritisiert*", "forder*",
                    "warnte*", "meldete*", "meldet", "schreibt", "schrieb", "bestätigte*", "räumte*", "wies*",
                    "sprach*", "zitiert*", "bekanntgegeben", "verkündete*", "said", "told", "announced", "reported",
                    // third round: present and past forms of reporting verbs, and "demnach"/"wonach"
                    "betont", "warnt", "mahnt*", "moniert*", "bemängel*", "dementiert*", "bezeichnet*",
                    "bezeichnete*", "verwies", "verweist", "unterstrich", "ergänzte*", "äußerte*", "nannte*", "nennt",
                    "nennen", "erzählte*", "schätzt", "schätzte*", "bestätigt", "bestritt*", "widersprach*",
                    "informierte*", "mitgeteilt", "demnach", "wonach", "medienbericht*", "stated", "says", "claimed")
            .add(Feature.COMPARISON, "doppelt", "verdoppelt*", "verdreifacht*", "halbiert*", "anstieg", "rückgang",
                    "zuwachs", "plus", "minus", "gestiegen", "gesunken", "stieg", "sank", "wuchs", "gewachsen", "fiel",
                    "erhöht*", "gesenkt")
            .add(Feature.SUPERLATIVE, "größte*", "höchste*", "niedrigste*", "meiste*", "wenigste*", "stärkste*",
                    "schnellste*", "älteste*", "erstmal*", "weltrekord*", "rekord*", "höchststand*", "tiefststand*",
                    "spitzenreiter*", "spitzenfeld", "marktführer*", "largest", "biggest", "highest", "record")
            .add(Feature.CAUSAL, "weil", "deshalb", "deswegen", "daher", "darum", "aufgrund", "wegen", "infolge",
                    "dadurch", "zurückzuführen", "zurück", "zurückgeführt", "grund", "ursache*", "verursacht*",
                    "because", "caused")
            .add(Feature.OFFICIAL_ACT, "beschlossen", "beschloss*", "beschluss*", "urteil*", "verurteilt*",
                    "anklage*", "angeklagt", "vertrag*", "abkommen", "unterzeichne*", "verabschiedet*", "gewählt",
                    "wahl", "ermittlung*", "ermittelt", "strafanzeige", "strafuntersuchung", "festgenommen",
                    "verhaftet", "insolvenz", "ausschreibung", "antrag*", "anträge", "bewilligt", "genehmigt",
                    "verboten", "verbot*", "pflicht", "law", "court", "ruling", "decree", "signed",
                    // third round: penalties, votes, permissions and rules
                    "bußgeld*", "strafe", "strafen", "geldstrafe*", "haftstrafe*", "klage", "klagen", "verklagt",
                    "paragraf*", "paragraph*", "verfassung*", "referendum", "abstimmung*", "abgestimmt", "stimmten",
                    "zugelassen", "zulassung*", "genehmigung*", "lizenz*", "lockerung*", "regelung*", "vorschrift*",
                    "verpflichtet", "vorgaben", "novelle", "regulierung*", "grenzwert*", "sanktion*", "ratifiz*",
                    "erlass", "beschwerde*", "fined", "vote", "voted", "regulation*")
            .add(Feature.EVENT, "kam", "kamen", "gab", "ging", "gingen", "fuhr", "fuhren", "kollidierte*", "starb",
                    "starben", "verstarb", "verunglückte", "zahlte*", "eröffnete*", "begann*", "übernahm*", "verlor*",
                    "erreichte*", "gewann*", "erhielt*", "investierte*", "kaufte*", "verkaufte*", "gründete*",
                    "entwickelte*", "demonstrierte*", "stellte*", "legte*", "leitete*", "verbuchte*", "verzeichnete*",
                    "unterzeichneten", "trat*", "reagierte*", "stoppte*", "brachte*", "entstand*", "ereignete*",
                    "schlug", "verließ", "landete*", "lag", "lagen", "belief*", "beläuft", "fielen", "stiegen", "sanken",
                    "investiert", "beschäftigt", "verfügte*", "erzielte*", "erkannte*", "blieb", "blieben", "nahm",
                    "nahmen", "stand", "standen", "fand", "fanden", "zog", "zogen", "musste", "mussten", "konnte",
                    "konnten", "hielt", "hielten", "setzte*", "sorgte*", "führte*", "wählte*", "traf", "trafen")
            .add(Feature.SPECULATION, "könnte*", "dürfte*", "würde*", "sollte*", "vielleicht", "vermutlich",
                    "möglicherweise", "wohl", "scheint*", "offenbar", "wahrscheinlich", "angeblich", "zukunft",
                    "künftig*", "langfristig*", "abzuwarten", "wäre", "wären", "gäbe", "voraussichtlich",
                    "prognose*", "erwartet", "erwarten", "might", "could", "would", "may", "expected",
                    "womöglich", "eventuell", "denkbar", "spekulation*", "mutmaßung*", "gerücht*", "ungewiss",
                    "befürchte*", "perhaps", "maybe", "likely")
            .add(Feature.PLAN, "soll", "sollen", "plant", "planen", "geplant*", "will", "wollen", "vorgesehen",
                    "beabsichtigt", "plans", "plan")
            .add(Feature.APPEAL, "zeugen", "zeugin", "zeugenaufruf*", "zeugenhinweis*", "hinweise", "gebeten", "telefonnummer", "tel", "nummer", "hotline",
                    "helpline", "melden", "kontakt*")
            .add(Feature.VAGUE, "klar*", "enorm*", "massiv*", "beispiellos*", "gewaltig*", "spannend*",
                    "entscheidend*", "zentral*", "wichtig*", "strategisch*", "ausgeklügelt*", "rasant*",
                    "herausforderung*", "dynamik", "balance*", "ökosystem*", "innovation*", "vision*", "zeitenwende",
                    "revolution*", "meinung", "finde*", "freue*", "danke*", "toll*", "großartig*", "perfekt*",
                    "bestens", "exzellent*", "leider", "interesse", "bedeutung", "rolle", "erschüttert*",
                    "fassungslos*", "trauer", "entsetzen", "bewundern*", "hoffen*", "signal", "horizont*",
                    "potenzial*", "chance*", "sinnvoll*", "erfreulich*", "bedauerlich*", "verwunderlich*",
                    "typisch*", "grotesk*", "sensation*", "unklar", "absehbar", "unwahrscheinlich*", "skandal*",
                    "fatal*", "unverständlich*", "besorgniserregend*", "harmonisch*", "scherbenhaufen", "spannung*",
                    "angebracht", "suboptimal*", "irritiert*", "gänsehaut", "unglaublich*", "erstaunlich*",
                    "bemerkenswert*", "beeindruckend*", "schrecklich*", "great", "amazing", "terrible",
                    // fourth round: evaluative adjectives and hopes, as commentaries and match reports use them
                    "hervorragend*", "souverän*", "enttäusch*", "überzeugend*", "unsinnig*", "unzureichend*",
                    "fehlentscheidung*", "hofft", "hoffte*", "erhofft*", "grandios*", "peinlich*", "dreist*",
                    "verschwenderisch*", "ärgernis*", "glücklicherweise", "disappointing", "excellent")
            .add(Feature.HEDGE, "ja", "eben", "halt", "eigentlich", "zumindest", "überhaupt", "immerhin",
                    "unbedingt", "ohnehin", "jedenfalls", "festzustellen", "natürlich", "sicherlich", "gewiss")
            .add(Feature.DEMAND, "muss", "müssen", "müsste", "müssten", "musst", "brauchen", "braucht",
                    "notwendig*", "nötig", "nötige", "nötiger", "nötiges", "must", "should")
            .add(Feature.FURNITURE, "kommentar*", "postfach", "impressum", "fax");
    private static final Set<String> CURRENCY_OR_PERCENT = Set.of("prozent", "prozentpunkte", "percent", "euro", "eur",
            "cent", "cents", "dollar", "franken", "chf", "pfund", "yen");
    private static final Lexicon UNITS = new Lexicon().add(Feature.QUANTITY, "jahre*", "monate*", "wochen", "tage*",
            "stunden", "minuten", "kilometer*", "km", "meter*", "liter*", "grad", "tonnen", "kg", "kilogramm",
            "gigawatt*", "megawatt*", "gw", "mw", "kwh", "menschen", "personen", "mitarbeite*", "beschäftigte*",
            "einwohne*", "teilnehme*", "anträge*", "fälle*", "fahrzeuge*", "stück", "einheiten", "mitglieder*",
            "länder*", "stimmen", "sitze", "plätze", "punkte*", "tore*", "prozent", "jährige*", "millionen",
            "milliarden");
    private static final Set<String> NUMBER_WORDS = Set.of("ein", "eine", "zwei", "drei", "vier", "fünf", "sechs",
            "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert",
            "tausend", "mehrere", "einige", "dutzende", "hunderte", "tausende", "rund", "knapp", "fast", "über",
            "one", "two", "three", "four", "five", "ten", "hundred", "thousand");
    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember", "january", "february", "march", "june",
            "july", "october", "december");
    private static final Set<String> BEFORE_MONTH = Set.of("im", "seit", "bis", "ab", "anfang", "mitte", "ende", "vom",
            "zum", "in");
    private static final Set<String> AUXILIARIES = Set.of("wurde", "wurden", "hat", "haben", "hatte", "hatten", "ist",
            "sind", "war", "waren");
    private static final Set<String> REPORTED_SPEECH_WORDS = Set.of("habe", "hätten", "sei", "seien", "werde", "gebe",
            "stehe", "liege", "müsse", "könne", "solle", "wolle");
    private static final Set<String> FORMAL_YOU = Set.of("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer");
    private static final Set<String> FAMILIAR_YOU = Set.of("du", "dich", "dir", "euch", "ihr");
    private static final Set<String> IMPERATIVE_START = Set.of("Jetzt", "Hier", "Lesen", "Klicken", "Melden",
            "Abonnieren", "Teilen", "Diskutieren", "Erfahren", "Schreiben", "Sichern", "Holen", "Laden", "Testen",
            "Bestellen", "Entdecken");
    private static final Set<String> FIRST_PERSON_WORDS = Set.of("ich", "wir", "uns", "mir", "mich", "we", "our");
    private static final Set<String> FURNITURE_START = Set.of("Foto", "Fotos", "Bild", "Bilder", "Quelle", "Autor",
            "Autorin", "Von", "Text", "Grafik", "Video", "Hinweis", "Copyright", "Anzeige", "Werbung");
    private static final Set<String> CASE_SENSITIVE_ORGANISATIONS = Set.of("AG", "SE", "KG", "NV", "SA");
    private static final String[] TITLE_PARTS = {"präsident", "minister", "kanzler", "bürgermeister", "vorsitzende",
            "sprecher", "direktor", "intendant", "geschäftsführer", "chef", "sekretär", "senator", "abgeordnete"};
    private static final String[] ACT_PARTS = {"gesetz", "verordnung", "richtlinie", "gericht"};
    /** Numbers written as words ("fünf Kinder", "zehn Fahrzeugen"); "ein"/"eine" are mostly articles. */
    private static final Set<String> CARDINALS = Set.of("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
            "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
            "neunzehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
            "hundert", "tausend", "hunderte", "tausende", "dutzend", "dutzende", "anderthalb", "eineinhalb",
            "zweieinhalb", "hälfte", "drittel", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "twenty", "hundred", "thousand", "dozen", "half");
    /** Stems of written numbers in compounds: "dreimal", "viermalige", "siebenköpfige", "zweistöckige". */
    private static final String[] CARDINAL_STEMS = {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
            "zehn", "elf", "zwölf", "zwanzig", "dreißig", "hundert", "tausend"};
    private static final String[] COUNT_SUFFIXES = {"mal", "köpfig", "stöckig", "fach", "jährig", "tägig", "wöchig",
            "monatig", "stündig", "stellig", "teilig", "sitzig", "spurig"};
    /** Roles written before a name: "Präsident Iván Duque", "Geschäftsführer Christian Hanisch", "Radprofi Egan Bernal". */
    private static final String[] ROLE_PARTS = {"präsident", "minister", "kanzler", "bürgermeister", "vorsitzende",
            "sprecher", "direktor", "intendant", "geschäftsführer", "chef", "sekretär", "senator", "abgeordnete",
            "profi", "leiter", "lehrer", "trainer", "experte", "forscher", "spieler", "politiker", "kandidat",
            "gründer", "weltmeister", "sieger", "autor"};
    private static final Set<String> ROLE_WORDS = Set.of("Herr", "Frau", "Dr", "Prof", "CEO", "Mr", "Mrs", "Ms");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einer", "eines", "einem", "einen", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede",
            "jedes", "jedem", "jeden", "kein", "keine", "keiner", "keines", "keinem", "keinen", "sein", "seine",
            "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "unser",
            "unsere", "unseres", "the", "a", "an");
    /** The word sets the cues of {@link #features} test, each word looked up once. */
    private enum WordClass {
        NUMBER_WORD, CURRENCY_OR_PERCENT, MONTH, BEFORE_MONTH, AUXILIARY, NOT_PAST, CARDINAL, FAMILIAR_YOU,
        FIRST_PERSON, DETERMINER,
        // case-sensitive: looked up as written
        CASE_SENSITIVE_ORGANISATION, REPORTED_SPEECH, CAPITALISED_FUNCTION_WORD, FORMAL_YOU, ROLE_WORD,
        IMPERATIVE_START
    }

    private static final WordClasses<WordClass> WORD_CLASSES = new WordClasses<WordClass>()
            .add(WordClass.NUMBER_WORD, NUMBER_WORDS)
            .add(WordClass.CURRENCY_OR_PERCENT, CURRENCY_OR_PERCENT)
            .add(WordClass.MONTH, MONTHS)
            .add(WordClass.BEFORE_MONTH, BEFORE_MONTH)
            .add(WordClass.AUXILIARY, AUXILIARIES)
            .add(WordClass.NOT_PAST, NOT_PAST)
            .add(WordClass.CARDINAL, CARDINALS)
            .add(WordClass.FAMILIAR_YOU, FAMILIAR_YOU)
            .add(WordClass.FIRST_PERSON, FIRST_PERSON_WORDS)
            .add(WordClass.DETERMINER, DETERMINERS)
            .add(WordClass.CASE_SENSITIVE_ORGANISATION, CASE_SENSITIVE_ORGANISATIONS)
            .add(WordClass.REPORTED_SPEECH, REPORTED_SPEECH_WORDS)
            .add(WordClass.CAPITALISED_FUNCTION_WORD, CAPITALISED_FUNCTION_WORDS)
            .add(WordClass.FORMAL_YOU, FORMAL_YOU)
            .add(WordClass.ROLE_WORD, ROLE_WORDS)
            .add(WordClass.IMPERATIVE_START, IMPERATIVE_START);
    /** Finite verbs after "Jetzt"/"Hier": "Jetzt hat das Unternehmen …" is a report, "Jetzt bestellen" a call. */
    private static final Set<String> FINITE_AFTER_ADVERB = Set.of("sind", "kann", "können", "muss", "müssen", "soll",
            "sollen", "will", "wollen", "haben", "werden", "darf", "dürfen", "gab", "kam", "war", "waren", "wurde",
            "wurden", "bin", "sehen", "liegen", "gehen", "kommen", "stehen", "bleiben", "gelten", "zeigen");
    private static final String[] SEPARABLE_PREFIXES = {"", "ab", "an", "auf", "aus", "bei", "durch", "ein", "fest",
            "mit", "nach", "vor", "weg", "zu", "zurück", "um", "los", "frei", "her", "hin", "vorbei", "hoch"};
    private static final String[] INSEPARABLE_PREFIXES = {"ver", "er", "ent", "be", "über", "zer", "unter", "miss"};

    public CheckWorthiness() {
        // stateless: the patterns are compiled once above
    }

    @Override
    public List<ScoredSentence> score(AssistText text) {
        List<ScoredSentence> scored = new ArrayList<>(text.sentenceCount());
        List<boolean[]> features = articleFeatures(text);
        int i = 0;
        for (AssistText.Sentence sentence : text.sentences()) {
            scored.add(score(sentence.ordinal(), features.get(i++)));
        }
        return scored;
    }

    /** The cues of every sentence of the article, in reading order, with those that need the whole article. */
    static List<boolean[]> articleFeatures(AssistText text) {
        List<boolean[]> all = new ArrayList<>(text.sentenceCount());
        int headline = headlineOrdinal(text);
        int opinionated = 0;
        for (AssistText.Block block : text.blocks()) {
            char quoteCloser = 0; // a quotation left open by an earlier sentence of the block
            for (AssistText.Sentence sentence : block.sentences()) {
                boolean[] on = features(sentence.text(), block.kind(), sentence.ordinal() == headline,
                        quoteCloser != 0);
                quoteCloser = quoteStateAfter(sentence.text(), quoteCloser);
                opinionated += isOpinionated(on) ? 1 : 0;
                all.add(on);
            }
        }
        // an article where many sentences judge, speculate, demand or speak as "we" reads as a commentary or
        // analysis: its sentences that name people and events are more often views than reports. The cue is
        // not given to what a sentence reports others to have said (attributed, in the subjunctive, quoted): that
        // "laut …"/"hieß es" someone holds a view is a claim in a commentary too, and it pulled down the reported
        // speech of news pages that the share had taken for commentaries. (Counting only the author's own voice
        // for the share instead, at 0.15–0.3, did no better in cross-validation.)
        boolean opinionPiece = all.size() >= 10 && opinionated >= OPINION_PIECE_SHARE * all.size();
        for (boolean[] on : all) {
            on[Feature.OPINION_PIECE.ordinal()] = opinionPiece && !isReported(on);
        }
        return all;
    }

    /** The share of opinionated sentences from which an article counts as an opinion piece. */
    static final double OPINION_PIECE_SHARE = 0.3;

    /** What someone else said: attributed, reported in the subjunctive or quoted. Not the author's own voice. */
    private static boolean isReported(boolean[] on) {
        return on[Feature.ATTRIBUTION.ordinal()] || on[Feature.REPORTED_SPEECH.ordinal()] || on[Feature.QUOTE.ordinal()]
                || on[Feature.INSIDE_QUOTE.ordinal()];
    }

    private static boolean isOpinionated(boolean[] on) {
        return on[Feature.VAGUE.ordinal()] || on[Feature.FIRST_PERSON.ordinal()] || on[Feature.SPECULATION.ordinal()]
                || on[Feature.DEMAND.ordinal()] || on[Feature.EXCLAMATION.ordinal()] || on[Feature.QUESTION.ordinal()]
                || on[Feature.HEDGE.ordinal()] || on[Feature.EXPECTATION.ordinal()];
    }

    /**
     * Whether the sentence stands inside a quotation opened by an earlier sentence of its block and not yet
     * closed: the middle of a quoted passage ("«Mein Freund, … Genesung. | Du bist ein Champion …», schrieb er").
     */
    static boolean insideQuote(AssistText text, int ordinal) {
        for (AssistText.Block block : text.blocks()) {
            char quoteCloser = 0;
            for (AssistText.Sentence sentence : block.sentences()) {
                if (sentence.ordinal() == ordinal) {
                    return quoteCloser != 0;
                }
                quoteCloser = quoteStateAfter(sentence.text(), quoteCloser);
            }
        }
        return false;
    }

    /**
     * The closing mark of the quotation still open after the sentence (0 when none), given the one open before it.
     * „…“ and "…" and «…» and »…« pair; a “ opens only after a space or at the start (in German it mostly closes).
     */
    static char quoteStateAfter(String sentence, char closer) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (closer != 0) {
                if (c == closer || closer == '“' && c == '”' || closer == '”' && c == '“') {
                    closer = 0;
                }
            } else if (c == '„') {
                closer = '“';
            } else if (c == '«') {
                closer = '»';
            } else if (c == '»') {
                closer = '«';
            } else if ((c == '“' || c == '"') && (i == 0 || " (:–-".indexOf(sentence.charAt(i - 1)) >= 0)) {
                closer = c == '"' ? '"' : '”';
            }
        }
        return closer;
    }

    /**
     * The ordinal of the article's title as an import reads it: the first heading among the first three
     * blocks (a section label may stand above it), or 0 when there is none.
     */
    static int headlineOrdinal(AssistText text) {
        List<AssistText.Block> blocks = text.blocks();
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            AssistText.Block block = blocks.get(i);
            if (block.kind() == BlockKind.HEADING && !block.sentences().isEmpty()) {
                return block.sentences().getFirst().ordinal();
            }
        }
        return 0;
    }

    ScoredSentence score(int ordinal, String text, BlockKind kind, boolean headline) {
        return score(ordinal, features(text, kind, headline, false));
    }

    private static ScoredSentence score(int ordinal, boolean[] features) {
        double sum = BIAS;
        Set<String> positive = new LinkedHashSet<>();
        Set<String> negative = new LinkedHashSet<>();
        for (Feature feature : Feature.values()) {
            if (features[feature.ordinal()]) {
                sum += feature.weight;
                if (feature.weight > 0) {
                    positive.add(feature.code);
                } else if (feature.weight < 0) {
                    negative.add(feature.code);
                }
            }
        }
        double score = 1 / (1 + Math.exp(-sum));
        if (features[Feature.QUESTION.ordinal()] || features[Feature.PICTURE.ordinal()] || isBareAppeal(features)) {
            // a question asks and a picture description describes, neither claims: none of the 21 questions
            // among the fitted sentences is check-worthy, which an L2-penalised weight cannot say for one with a
            // date or a name in it; picture descriptions are too rare there (1) to get a weight at all
            score = Math.min(score, CAP);
        }
        // the reasons are the cues that pushed the score the way it went
        List<String> reasons = List.copyOf(score >= THRESHOLD ? positive : negative);
        return new ScoredSentence(ordinal, score, reasons);
    }

    /** Cues that only say whom a sentence is about, not what it claims. */
    private static final Set<Feature> ABOUT_WHOM = java.util.EnumSet.of(Feature.NAME_SEQUENCE, Feature.ACRONYM,
            Feature.ORGANISATION, Feature.TITLE, Feature.PERSON_NAME, Feature.SPECIFIC, Feature.DETAILED);

    /**
     * A witness or reader appeal and nothing it reports besides whom to call ("Zeugen werden gebeten, sich bei der
     * Polizei zu melden."): it asks, like a question, and is capped like one. Appeals are too rare among the
     * fitted sentences (13) for their weight alone to say so; one that also reports ("Die Polizei ermittelt wegen
     * Nötigung und bittet Zeugen …") keeps its score.
     */
    private static boolean isBareAppeal(boolean[] features) {
        if (!features[Feature.APPEAL.ordinal()]) {
            return false;
        }
        for (Feature feature : Feature.values()) {
            if (!feature.lowers() && features[feature.ordinal()] && !ABOUT_WHOM.contains(feature)) {
                return false;
            }
        }
        return true;
    }

    /** Which cues the sentence shows; the order is {@link Feature}'s. */
    static boolean[] features(String text, BlockKind kind) {
        return features(text, kind, false, false);
    }

    /** The sentence's own cues and the title's (no quotation context, no opinion-piece cue). */
    static boolean[] features(String text, BlockKind kind, boolean headline) {
        return features(text, kind, headline, false);
    }

    /**
     * {@code headline}: the sentence is the article's first heading (its title, as imports read it);
     * {@code insideQuote}: an earlier sentence of its block opened a quotation not closed before it.
     */
    static boolean[] features(String text, BlockKind kind, boolean headline, boolean insideQuote) {
        String sentence = text.strip();
        boolean[] on = new boolean[Feature.values().length];
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        wordSpans(sentence, words, starts, ends);
        List<String> lower = new ArrayList<>(words.size());
        int[] classes = new int[words.size()]; // of the lower-case word
        int[] casedClasses = new int[words.size()]; // of the word as written
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String l = w.toLowerCase(java.util.Locale.ROOT);
            lower.add(l);
            classes[i] = WORD_CLASSES.of(l);
            casedClasses[i] = l.equals(w) ? classes[i] : WORD_CLASSES.of(w);
        }
        boolean digits = false;
        for (int i = 0; i < sentence.length() && !digits; i++) {
            digits = Character.isDigit(sentence.charAt(i));
        }
        int auxiliaryAt = -1;
        int innerCapitals = 0; // nouns and names after the first word
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String l = lower.get(i);
            String previous = i > 0 ? lower.get(i - 1) : "";
            String next = i + 1 < words.size() ? lower.get(i + 1) : "";
            LEXICON.mark(l, on);
            boolean numberBefore = i > 0 && (isDigits(words.get(i - 1)) || in(classes[i - 1], WordClass.NUMBER_WORD));
            if (numberBefore && in(classes[i], WordClass.CURRENCY_OR_PERCENT)) {
                on[Feature.MONEY_OR_PERCENT.ordinal()] = true;
            }
            if (numberBefore && UNITS.has(l)) {
                on[Feature.QUANTITY.ordinal()] = true;
            }
            if ((l.equals("platz") || l.equals("rang")) && (isDigits(next) || i > 0 && isDigits(words.get(i - 1)))) {
                on[Feature.QUANTITY.ordinal()] = true;
            }
            if (in(classes[i], WordClass.MONTH) && (i > 0 && in(classes[i - 1], WordClass.BEFORE_MONTH) || digits)) {
                on[Feature.DATE.ordinal()] = true;
            }
            if ((l.equals("nacht") || l.equals("woche")) && (previous.equals("der") || previous.equals("dieser")
                    || previous.startsWith("vergangene") || previous.startsWith("letzte"))) {
                on[Feature.WEEKDAY_OR_RELATIVE_DAY.ordinal()] = true;
            }
            if (in(casedClasses[i], WordClass.CASE_SENSITIVE_ORGANISATION) || l.startsWith("bundes") && l.length() > 7) {
                on[Feature.ORGANISATION.ordinal()] = true;
            }
            if (w.equals("CEO") || containsAny(l, TITLE_PARTS)) {
                on[Feature.TITLE.ordinal()] = true;
            }
            if (containsAny(l, ACT_PARTS) || l.equals("anzeige") && next.startsWith("erstatte")) {
                on[Feature.OFFICIAL_ACT.ordinal()] = true;
            }
            if (isDigits(w) && w.length() == 4 && (w.startsWith("18") || w.startsWith("19") || w.startsWith("20"))
                    || l.equals("uhr") && i > 0 && isDigits(words.get(i - 1))
                    || isDigits(w) && i + 1 < words.size() && isDigits(words.get(i + 1))
                    && sentence.charAt(ends.get(i)) == '.' && starts.get(i + 1) == ends.get(i) + 1
                    && (i + 2 >= words.size() || ends.get(i + 1) < sentence.length()
                    && sentence.charAt(ends.get(i + 1)) == '.')) {
                on[Feature.DATE.ordinal()] = true; // a year, a time of day, a date like 31.10.2023
            }
            // two capitalised words in a row, the first no function word: German writes every noun with a
            // capital, but a second one right after is rare outside names ("Karola Wille", "Deutscher Wetterdienst")
            if (i > 0 && isCapitalisedWord(w) && isCapitalisedWord(words.get(i - 1))
                    && !in(casedClasses[i - 1], WordClass.CAPITALISED_FUNCTION_WORD)
                    && sentence.substring(ends.get(i - 1), starts.get(i)).isBlank()) {
                on[Feature.NAME_SEQUENCE.ordinal()] = true;
            }
            if (isAcronym(w)) {
                on[Feature.ACRONYM.ordinal()] = true;
            }
            // words in pairs: "teilte … mit", "so der", "nach Angaben", "hieß es", "mehr als", "führte zu"
            if ((l.startsWith("teilt") && lower.subList(i + 1, lower.size()).contains("mit"))
                    || (l.equals("so") && (next.equals("der") || next.equals("die") || next.equals("das")) && i > 0)
                    || (l.equals("angaben") && (previous.equals("nach") || previous.equals("eigenen")))
                    || ((l.equals("hieß") || l.equals("heißt")) && next.equals("es"))
                    || (l.equals("bekannt") && (next.equals("gegeben") || lower.subList(0, i).contains("gab")))
                    || (l.equals("according") && next.equals("to"))) {
                on[Feature.ATTRIBUTION.ordinal()] = true;
            }
            if (in(casedClasses[i], WordClass.REPORTED_SPEECH)) {
                on[Feature.REPORTED_SPEECH.ordinal()] = true;
            }
            if ((next.equals("als") && (l.equals("mehr") || l.equals("weniger") || l.endsWith("er") && l.length() > 4
                    && Character.isLowerCase(w.charAt(0))))
                    || ((l.equals("über") || l.equals("unter")) && next.equals("dem"))
                    || (l.equals("gegenüber") && (next.equals("dem") || next.equals("der") || next.equals("den")))
                    || (l.equals("im") && next.startsWith("vergleich"))
                    || ((l.equals("more") || l.equals("less")) && next.equals("than"))) {
                on[Feature.COMPARISON.ordinal()] = true;
            }
            if ((l.equals("ersten") && next.equals("mal")) || (l.equals("als") && next.startsWith("erste"))
                    || (l.equals("first") && next.equals("time"))) {
                on[Feature.SUPERLATIVE.ordinal()] = true;
            }
            if (((l.startsWith("führt")) && next.equals("zu")) || (l.equals("due") && next.equals("to"))) {
                on[Feature.CAUSAL.ordinal()] = true;
            }
            // a verb in the simple past in second or third place, where German puts the finite verb ("Das
            // Dachgeschoss brannte aus", "Über Drittstaaten gelangten die Waffen"); an adjective there has its
            // noun after it ("Die erste Vorlesung"), and a participle comes after its auxiliary ("werden gebeten")
            if (i >= 1 && i <= 3 && l.length() >= 5 && (l.endsWith("te") || l.endsWith("ten"))
                    && Character.isLowerCase(w.charAt(0)) && !in(classes[i], WordClass.NOT_PAST) && !presentWithStemT(l)
                    && !in(classes[i - 1], WordClass.AUXILIARY) && !previous.equals("werden") && !previous.equals("wird")
                    && (i + 1 == words.size() || !Character.isUpperCase(words.get(i + 1).charAt(0)))) {
                on[Feature.PAST_TENSE.ordinal()] = true;
            }
            if (i > 0 && isCapitalisedWord(w) && !in(casedClasses[i], WordClass.CAPITALISED_FUNCTION_WORD) && !in(casedClasses[i], WordClass.FORMAL_YOU)) {
                innerCapitals++;
            }
            if (i > 0 && l.length() == 5 && isDigits(w) && i + 1 < words.size() && isCapitalisedWord(words.get(i + 1))
                    && sentence.substring(ends.get(i - 1), starts.get(i)).contains(",")) {
                on[Feature.FURNITURE.ordinal()] = true; // ", 69451 Weinheim": a postcode and town, an address line
            }
            if (in(classes[i], WordClass.AUXILIARY)) {
                auxiliaryAt = i;
            } else if (auxiliaryAt >= 0 && i - auxiliaryAt <= 12 && Character.isLowerCase(w.charAt(0))
                    && isParticiple(l) && !previous.equals("zu") && !l.endsWith("enen")) {
                // "zu verfolgen" is an infinitive, "entstandenen" an adjective: no event
                on[Feature.EVENT.ordinal()] = true;
            }
            if (l.length() > 7 && (l.endsWith("ierte") || l.endsWith("ierten")) && Character.isLowerCase(w.charAt(0))) {
                on[Feature.EVENT.ordinal()] = true;
            }
            // a number written as a word before what it counts ("fünf Kinder"), or in a compound ("dreimal",
            // "siebenköpfige"); "ein"/"eine" are left out, they are mostly articles
            if (in(classes[i], WordClass.CARDINAL) && i + 1 < words.size() && !next.equals("und") && !next.equals("oder")
                    || l.length() >= 6 && hasCountSuffix(l)) {
                on[Feature.WRITTEN_NUMBER.ordinal()] = true;
            }
            // a person named with a role ("Präsident Iván Duque"), a name in the genitive before its noun
            // ("Luckes Kritik", "Bernals Rad": no article before it), a name with an age ("Carsten Froß (54)")
            if (i + 1 < words.size() && Character.isUpperCase(w.charAt(0)) && isCapitalisedWord(words.get(i + 1))
                    && starts.get(i + 1) == ends.get(i) + 1 && sentence.charAt(ends.get(i)) == ' '
                    && !in(casedClasses[i + 1], WordClass.CAPITALISED_FUNCTION_WORD)
                    && (in(casedClasses[i], WordClass.ROLE_WORD) || isCapitalisedWord(w) && containsAny(l, ROLE_PARTS)
                    || isCapitalisedWord(w) && l.length() >= 5 && l.endsWith("s") && !l.endsWith("ss")
                    && !in(casedClasses[i], WordClass.CAPITALISED_FUNCTION_WORD) && !in(casedClasses[i], WordClass.FORMAL_YOU)
                    && (i == 0 || !in(classes[i - 1], WordClass.DETERMINER) && !Character.isUpperCase(words.get(i - 1).charAt(0))
                    && !isAdjectiveEnding(previous)))) {
                on[Feature.PERSON_NAME.ordinal()] = true;
            }
            if (i > 0 && isCapitalisedWord(w) && followedByAge(sentence, ends.get(i))) {
                on[Feature.PERSON_NAME.ordinal()] = true;
            }
            // an expectation: "rechnet mit einem Anstieg", "Analysten hatten mit … gerechnet", "ist völlig offen"
            if ((l.startsWith("rechne") || l.equals("rechnet")) && lower.subList(i + 1, lower.size()).contains("mit")
                    || l.equals("gerechnet") && lower.subList(0, i).contains("mit")
                    || l.equals("offen") && (previous.equals("völlig") || previous.equals("noch")
                    || previous.equals("weiterhin") || previous.equals("bleibt") || previous.equals("ist"))) {
                on[Feature.EXPECTATION.ordinal()] = true;
            }
            if ((l.equals("zeigen") && (previous.equals("wird") || previous.equals("werden") || previous.equals("sich")))) {
                on[Feature.SPECULATION.ordinal()] = true;
            }
            if (l.startsWith("kündigt") && lower.subList(i + 1, lower.size()).contains("an")) {
                on[Feature.PLAN.ordinal()] = true;
            }
            if ((i > 0 && in(casedClasses[i], WordClass.FORMAL_YOU)) || in(classes[i], WordClass.FAMILIAR_YOU) || l.startsWith("dein") && l.length() <= 7
                    || l.startsWith("euer") || (i == 0 && in(casedClasses[i], WordClass.IMPERATIVE_START) && !finiteVerbAfter(w, next))) {
                on[Feature.READER_ADDRESS.ordinal()] = true;
            }
            if (in(classes[i], WordClass.FIRST_PERSON) || l.startsWith("unser") || w.equals("I")) {
                on[Feature.FIRST_PERSON.ordinal()] = true;
            }
            if ((l.equals("zeigt") && next.equals("wie")) || (l.equals("gilt") && next.equals("als"))) {
                on[Feature.VAGUE.ordinal()] = true;
            }
        }
        if (digits) {
            on[Feature.NUMBER.ordinal()] = hasPlainNumber(sentence);
            on[Feature.MONEY_OR_PERCENT.ordinal()] |= sentence.indexOf('%') >= 0 || sentence.indexOf('€') >= 0
                    || sentence.indexOf('$') >= 0 || sentence.indexOf('£') >= 0;
            on[Feature.QUANTITY.ordinal()] |= sentence.indexOf('°') >= 0 || sentence.indexOf('²') >= 0;
        }
        on[Feature.ORGANISATION.ordinal()] |= sentence.contains("e.V.") || sentence.contains("e. V.");
        on[Feature.HEADLINE.ordinal()] = headline && words.size() >= 3;
        // a heading or list line that states something: a present verb ("CAE baut …") or a participle at the end
        // ("Impf-Gipfel auf Freitag verschoben", "Bilder des Diktators veröffentlicht")
        on[Feature.HEADING_VERB.ordinal()] = (kind == BlockKind.HEADING || kind == BlockKind.BULLET
                && !sentence.endsWith(".")) && (hasPresentVerb(sentence)
                || words.size() >= 3 && Character.isLowerCase(words.getLast().charAt(0)) && isParticiple(lower.getLast()));
        // a short sentence that is still a statement: a full stop and a finite verb where German puts it ("Er blieb
        // unverletzt.", "Nun sucht die Polizei nach Zeugen."): the short and fragment cues alone would sink it
        on[Feature.SHORT_STATEMENT.ordinal()] = words.size() >= 3 && words.size() < 8 && sentence.endsWith(".")
                && kind != BlockKind.HEADING && hasFiniteVerbInFront(words, lower);
        // "Datum:26. Januar 2022", "FMW: Hier im Chart …", "Vorentscheidung: Während …": a label and its value,
        // page furniture or a caption rather than a sentence of the report
        on[Feature.LABEL_LINE.ordinal()] = kind != BlockKind.HEADING && words.size() >= 2
                && ends.getFirst() < sentence.length() && sentence.charAt(ends.getFirst()) == ':';
        on[Feature.QUESTION.ordinal()] = sentence.endsWith("?") || sentence.endsWith("?!") || sentence.endsWith("?“")
                || sentence.endsWith("?\"");
        on[Feature.HEADING.ordinal()] = kind == BlockKind.HEADING;
        on[Feature.SHORT.ordinal()] = words.size() < 8;
        on[Feature.VERY_SHORT.ordinal()] = words.size() < 4;
        on[Feature.FURNITURE.ordinal()] |= !words.isEmpty() && FURNITURE_START.contains(words.getFirst())
                || sentence.indexOf('©') >= 0 || sentence.contains("http") || sentence.contains("www.")
                || sentence.indexOf('@') >= 0 || sentence.startsWith("Mehr Infos") || sentence.startsWith("Lesen Sie auch")
                || sentence.startsWith("Weitere Informationen") || sentence.endsWith(")") && AGENCY_TAG.matcher(sentence).find()
                || hasDomain(lower);
        on[Feature.LEAD_IN.ordinal()] = sentence.endsWith(":");
        // many nouns and names for its length: a sentence about particular things, not a general remark
        on[Feature.SPECIFIC.ordinal()] = innerCapitals >= 3 && innerCapitals * 10 >= words.size() * 3;
        on[Feature.QUOTE.ordinal()] = isQuote(sentence);
        on[Feature.PICTURE.ordinal()] = words.size() >= 20 && NoClaimDetector.isPictureDescription(sentence);
        on[Feature.VAGUE.ordinal()] |= WHOEVER.matcher(sentence).matches();
        on[Feature.DETAILED.ordinal()] = words.size() >= 25;
        on[Feature.EXCLAMATION.ordinal()] = sentence.endsWith("!") || sentence.endsWith("!“")
                || sentence.endsWith("!\"") || sentence.endsWith("!»");
        on[Feature.INSIDE_QUOTE.ordinal()] = insideQuote;
        // not a full declarative sentence: a heading, a line without a full stop, or under six words
        on[Feature.FRAGMENT.ordinal()] = kind == BlockKind.HEADING || words.size() < 6
                || !(sentence.endsWith(".") || sentence.endsWith(".“") || sentence.endsWith(".\"")
                || sentence.endsWith(".”")) || sentence.endsWith("...") || sentence.endsWith("…");
        // nothing a fact-checker could take hold of: no figure, date, name, source, comparison, act or event
        boolean anyClaimCue = false;
        for (Feature feature : Feature.values()) {
            anyClaimCue |= !feature.lowers() && feature != Feature.DETAILED && on[feature.ordinal()];
        }
        on[Feature.NO_CLAIM_CUE.ordinal()] = !anyClaimCue;
        return on;
    }

    /**
     * The runs of {@link #WORD} in the sentence, their texts, starts and ends: one pass over the code points instead of
     * a matcher, which was the scorer's largest single cost ({@code \\p{L}} is {@link Character#isLetter(int)} and
     * {@code \\d} with UNICODE_CHARACTER_CLASS {@link Character#isDigit(int)}).
     */
    static void wordSpans(String sentence, List<String> words, List<Integer> starts, List<Integer> ends) {
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            int c = sentence.codePointAt(i);
            if (!Character.isLetter(c) && !Character.isDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                c = sentence.codePointAt(i);
                if (!Character.isLetter(c) && !Character.isDigit(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            words.add(sentence.substring(start, i));
            starts.add(start);
            ends.add(i);
        }
    }

    private static final String OPENING_QUOTES = "„“\"«»‚‘";
    private static final String CLOSING_QUOTES = "“”\"»«‘’";

    /**
     * A direct quotation: the sentence opens with a quotation mark, or ends with one and the quoted part is most
     * of it. In news, what people are quoted with word for word is mostly their view; facts are reported.
     */
    static boolean isQuote(String sentence) {
        if (sentence.length() < 2) {
            return false;
        }
        if (OPENING_QUOTES.indexOf(sentence.charAt(0)) >= 0) {
            return true;
        }
        int open = -1;
        for (int i = 0; i < sentence.length() && open < 0; i++) {
            // the cheap test of the character before first: this runs for every character of every sentence
            if ((i == 0 || sentence.charAt(i - 1) == ' ' || sentence.charAt(i - 1) == ':')
                    && OPENING_QUOTES.indexOf(sentence.charAt(i)) >= 0) {
                open = i;
            }
        }
        char last = sentence.charAt(sentence.length() - 1);
        char beforeLast = sentence.length() > 2 ? sentence.charAt(sentence.length() - 2) : ' ';
        boolean closes = CLOSING_QUOTES.indexOf(last) >= 0 || CLOSING_QUOTES.indexOf(beforeLast) >= 0;
        if (open >= 0 && closes && sentence.length() - open >= sentence.length() / 2) {
            return true;
        }
        // the end of a quotation that began in an earlier sentence, and who said it: "… zurück“, sagte er."
        for (int i = 0; i + 1 < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (sentence.charAt(i + 1) == ',' && CLOSING_QUOTES.indexOf(c) >= 0) {
                return open < 0 || open >= i;
            }
        }
        return false;
    }

    /** Present-tense verbs whose stem ends in t: "erhalten", "gelten", "bieten" are no past tense. */
    private static final String[] PRESENT_STEM_T = {"halten", "gelten", "walten", "schalten", "bieten", "leiten",
            "richten", "arbeiten", "warten", "starten", "testen", "kosten", "achten", "fürchten", "raten", "bitten",
            "streiten", "treten", "breiten", "bereiten", "deuten", "finanzieren", "wetten", "retten", "mieten"};

    private static boolean presentWithStemT(String word) {
        for (String ending : PRESENT_STEM_T) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCountSuffix(String word) {
        if ("zdvfsaneht".indexOf(word.charAt(0)) < 0) {
            return false;
        }
        for (String stem : CARDINAL_STEMS) {
            if (word.startsWith(stem) && word.length() > stem.length()) {
                for (String suffix : COUNT_SUFFIXES) {
                    if (word.startsWith(suffix, stem.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An inflected adjective or participle before a noun: "neuen", "frühere", "großes". */
    private static boolean isAdjectiveEnding(String word) {
        return word.length() > 4 && (word.endsWith("e") || word.endsWith("en") || word.endsWith("er")
                || word.endsWith("es") || word.endsWith("em"));
    }

    /** " (54)" right after a word: a person's age, as reports give it. */
    private static boolean followedByAge(String sentence, int end) {
        int i = end;
        if (i + 3 >= sentence.length() || sentence.charAt(i) != ' ' || sentence.charAt(i + 1) != '(') {
            return false;
        }
        int digits = 0;
        for (i += 2; i < sentence.length() && Character.isDigit(sentence.charAt(i)); i++) {
            digits++;
        }
        return digits >= 1 && digits <= 3 && i < sentence.length() && sentence.charAt(i) == ')';
    }

    /** "Jetzt hat …", "Hier gibt es …": the adverb opens a statement, not a call to act. */
    private static boolean finiteVerbAfter(String first, String next) {
        return (first.equals("Jetzt") || first.equals("Hier")) && (FINITE_AFTER_ADVERB.contains(next)
                || AUXILIARIES.contains(next) || next.endsWith("t") && next.length() > 2);
    }

    /** "(dpa)", "(amo)" closing a paragraph: an agency or author tag. */
    private static final Pattern AGENCY_TAG = Pattern.compile("\\(\\p{Ll}{2,4}\\)$", FLAGS);

    private static boolean hasDomain(List<String> lower) {
        return lower.contains("de") || lower.contains("com") || lower.contains("at") && lower.contains("www");
    }

    /** Capitalised and not all capitals: "Karola", "Wetterdienst", not "BKA". */
    private static boolean isCapitalisedWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String word, String[] parts) {
        for (String part : parts) {
            if (word.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** A participle: "gemeldet", "eingeführt", "verletzt", "übernommen". */
    private static boolean isParticiple(String word) {
        if (word.length() < 6 || !(word.endsWith("t") || word.endsWith("en"))) {
            return false;
        }
        if (word.endsWith("iert")) {
            return true; // "etabliert", "informiert": no ge-
        }
        for (String prefix : SEPARABLE_PREFIXES) {
            if (word.startsWith(prefix + "ge") && word.length() >= prefix.length() + 5) {
                return true;
            }
        }
        for (String prefix : INSEPARABLE_PREFIXES) {
            if (word.startsWith(prefix) && word.length() >= prefix.length() + 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        int length = word.length();
        if (length < 2 || length > 8 || !Character.isUpperCase(word.charAt(0)) || GENERIC_ACRONYMS.contains(word)) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!(Character.isDigit(c) || c == 's' && i == length - 1)) {
                return false;
            }
        }
        return upper >= 2;
    }

    /**
     * Whole words and prefixes ("x*") of lower-case words, each marking the features it belongs to; the
     * prefixes sit in a tree walked once along the word, so a look-up costs one step per letter.
     */
    static final class Lexicon {
        private final java.util.Map<String, List<Feature>> words = new java.util.HashMap<>();
        private final Node prefixes = new Node();

        private static final class Node {
            char[] keys = new char[0];
            Node[] children = new Node[0];
            List<Feature> features = List.of();

            Node child(char c) {
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }

            Node grow(char c) {
                Node found = child(c);
                if (found == null) {
                    found = new Node();
                    keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                    children = java.util.Arrays.copyOf(children, children.length + 1);
                    keys[keys.length - 1] = c;
                    children[children.length - 1] = found;
                }
                return found;
            }
        }

        Lexicon add(Feature feature, String... entries) {
            for (String entry : entries) {
                if (entry.endsWith("*")) {
                    Node node = prefixes;
                    for (int i = 0; i < entry.length() - 1; i++) {
                        node = node.grow(entry.charAt(i));
                    }
                    List<Feature> features = new ArrayList<>(node.features);
                    features.add(feature);
                    node.features = List.copyOf(features);
                } else {
                    words.computeIfAbsent(entry, w -> new ArrayList<>()).add(feature);
                }
            }
            return this;
        }

        /** Marks the features of the word; true when it had any. */
        boolean mark(String word, boolean[] on) {
            boolean any = false;
            List<Feature> exact = words.get(word);
            if (exact != null) {
                for (Feature feature : exact) {
                    on[feature.ordinal()] = true;
                }
                any = true;
            }
            Node node = prefixes;
            for (int i = 0; i < word.length() && node != null; i++) {
                node = node.child(word.charAt(i));
                if (node != null) {
                    for (Feature feature : node.features) {
                        on[feature.ordinal()] = true;
                        any = true;
                    }
                }
            }
            return any;
        }

        boolean has(String word) {
            return mark(word, new boolean[Feature.values().length]);
        }
    }

    /** Modal and auxiliary verbs that are finite where they stand. */
    private static final Set<String> FINITE_VERBS = Set.of("kann", "können", "konnte", "konnten", "muss", "müssen",
            "soll", "sollen", "will", "wollen", "darf", "dürfen", "wird", "werden", "bin", "bist", "gibt", "gab",
            "liegt", "steht", "geht", "kommt", "bleibt", "blieb");

    /**
     * A finite verb in second to fourth place, where a German statement has it: an auxiliary or modal, a past form
     * or a lower-case word in -t/-te/-ten that is no adverb ("sucht", "stoppte"); nouns are capitalised in German.
     */
    private static boolean hasFiniteVerbInFront(List<String> words, List<String> lower) {
        for (int i = 1; i <= 3 && i < words.size(); i++) {
            String w = words.get(i);
            String l = lower.get(i);
            if (!Character.isLowerCase(w.charAt(0))) {
                continue;
            }
            if (AUXILIARIES.contains(l) || FINITE_VERBS.contains(l) || l.length() >= 4 && !NOT_VERBS.contains(l)
                    && !NOT_PAST.contains(l) && (l.endsWith("t") || l.endsWith("te") || l.endsWith("ten"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPresentVerb(String sentence) {
        Matcher verb = PRESENT_VERB.matcher(sentence);
        while (verb.find()) {
            if (!NOT_VERBS.contains(verb.group())) {
                return true;
            }
        }
        return false;
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** A number other than a year: a count, a price without currency, a score. */
    private static boolean hasPlainNumber(String sentence) {
        Matcher number = NUMBER.matcher(sentence);
        while (number.find()) {
            String digits = number.group();
            if (!(digits.length() == 4 && YEAR.matcher(digits).matches())) {
                return true;
            }
        }
        return false;
    }

}
