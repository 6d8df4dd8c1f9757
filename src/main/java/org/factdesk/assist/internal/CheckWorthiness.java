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
     * The cues, each with its reason code and weight. Weights: logistic regression (batch gradient descent,
     * L2 penalty 0.02, 4,000 rounds) on the fitted two thirds of src/test/resources/assist/checkworthiness-dev.tsv
     * plus checkworthiness-seeds.tsv, printed by {@code CheckWorthinessFit} (test sources), rounded to two decimals.
     * The held-out pages of the development set were not used.
     */
    enum Feature {
        MONEY_OR_PERCENT("figure", 0.92),
        QUANTITY("figure", 0.71),
        NUMBER("figure", 1.66),
        DATE("date", 1.53),
        WEEKDAY_OR_RELATIVE_DAY("date", 0.66),
        NAME_SEQUENCE("named-entity", 0.83),
        ACRONYM("named-entity", 0.74),
        ORGANISATION("named-entity", 0.44),
        TITLE("named-entity", 0.05),
        ATTRIBUTION("attribution", 1.02),
        REPORTED_SPEECH("attribution", 0.79),
        COMPARISON("comparison", 0.25),
        SUPERLATIVE("comparison", 0.31),
        CAUSAL("causal", 0.00),
        OFFICIAL_ACT("official-act", 0.37),
        EVENT("event", 1.45),
        HEADLINE("headline", 1.06),
        HEADING_VERB("headline", 0.76),
        PLAN("plan", 0.30),
        QUESTION("question", -0.91),
        HEADING("heading", -0.28),
        SHORT("short", -0.56),
        VERY_SHORT("short", -0.48),
        READER_ADDRESS("reader-address", -1.31),
        FIRST_PERSON("opinion", -0.82),
        SPECULATION("speculation", -0.42),
        VAGUE("vague", -1.16),
        FURNITURE("page-furniture", -0.42),
        APPEAL("appeal", -0.23),
        LEAD_IN("lead-in", -0.45);

        final String code;
        final double weight;

        Feature(String code, double weight) {
            this.code = code;
            this.weight = weight;
        }

        /** Whether the cue speaks against a claim (question, heading, opinion …); the rest speak for one. */
        boolean lowers() {
            return ordinal() >= QUESTION.ordinal();
        }
    }

    static final double BIAS = -0.79;

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NUM = "\\d+(?:[.’'\\s]\\d{3})*(?:,\\d+)?";
    private static final String NUMBER_WORD = "(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
            + "|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|mehrere|einige|dutzende|hunderte|tausende|Tausende"
            + "|Hunderte|Dutzende|one|two|three|four|five|ten|hundred|thousand)";

    private static final Pattern MONEY_OR_PERCENT = Pattern.compile(
            "(?:" + NUM + "|" + NUMBER_WORD + ")\\s?(?:%|Prozent|Prozentpunkte|percent|€|Euro|EUR|Cent|Cents|Dollar"
                    + "|US-Dollar|\\$|Franken|CHF|Pfund|Yen|Mio\\.?|Mrd\\.?|Millionen|Milliarden|Billionen|million"
                    + "|billion)\\b|[€$£]\\s?" + NUM + "|\\b(?:Millionen|Milliarden|Milliardenh\\w*|Million|Milliarde)\\b",
            FLAGS);
    private static final Pattern QUANTITY = Pattern.compile(
            "\\b" + NUM + "\\s?(?:-?[Jj]ährige\\w*|Jahre\\w*|Monate\\w*|Wochen|Tage\\w*|Stunden|Minuten|Kilometer\\w*|km"
                    + "|Meter\\w*|m²|Liter\\w*|l/m²|Grad|°C|°|Tonnen|kg|Kilogramm|Gigawatt\\w*|Megawatt\\w*|GW|MW|kWh"
                    + "|Menschen|Personen|Mitarbeite\\w*|Beschäftigte\\w*|Einwohne\\w*|Teilnehme\\w*|Anträge\\w*"
                    + "|Fälle\\w*|Fahrzeuge\\w*|Stück|Einheiten|Mitglieder\\w*|Länder\\w*|Stimmen|Sitze|Plätze|Punkte\\w*"
                    + "|Tore\\w*|Prozent)\\b|\\b(?:Platz|Rang)\\s\\d+|\\b\\d+\\.\\s(?:Platz|Rang)\\b"
                    + "|\\b" + NUMBER_WORD + "\\s(?:Jahre\\w*|Monate\\w*|Prozent|Millionen|Milliarden|Menschen|Personen"
                    + "|Mitarbeite\\w*|Stunden|Tage\\w*|Wochen)\\b",
            FLAGS);
    /** A number that is no year, date or ordinal of a list. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,/-])(?!0\\d{3})\\d+(?:[.,]\\d+)?(?![\\d.,]*\\d|\\p{L}|-\\p{L}|\\.\\s?\\p{L})", FLAGS);
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");
    private static final String MONTH = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
            + "|November|Dezember|January|February|March|June|July|October|December)";
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}\\.\\s?" + MONTH + "\\b|\\b\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?|\\b(?:im|seit|bis|ab|Anfang|Mitte|Ende"
                    + "|vom|zum|in)\\s" + MONTH + "\\b|\\b" + MONTH + "\\s(?:1[89]|20)\\d{2}\\b"
                    + "|\\b(?:im|seit|bis|ab|von|vor|nach|in|Jahr|Jahre|Jahres|Geschäftsjahr|Jagdjahr|Anfang|Ende|Mitte|um|zwischen)"
                    + "\\s(?:1[89]|20)\\d{2}\\b|\\b(?:Quartal|Vorjahr\\w*|Halbjahr\\w*|Jahresbeginn|Jahresende)\\b"
                    + "|\\b\\d{1,2}[.:]\\d{2}\\sUhr\\b",
            FLAGS);
    private static final Pattern WEEKDAY_OR_RELATIVE_DAY = Pattern.compile(
            "\\b(?:(?:am|vom|bis|seit|ab|kommenden|vergangenen|letzten)\\s)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
                    + "|Samstag|Sonnabend|Sonntag)\\w*\\b|\\b(?:gestern|vorgestern|gestrigen)\\b"
                    + "|\\b(?:in der|in dieser|vergangene[nr]?|letzte[nr]?)\\s(?:Nacht|Woche)\\b",
            FLAGS);
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
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’.-]*$", FLAGS);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d'’.&-]+|[,;:()„“\"”–—!?]", FLAGS);
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\d&]{1,6}s?\\b", FLAGS);
    /** Abbreviations too common to name anyone. */
    private static final Set<String> GENERIC_ACRONYMS = Set.of("KI", "AI", "IT", "PR", "TV", "PDF", "FAQ", "OK", "API",
            "APIs", "LLM", "LLMs", "GPU", "GPUs", "CPU", "CPUs", "VM", "VMs", "PS", "CO2", "CO", "PC", "PCs", "USB",
            "HD", "SUV", "SUVs", "DNA", "ID", "UN", "I", "II", "III", "IV", "A", "B", "C", "D", "E", "FFP2", "PIN",
            "SMS", "URL", "HTML", "WLAN", "LED", "LEDs", "GPS", "ABC");
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:GmbH|AG|SE|KG|KGaA|e\\.\\s?V\\.|Inc\\.?|Ltd\\.?|LLC|Corp\\.?|S\\.A\\.|N\\.V\\.|NV|plc|Holding"
                    + "|Konzern\\w*|Verband\\w*|Verein\\w*|Bundes\\p{Ll}+\\w*|Ministeri\\w*|Universität\\w*|Institut\\w*"
                    + "|Stiftung\\w*|Polizei\\w*|Staatsanwaltschaft\\w*|Gewerkschaft\\w*|Partei\\w*|Kommission\\w*"
                    + "|Rathaus|Stadtrat|Landtag\\w*|Bundestag\\w*|Regierung\\w*|Behörde\\w*|Amt\\b|Gericht\\w*)",
            FLAGS);
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:\\p{L}*(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Bb]ürgermeister|[Vv]orsitzende|[Ss]precher|[Dd]irektor"
                    + "|[Ii]ntendant|[Gg]eschäftsführer|[Cc]hef|[Ss]ekretär|[Ss]enator|[Aa]bgeordnete)(?:in|innen|s|en|n|r)?"
                    + "|CEO|Bischof|Papst|Prof\\.|Dr\\.|Professor\\w*|Vorstand\\w*|Staatsoberhaupt|Gründer\\w*|Trainer\\w*"
                    + "|Analyst\\w*|Experte\\w*|Forsche\\w*)\\b",
            FLAGS);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(?:laut|zufolge|sagte\\w*|sagt|teilte\\w*\\s.{0,60}\\bmit|teilt\\w*\\s.{0,60}\\bmit|mitteilte|erklärte\\w*|erklärt"
                    + "|berichte\\w*|berichtet|so\\s(?:der|die|das)|nach\\s(?:eigenen\\s)?Angaben|Angaben\\szufolge"
                    + "|kündigte\\w*|angekündigt|betonte\\w*|kritisiert\\w*|forder\\w*|warnte\\w*|meldete\\w*|meldet"
                    + "|schreibt|schrieb|hieß\\ses|heißt\\ses|bestätigte\\w*|räumte\\w*|wies\\w*|sprach\\w*|zitiert\\w*"
                    + "|bekannt\\s?gegeben|gab\\s.{0,40}\\bbekannt|verkündete\\w*|according\\sto|said|told|announced|reported)\\b",
            FLAGS | Pattern.CASE_INSENSITIVE);
    /** Konjunktiv I of reported speech ("habe", "seien", "werde"). */
    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "\\b(?:habe|hätten|sei|seien|werde|würden\\szu|gebe|stehe|liege|müsse|könne|solle|wolle)\\b", FLAGS);
    /** Comparatives and changes ("mehr als", "stieg", "gegenüber dem Vorjahr"). */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:mehr\\sals|weniger\\sals|über\\sdem|unter\\sdem|doppelt|verdoppelt\\w*|verdreifacht\\w*|halbiert\\w*"
                    + "|gegenüber\\s(?:dem|der|den)|im\\sVergleich|Anstieg|Rückgang|Zuwachs|Plus|Minus|gestiegen|gesunken"
                    + "|stieg|sank|wuchs|gewachsen|fiel|erhöht\\w*|gesenkt|\\p{Ll}+er\\sals|more\\sthan|less\\sthan)\\b",
            FLAGS);
    /** Superlatives, firsts and records ("größte", "erstmals", "Weltrekord"). */
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "\\b(?:größte\\w*|höchste\\w*|niedrigste\\w*|meiste\\w*|wenigste\\w*|stärkste\\w*|schnellste\\w*"
                    + "|älteste\\w*|erstmal\\w*|erstmals|zum\\sersten\\sMal|als\\serste\\w*|Weltrekord\\w*|Rekord\\w*"
                    + "|Höchststand\\w*|Tiefststand\\w*|Spitzenreiter\\w*|Spitzenfeld|Marktführer\\w*|largest|biggest|highest"
                    + "|first\\stime|record)\\b",
            FLAGS);
    private static final Pattern CAUSAL = Pattern.compile(
            "\\b(?:weil|deshalb|deswegen|daher|darum|führte\\w*\\szu|führt\\szu|aufgrund|wegen|infolge|dadurch|zurückzuführen"
                    + "|zurück(?:geführt)?|Grund|Ursache\\w*|verursacht\\w*|because|due\\sto|caused)\\b",
            FLAGS);
    private static final Pattern OFFICIAL_ACT = Pattern.compile(
            "\\b(?:\\p{L}*[Gg]esetz\\w*|\\p{L}*[Vv]erordnung\\w*|\\p{L}*[Rr]ichtlinie\\w*|beschlossen|beschloss\\w*"
                    + "|Beschluss\\w*|\\p{L}*[Gg]ericht\\w*|Urteil\\w*|verurteilt\\w*|Anklage\\w*|angeklagt|Vertrag\\w*"
                    + "|Abkommen|unterzeichne\\w*|verabschiedet\\w*|gewählt|Wahl\\b|Ermittlung\\w*|ermittelt|Strafanzeige"
                    + "|Anzeige\\serstattet|Strafuntersuchung|festgenommen|verhaftet|Insolvenz|Ausschreibung|Antrag\\w*"
                    + "|Anträge|bewilligt|genehmigt|verboten|Verbot\\w*|Pflicht\\b|law|court|ruling|decree|signed)\\b",
            FLAGS);
    /** A finite past verb of reported events, or a perfect or passive with a participle. */
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:wurde|wurden|hat|haben|hatte|hatten|ist|sind|war|waren)\\b.{0,80}\\b(?:ab|an|auf|aus|bei|durch|ein"
                    + "|fest|mit|nach|vor|weg|zu|zurück|um|los|frei|her|hin|vorbei|hoch)?ge\\p{Ll}{3,}(?:t|en)\\b"
                    + "|\\b(?:wurde|wurden|hat|haben|hatte|hatten|ist|sind|war|waren)\\b.{0,80}\\b(?:ver|er|ent|be|über|zer"
                    + "|unter|miss)\\p{Ll}{3,}(?:t|en)\\b|\\b\\p{Ll}{3,}ierte[n]?\\b"
                    + "|\\b(?:kam|kamen|gab|ging|fuhr|kollidierte\\w*|starb|verstarb|verunglückte|zahlte\\w*|eröffnete\\w*"
                    + "|begann\\w*|übernahm\\w*|verlor\\w*|erreichte\\w*|gewann\\w*|erhielt\\w*|investierte\\w*|kaufte\\w*"
                    + "|verkaufte\\w*|gründete\\w*|entwickelte\\w*|demonstrierte\\w*|stellte\\w*|legte\\w*|leitete\\w*"
                    + "|verbuchte\\w*|verzeichnete\\w*|unterzeichneten|trat\\w*|reagierte\\w*|stoppte\\w*|brachte\\w*"
                    + "|entstand\\w*|ereignete\\w*|schlug|verließ|landete\\w*|lag|lagen|belief\\w*|beläuft|fielen"
                    + "|stiegen|sanken|investiert|beschäftigt|verfügte\\w*|erzielte\\w*|meldete\\w*|erkannte\\w*|blieb"
                    + "|blieben|nahm|nahmen|stand|standen|fand|fanden|zog|zogen|musste|mussten|konnte|konnten|hielt|hielten"
                    + "|setzte\\w*|sorgte\\w*|führte\\w*|wählte\\w*|traf|trafen|fuhren|kamen|gingen|starben)\\b",
            FLAGS);
    private static final Pattern READER_ADDRESS = Pattern.compile(
            "(?<!^)\\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\\b|\\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\\w*|[Ee]uch|[Ee]uer\\w*|ihr)\\b"
                    + "|^(?:Jetzt|Hier|Lesen|Klicken|Melden|Abonnieren|Teilen|Diskutieren|Erfahren|Schreiben|Sichern|Holen"
                    + "|Laden|Testen|Bestellen|Entdecken)\\b",
            FLAGS);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:ich|wir|uns|unser\\w*|mir|mich|I|we|our)\\b", FLAGS);
    private static final Pattern SPECULATION = Pattern.compile(
            "\\b(?:könnte\\w*|dürfte\\w*|würde\\w*|sollte\\w*|vielleicht|vermutlich|möglicherweise|wohl"
                    + "|scheint\\w*|offenbar|wahrscheinlich|angeblich|wird\\s(?:sich\\s)?zeigen|werden\\szeigen|bleibt"
                    + "\\sabzuwarten|Zukunft|künftig\\w*|langfristig\\w*|might|could|would|may)\\b",
            FLAGS);
    private static final Pattern PLAN = Pattern.compile(
            "\\b(?:soll|sollen|plant|planen|geplant\\w*|will|wollen|vorgesehen|beabsichtigt|kündigt\\w*\\s.{0,40}an"
                    + "|plans?|will)\\b",
            FLAGS);
    private static final Pattern APPEAL = Pattern.compile(
            "\\b(?:Zeugen\\w*|Hinweise|gebeten|Telefonnummer|Tel\\.|Nummer|Hotline|Helpline|melden|Kontakt\\w*)\\b",
            FLAGS);
    /** A finite verb in the present (third person), as headlines have them: "CAE baut", "Apple kippt". */
    private static final Pattern PRESENT_VERB = Pattern.compile("(?<=\\s)\\p{Ll}{3,}(?:t|en)\\b", FLAGS);
    private static final Set<String> NOT_VERBS = Set.of("nicht", "jetzt", "erst", "seit", "bereits", "längst", "meist",
            "zuletzt", "selbst", "fast", "mit", "und", "den", "dem", "des", "einen", "eigenen", "neuen", "ersten",
            "beiden", "vielen", "allen", "unseren", "ihren", "seinen", "deutschen", "sehr", "gut", "geht", "mehr");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:klar\\w*|enorm\\w*|massiv\\w*|beispiellos\\w*|gewaltig\\w*|spannend\\w*|entscheidend\\w*|zentral\\w*"
                    + "|wichtig\\w*|strategisch\\w*|ausgeklügelt\\w*|rasant\\w*|Herausforderung\\w*|Dynamik|Balance\\w*"
                    + "|Ökosystem\\w*|Innovation\\w*|Vision\\w*|Zeitenwende|Revolution\\w*|Meinung|finde\\w*|freue\\w*"
                    + "|danke\\w*|toll\\w*|großartig\\w*|perfekt\\w*|bestens|exzellent\\w*|leider|zeigt,\\swie|gilt\\sals"
                    + "|Interesse|Bedeutung|Rolle|erschüttert\\w*|fassungslos\\w*|Trauer|Entsetzen|bewundern\\w*"
                    + "|hoffen\\w*|Signal|Horizont\\w*|Potenzial\\w*|Chance\\w*)\\b",
            FLAGS);
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:Foto|Fotos|Bild|Bilder|Quelle|Autor|Autorin|Von|Text|Grafik|Video|Mehr\\sInfos|Weitere\\sInformationen"
                    + "|Lesen\\sSie\\sauch|Hinweis|Copyright|Anzeige|Werbung)\\b|\\bKommentar\\w*\\b|©|\\(\\p{Ll}{2,4}\\)$"
                    + "|https?://|www\\.|@\\p{L}|\\b\\p{L}+\\.(?:de|com|at|ch)\\b",
            FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+", FLAGS);

    public CheckWorthiness() {
        // stateless: the patterns are compiled once above
    }

    @Override
    public List<ScoredSentence> score(AssistText text) {
        List<ScoredSentence> scored = new ArrayList<>(text.sentenceCount());
        int headline = headlineOrdinal(text);
        for (AssistText.Block block : text.blocks()) {
            for (AssistText.Sentence sentence : block.sentences()) {
                scored.add(score(sentence.ordinal(), sentence.text(), block.kind(), sentence.ordinal() == headline));
            }
        }
        return scored;
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
        boolean[] features = features(text, kind, headline);
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
        // the reasons are the cues that pushed the score the way it went
        List<String> reasons = List.copyOf(score >= THRESHOLD ? positive : negative);
        return new ScoredSentence(ordinal, score, reasons);
    }

    /** Which cues the sentence shows; the order is {@link Feature}'s. */
    static boolean[] features(String text, BlockKind kind) {
        return features(text, kind, false);
    }

    /** {@code headline}: the sentence is the article's first heading (its title, as imports read it). */
    static boolean[] features(String text, BlockKind kind, boolean headline) {
        String sentence = text.strip();
        boolean[] on = new boolean[Feature.values().length];
        int words = count(WORD.matcher(sentence));
        on[Feature.MONEY_OR_PERCENT.ordinal()] = MONEY_OR_PERCENT.matcher(sentence).find();
        on[Feature.QUANTITY.ordinal()] = QUANTITY.matcher(sentence).find();
        on[Feature.NUMBER.ordinal()] = hasPlainNumber(sentence);
        on[Feature.DATE.ordinal()] = DATE.matcher(sentence).find() || YEAR.matcher(sentence).find();
        on[Feature.WEEKDAY_OR_RELATIVE_DAY.ordinal()] = WEEKDAY_OR_RELATIVE_DAY.matcher(sentence).find();
        on[Feature.NAME_SEQUENCE.ordinal()] = hasNameSequence(sentence);
        on[Feature.ACRONYM.ordinal()] = hasAcronym(sentence);
        on[Feature.ORGANISATION.ordinal()] = ORGANISATION.matcher(sentence).find();
        on[Feature.TITLE.ordinal()] = TITLE.matcher(sentence).find();
        on[Feature.ATTRIBUTION.ordinal()] = ATTRIBUTION.matcher(sentence).find();
        on[Feature.REPORTED_SPEECH.ordinal()] = REPORTED_SPEECH.matcher(sentence).find();
        on[Feature.COMPARISON.ordinal()] = COMPARISON.matcher(sentence).find();
        on[Feature.SUPERLATIVE.ordinal()] = SUPERLATIVE.matcher(sentence).find();
        on[Feature.LEAD_IN.ordinal()] = sentence.endsWith(":");
        on[Feature.CAUSAL.ordinal()] = CAUSAL.matcher(sentence).find();
        on[Feature.OFFICIAL_ACT.ordinal()] = OFFICIAL_ACT.matcher(sentence).find();
        on[Feature.EVENT.ordinal()] = EVENT.matcher(sentence).find();
        on[Feature.HEADLINE.ordinal()] = headline && words >= 3;
        on[Feature.HEADING_VERB.ordinal()] = kind == BlockKind.HEADING && hasPresentVerb(sentence);
        on[Feature.PLAN.ordinal()] = PLAN.matcher(sentence).find();
        on[Feature.APPEAL.ordinal()] = APPEAL.matcher(sentence).find();
        on[Feature.QUESTION.ordinal()] = sentence.endsWith("?") || sentence.endsWith("?!") || sentence.endsWith("?“")
                || sentence.endsWith("?\"");
        on[Feature.HEADING.ordinal()] = kind == BlockKind.HEADING;
        on[Feature.SHORT.ordinal()] = words < 8;
        on[Feature.VERY_SHORT.ordinal()] = words < 4;
        on[Feature.READER_ADDRESS.ordinal()] = READER_ADDRESS.matcher(sentence).find();
        on[Feature.FIRST_PERSON.ordinal()] = FIRST_PERSON.matcher(sentence).find();
        on[Feature.SPECULATION.ordinal()] = SPECULATION.matcher(sentence).find();
        on[Feature.VAGUE.ordinal()] = VAGUE.matcher(sentence).find();
        on[Feature.FURNITURE.ordinal()] = FURNITURE.matcher(sentence).find();
        return on;
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

    private static boolean hasAcronym(String sentence) {
        Matcher acronym = ACRONYM.matcher(sentence);
        while (acronym.find()) {
            String found = acronym.group();
            if (!GENERIC_ACRONYMS.contains(found) && !found.chars().allMatch(Character::isDigit)
                    && found.chars().filter(Character::isUpperCase).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two capitalised words in a row where the first is no article or other function word: German writes
     * every noun with a capital, but an adjective or a second noun right after one is rare outside names
     * ("Karola Wille", "Deutscher Wetterdienst", "Signa Development").
     */
    private static boolean hasNameSequence(String sentence) {
        Matcher token = TOKEN.matcher(sentence);
        String previous = null;
        while (token.find()) {
            String word = token.group();
            boolean capitalised = CAPITALISED.matcher(word).matches() && word.chars().anyMatch(Character::isLowerCase);
            if (capitalised && previous != null && !CAPITALISED_FUNCTION_WORDS.contains(previous)) {
                return true;
            }
            previous = capitalised ? word : null;
        }
        return false;
    }
}
