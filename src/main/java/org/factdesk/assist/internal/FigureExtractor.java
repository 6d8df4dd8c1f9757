package org.factdesk.assist.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a German (or English) sentence: money, percentages, counts of something and
 * dates, each with a normalised value and the interval it stands for. German number format (1.000,5),
 * scale words (Tsd., Mio., Milliarden, billion), currencies (US-Dollar = Dollar = $ = USD) and
 * qualifiers: "rund 10 Milliarden" is the interval 9–11 Milliarden, "mehr als 100" is 100 and up, and a
 * plain figure stands for what its last written digit allows ("13" is 12.5–13.5). Two figures disagree
 * only when their intervals do not meet, so a rounded or hedged value never contradicts an exact one it
 * covers. Vague amounts without a number ("Milliarden", "Tausende") are no figures. Pure and thread-safe.
 */
public final class FigureExtractor {

    public enum Kind {
        MONEY, PERCENT, COUNT, DATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the figure is hedged: {@code APPROX} rund/etwa, {@code NEARLY} knapp/fast, bounds, ranges. */
    public enum Qualifier { EXACT, APPROX, NEARLY, AT_LEAST, AT_MOST, RANGE }

    /**
     * One quantity: its kind, value in base units (currency units, percent, pieces, epoch day), the unit
     * (ISO currency, "%", "pp", the counted noun, "date"), the interval it stands for (null = unbounded),
     * the words as written, and where they are in the sentence.
     */
    public record Figure(Kind kind, double value, Double low, Double high, String unit, Qualifier qualifier,
                         String surface, int start, int end) {

        /** Same kind and unit, and the intervals do not meet: the two cannot both be right. */
        public boolean disagreesWith(Figure other) {
            if (kind != other.kind || !unit.equals(other.unit)) {
                return false;
            }
            double lowA = low == null ? Double.NEGATIVE_INFINITY : low;
            double highA = high == null ? Double.POSITIVE_INFINITY : high;
            double lowB = other.low == null ? Double.NEGATIVE_INFINITY : other.low;
            double highB = other.high == null ? Double.POSITIVE_INFINITY : other.high;
            return highA < lowB || highB < lowA;
        }
    }

    /** Relative tolerance of "rund", "etwa", "about": ±10 %. */
    static final double APPROX_TOLERANCE = 0.10;

    /** 1.000,5 / 2 000 (a space only before exactly three digits) / 1,000.5 / 12,5 / 12.5 / 13 — no leading zero. */
    private static final String DIGITS = "[1-9]\\d{0,2}(?:[.\\u00a0\\u202f ]\\d{3}(?![\\d]))+(?:,\\d+)?"
            + "|[1-9]\\d{0,2}(?:,\\d{3})+(?:\\.\\d+)?|(?:[1-9]\\d*|0)(?:[.,]\\d+)?";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einer", 1), Map.entry("einem", 1),
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5),
            Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9),
            Map.entry("zehn", 10), Map.entry("elf", 11), Map.entry("zwölf", 12), Map.entry("zwanzig", 20),
            Map.entry("dreißig", 30), Map.entry("hundert", 100), Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("hundred", 100));
    /** A number: digits (not glued to letters, hyphens or slashes: "GPT-4", "Q4/2024"), or a number word. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-/.,])(?:" + DIGITS + ")(?![\\p{N}])"
                    + "|(?<![\\p{L}\\-])(?i:" + String.join("|", NUMBER_WORDS.keySet()) + ")(?![\\p{L}\\-])");
    private static final Pattern RANGE_TAIL = Pattern.compile("\\s*(?:bis|–|—|-|to)\\s*(?:US\\$|\\$|€|£)?\\s*(" + DIGITS + ")(?![\\p{N}])");
    private static final Pattern AND_TAIL = Pattern.compile("\\s*(?:und|and)\\s*(?:US\\$|\\$|€|£)?\\s*(" + DIGITS + ")(?![\\p{N}])");
    private static final Pattern SCALE = Pattern.compile("\\s*(Tsd\\.|Tausend|tausend|thousand|Mio\\.|Mio\\b|Millionen"
            + "|Million|millions?|Mrd\\.|Mrd\\b|Milliarden|Milliarde|billions?|bn\\b|Bio\\.|Billionen|Billion|trillions?)");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(US-Dollar|US-\\$|US\\$|Dollar|dollars?|USD|\\$"
            + "|Euro|euros?|EUR|€|Pfund|pounds?|GBP|£|Franken|CHF|Yen|JPY|¥)(?![\\p{L}])");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|\\$|€|£|¥|USD|EUR|GBP|CHF)\\s?$");
    private static final Pattern PERCENT = Pattern.compile("\\s*(%|Prozentpunkte\\p{L}*|Prozent(?![\\p{L}])|percentage points?"
            + "|per ?cent(?![\\p{L}])|Basispunkte\\p{L}*)");
    /** A counted noun, perhaps after one adjective ("3.000 neue Stellen"). */
    private static final Pattern GERMAN_NOUN = Pattern.compile("\\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\\s+)?([A-ZÄÖÜ][\\p{L}]+(?:-[\\p{L}]+)*)");
    private static final Pattern ENGLISH_NOUN = Pattern.compile("\\s+(?:new\\s+|more\\s+)?([a-z]{3,})(?![\\p{L}])");
    private static final Pattern ORDINAL_DOT = Pattern.compile("\\.\\s");
    private static final String MONTHS_DE = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DAY_MONTH = Pattern.compile("\\.\\s*(" + MONTHS_DE + ")(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])");
    private static final Pattern DAY_MONTH_EN = Pattern.compile("\\s+(" + MONTHS_EN + ")\\s+(\\d{4})(?![\\p{N}])");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?:(" + MONTHS_DE + "|" + MONTHS_EN + ")|(?:(" + MONTHS_EN
            + ")\\s+(\\d{1,2}),?))\\s+$");
    private static final Set<String> DURATION_OR_TIME = Set.copyOf(java.util.Arrays.asList("jahr", "jahre", "jahren", "jahres", "monat", "monate",
            "monaten", "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden", "minute", "minuten", "sekunde",
            "sekunden", "mal", "prozent", "quartal", "quartale", "uhr", "years", "year", "months", "weeks", "days",
            "hours", "minutes", "times", "percent"));
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)\\s+$");
    /** Capitalised at the start of a sentence, before a quantity: no product name. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("Rund", "Etwa", "Über", "Mehr", "Knapp", "Fast", "Nur",
            "Bis", "Insgesamt", "Gut", "Ca", "Zirka", "Circa", "Bereits", "Schon", "Noch", "Auch", "Allein", "Damit",
            "Seit", "Von", "Für", "Mit", "Bei", "Um", "Auf", "Nach", "Vor", "Im", "In", "Ab", "Zudem", "Heute", "Jetzt",
            "About", "Around", "Over", "Nearly", "Almost", "Some", "Only", "By", "With", "For");
    private static final Set<String> ENGLISH_NON_NOUNS = Set.copyOf(java.util.Arrays.asList("and", "the", "for", "from", "with", "into", "per", "than",
            "that", "this", "were", "was", "are", "have", "has", "had", "will", "would", "new", "more", "less", "million",
            "billion", "thousand", "percent", "years", "year", "of", "to", "in", "on", "at", "by", "or", "but"));
    private static final List<String> GERMAN_CUES = List.of(" der ", " die ", " das ", " und ", " ein ", " eine ", " ist ",
            " sind ", " mit ", " von ", " zu ", " auf ", " nicht ", " sich ", " den ", " dem ", " des ", " im ", " für ");
    private static final Set<String> ENGLISH_CUES = Set.copyOf(java.util.Arrays.asList(" the ", " of ", " and ", " is ", " was ", " were ", " has ",
            " have ", " will "));

    // Compiled once: String.matches compiles its pattern on every call, which showed in import profiles.
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(1[5-9]|20)\\d\\d");
    private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_THOUSANDS_DECIMAL = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern NOUN_ENDING = Pattern.compile(".*(?:en|ern|ung|heit|keit|schaft|ion|tät|e|er|es|ten|nis)");

    private record Hedge(Qualifier qualifier, int start) {
    }

    private record Parsed(double value, int decimals) {
    }

    private FigureExtractor() {
    }

    public static List<Figure> extract(String sentence) {
        String s = sentence;
        boolean english = looksEnglish(s);
        List<Figure> figures = new ArrayList<>();
        Matcher number = NUMBER.matcher(s);
        int consumed = 0;
        while (number.find()) {
            if (number.start() < consumed) {
                continue;
            }
            Figure figure = figureAt(s, number, english);
            if (figure != null) {
                figures.add(figure);
                consumed = figure.end();
            }
        }
        return figures;
    }

    private static Figure figureAt(String s, Matcher number, boolean english) {
        String token = number.group();
        int start = number.start();
        int end = number.end();
        boolean isWord = Character.isLetter(token.charAt(0));
        Parsed first = isWord ? new Parsed(NUMBER_WORDS.get(token.toLowerCase(Locale.ROOT)), 0) : parse(token, english);
        if (first == null) {
            return null;
        }
        String before = s.substring(0, start);
        if (!isWord) {
            Figure date = dateAt(s, start, end, token, before);
            if (date != null) {
                return date;
            }
        }

        // A second number after "bis"/"–" (or "zwischen … und …") makes a range with the same scale and unit.
        Parsed second = null;
        int cursor = end;
        Hedge hedge = hedge(stripCurrency(before), false);
        if (!isWord) {
            Matcher range = (hedge != null && hedge.qualifier == Qualifier.RANGE ? AND_TAIL : RANGE_TAIL).matcher(s);
            range.region(end, s.length());
            if (range.lookingAt()) {
                second = parse(range.group(1), english);
                if (second != null && second.value > first.value) {
                    cursor = range.end();
                } else {
                    second = null;
                }
            }
        }
        double scale = 1;
        Matcher scaleWord = SCALE.matcher(s).region(cursor, s.length());
        boolean scaled = scaleWord.lookingAt();
        if (scaled) {
            scale = scaleOf(scaleWord.group(1), english);
            cursor = scaleWord.end();
        } else if (isWord) {
            return null; // "zwei frühere Beteiligungen": number words count only with a scale ("zwei Millionen")
        }
        if (!scaled && s.startsWith("-", cursor) && cursor + 1 < s.length() && Character.isLetter(s.charAt(cursor + 1))) {
            return null; // "Office 365-Tools", "80-Milliarden-Wette" (checked above) are names or adjectives
        }
        if (scaled && s.startsWith("-", cursor)) {
            return null;
        }

        Kind kind;
        String unit;
        String currencyBefore = currencyBefore(before);
        Matcher currency = CURRENCY_AFTER.matcher(s).region(cursor, s.length());
        Matcher percent = PERCENT.matcher(s).region(cursor, s.length());
        if (currencyBefore != null) {
            kind = Kind.MONEY;
            unit = currencyBefore;
        } else if (currency.lookingAt()) {
            kind = Kind.MONEY;
            unit = currencyCode(currency.group(1));
            cursor = currency.end();
        } else if (percent.lookingAt()) {
            kind = Kind.PERCENT;
            String word = percent.group(1).toLowerCase(Locale.ROOT);
            unit = word.startsWith("prozentp") || word.startsWith("percentage") ? "pp"
                    : word.startsWith("basis") ? "bp" : "%";
            cursor = percent.end();
        } else {
            if (ORDINAL_DOT.matcher(s).region(cursor, s.length()).lookingAt() && !scaled) {
                return null; // "im 4. Quartal"
            }
            if (!scaled && capitalisedWordBefore(before)) {
                return null; // "Microsoft 365 Copilot", "Dynamics 365": a number inside a name
            }
            Matcher noun = (english ? ENGLISH_NOUN : GERMAN_NOUN).matcher(s).region(cursor, s.length());
            if (!noun.lookingAt()) {
                return null;
            }
            String lemma = countUnit(noun.group(1));
            if (lemma == null || (english && ENGLISH_NON_NOUNS.contains(lemma))) {
                return null;
            }
            kind = Kind.COUNT;
            unit = lemma;
            cursor = noun.end();
        }

        int surfaceStart = currencyBefore != null ? before.length() - currencyLength(before) : start;
        Hedge finalHedge = hedge(s.substring(0, surfaceStart), false);
        Qualifier qualifier = second != null ? Qualifier.RANGE
                : finalHedge == null ? Qualifier.EXACT : finalHedge.qualifier;
        if (qualifier == Qualifier.RANGE && second == null) {
            qualifier = Qualifier.EXACT; // "zwischen" without a second number
        }
        if (finalHedge != null) {
            surfaceStart = finalHedge.start;
        }
        double value = first.value * scale;
        double half = halfStep(first.decimals) * scale;
        double[] interval = interval(qualifier, value, half, second == null ? value : second.value * scale,
                second == null ? half : halfStep(second.decimals) * scale);
        return new Figure(kind, value, nullIfInfinite(interval[0]), nullIfInfinite(interval[1]), unit, qualifier,
                s.substring(surfaceStart, cursor).strip(), surfaceStart, cursor);
    }

    /** A year (1900–2099), a day ("15. September 2024", "September 15, 2024") or month ("Januar 2023") as epoch days. */
    private static Figure dateAt(String s, int start, int end, String token, String before) {
        Matcher dayMonth = DAY_MONTH.matcher(s).region(end, s.length());
        if (DAY_NUMBER.matcher(token).matches() && dayMonth.lookingAt()) {
            if (dayMonth.group(2) == null) {
                return null; // a day without a year cannot be compared
            }
            int month = monthNumber(dayMonth.group(1));
            int day = Integer.parseInt(token);
            int year = Integer.parseInt(dayMonth.group(2));
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return dated(s, start, dayMonth.end(), before, epochDay, epochDay);
        }
        Matcher dayMonthEn = DAY_MONTH_EN.matcher(s).region(end, s.length());
        if (DAY_NUMBER.matcher(token).matches() && dayMonthEn.lookingAt()) {
            int month = monthNumber(dayMonthEn.group(1));
            int year = Integer.parseInt(dayMonthEn.group(2));
            int day = Integer.parseInt(token);
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return dated(s, start, dayMonthEn.end(), before, epochDay, epochDay);
        }
        if (!YEAR_NUMBER.matcher(token).matches()) {
            return null;
        }
        Matcher scale = SCALE.matcher(s).region(end, s.length());
        Matcher currency = CURRENCY_AFTER.matcher(s).region(end, s.length());
        Matcher percent = PERCENT.matcher(s).region(end, s.length());
        if (scale.lookingAt() || currency.lookingAt() || percent.lookingAt() || currencyBefore(before) != null) {
            return null; // "2000 Euro" is an amount
        }
        int year = Integer.parseInt(token);
        Matcher month = MONTH_BEFORE.matcher(before);
        if (month.find()) {
            int surfaceStart = month.start();
            if (month.group(1) != null) {
                YearMonth ym = YearMonth.of(year, monthNumber(month.group(1)));
                return dated(s, surfaceStart, end, s.substring(0, surfaceStart), ym.atDay(1).toEpochDay(),
                        ym.atEndOfMonth().toEpochDay());
            }
            int m = monthNumber(month.group(2));
            int day = Integer.parseInt(month.group(3));
            if (day >= 1 && day <= YearMonth.of(year, m).lengthOfMonth()) {
                long epochDay = LocalDate.of(year, m, day).toEpochDay();
                return dated(s, surfaceStart, end, s.substring(0, surfaceStart), epochDay, epochDay);
            }
        }
        return dated(s, start, end, before, LocalDate.of(year, 1, 1).toEpochDay(),
                LocalDate.of(year, 12, 31).toEpochDay());
    }

    private static Figure dated(String s, int start, int end, String before, long firstDay, long lastDay) {
        Hedge hedge = hedge(before, true);
        Qualifier qualifier = hedge == null ? Qualifier.EXACT : hedge.qualifier;
        Double low = (double) firstDay;
        Double high = (double) lastDay;
        if (qualifier == Qualifier.AT_MOST) {
            low = null;
        } else if (qualifier == Qualifier.AT_LEAST) {
            high = null;
        } else if (qualifier == Qualifier.APPROX || qualifier == Qualifier.NEARLY) {
            low = firstDay - 366.0;
            high = lastDay + 366.0;
        }
        int surfaceStart = hedge == null ? start : hedge.start;
        return new Figure(Kind.DATE, firstDay, low, high, "date", qualifier == Qualifier.NEARLY ? Qualifier.APPROX
                : qualifier, s.substring(surfaceStart, end).strip(), surfaceStart, end);
    }

    private static final List<Map.Entry<Pattern, Qualifier>> HEDGES = List.of(
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:bis zu|up to|höchstens|maximal|weniger als|less than|at most|"
                    + "nicht mehr als|no more than|unter|under|below)\\s+$"), Qualifier.AT_MOST),
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:mehr als|more than|über|mindestens|at least|over|"
                    + "wenigstens|upwards of)\\s+$"), Qualifier.AT_LEAST),
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:rund|etwa|ca\\.|circa|zirka|ungefähr|annähernd|schätzungsweise|"
                    + "gut|about|around|roughly|approximately|approx\\.|some|an estimated)\\s+$"), Qualifier.APPROX),
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:knapp|fast|beinahe|nahezu|nearly|almost|just under)\\s+$"),
                    Qualifier.NEARLY),
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:zwischen|between)\\s+$"), Qualifier.RANGE));
    private static final List<Map.Entry<Pattern, Qualifier>> DATE_HEDGES = List.of(
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:bis|vor|spätestens|until|by|before)\\s+(?:(?:zum|Ende|end of)\\s+)?"
                    + "(?:(?:Jahr|year)\\s+)?$"), Qualifier.AT_MOST),
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:seit|ab|nach|frühestens|since|after|from)\\s+"
                    + "(?:(?:dem\\s+)?(?:Jahr|year)\\s+)?$"), Qualifier.AT_LEAST),
            Map.entry(Pattern.compile("(?i)(?<![\\p{L}])(?:um|etwa|rund|circa|ca\\.|around|about)\\s+$"), Qualifier.APPROX));

    /**
     * Characters before a number in which a hedge ("bis zum Jahr", "schätzungsweise") or a currency sign
     * must end: these patterns end at the number, so searching the whole sentence before it only cost time
     * (once per figure). Longer white space inside a hedge than the window allows is not read as a hedge.
     */
    private static final int HEDGE_WINDOW = 64;
    private static final int CURRENCY_WINDOW = 8;

    /** A matcher over the last {@code window} characters of {@code before}; look-behinds still see what precedes. */
    private static Matcher atEnd(Pattern pattern, String before, int window) {
        return pattern.matcher(before).region(Math.max(0, before.length() - window), before.length())
                .useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static Hedge hedge(String before, boolean date) {
        for (Map.Entry<Pattern, Qualifier> entry : date ? DATE_HEDGES : HEDGES) {
            Matcher m = atEnd(entry.getKey(), before, HEDGE_WINDOW);
            if (m.find()) {
                return new Hedge(entry.getValue(), m.start());
            }
        }
        return null;
    }

    private static double[] interval(Qualifier qualifier, double value, double half, double upper, double upperHalf) {
        return switch (qualifier) {
            case EXACT -> new double[]{value - half, value + half};
            case APPROX -> {
                double tolerance = Math.max(half, Math.abs(value) * APPROX_TOLERANCE);
                yield new double[]{value - tolerance, value + tolerance};
            }
            case NEARLY -> new double[]{value - Math.max(half, Math.abs(value) * APPROX_TOLERANCE), value + half};
            case AT_LEAST -> new double[]{value - half, Double.POSITIVE_INFINITY};
            case AT_MOST -> new double[]{Double.NEGATIVE_INFINITY, value + half};
            case RANGE -> new double[]{value - half, upper + upperHalf};
        };
    }

    private static Double nullIfInfinite(double v) {
        return Double.isInfinite(v) ? null : v;
    }

    /** Half of the last written digit's place: what rounding allows ("13" → 0.5, "2,5" → 0.05). */
    private static double halfStep(int decimals) {
        return 0.5 * Math.pow(10, -decimals);
    }

    static Parsed parse(String token, boolean english) {
        String t = token.replace("\u00a0", ".").replace("\u202f", ".").replace(" ", ".");
        try {
            if (GERMAN_THOUSANDS.matcher(t).matches()) { // 1.000 or 1.000,5 (German)
                String[] parts = t.replace(".", "").split(",");
                return new Parsed(Double.parseDouble(String.join(".", parts)), parts.length > 1 ? parts[1].length() : 0);
            }
            if (ENGLISH_THOUSANDS_DECIMAL.matcher(t).matches() || (english && ENGLISH_THOUSANDS.matcher(t).matches())) { // 1,000.5 / 1,000
                String plain = t.replace(",", "");
                int dot = plain.indexOf('.');
                return new Parsed(Double.parseDouble(plain), dot < 0 ? 0 : plain.length() - dot - 1);
            }
            if (DECIMAL_COMMA.matcher(t).matches()) { // 12,5 (German decimal comma)
                return new Parsed(Double.parseDouble(t.replace(',', '.')), t.length() - t.indexOf(',') - 1);
            }
            if (DECIMAL_POINT.matcher(t).matches()) { // 12.5 (English decimal point; 1.000 was taken above)
                return new Parsed(Double.parseDouble(t), t.length() - t.indexOf('.') - 1);
            }
            if (INTEGER.matcher(t).matches()) {
                return new Parsed(Double.parseDouble(t), 0);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static double scaleOf(String word, boolean english) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("tsd") || w.startsWith("tausend") || w.startsWith("thousand")) {
            return 1e3;
        }
        if (w.startsWith("mio") || w.startsWith("million")) {
            return 1e6;
        }
        if (w.startsWith("mrd") || w.startsWith("milliarde") || w.equals("bn")) {
            return 1e9;
        }
        if (w.startsWith("trillion") || w.startsWith("bio")) {
            return 1e12;
        }
        // "billion": English 10^9; the German capitalised "Billion(en)" is 10^12.
        if (w.startsWith("billion")) {
            return english || Character.isLowerCase(word.charAt(0)) ? 1e9 : 1e12;
        }
        return 1;
    }

    private static String currencyCode(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("dollar") || w.contains("$") || w.equals("usd")) {
            return "USD";
        }
        if (w.startsWith("euro") || w.equals("eur") || w.equals("€")) {
            return "EUR";
        }
        if (w.startsWith("pfund") || w.startsWith("pound") || w.equals("gbp") || w.equals("£")) {
            return "GBP";
        }
        if (w.equals("franken") || w.equals("chf")) {
            return "CHF";
        }
        return "JPY";
    }

    private static String currencyBefore(String before) {
        Matcher m = atEnd(CURRENCY_BEFORE, before, CURRENCY_WINDOW);
        return m.find() ? currencyCode(m.group(1)) : null;
    }

    private static int currencyLength(String before) {
        Matcher m = atEnd(CURRENCY_BEFORE, before, CURRENCY_WINDOW);
        return m.find() ? before.length() - m.start() : 0;
    }

    private static String stripCurrency(String before) {
        return before.substring(0, before.length() - currencyLength(before));
    }

    /** The counted noun's base form: lower case, dative plural "-n" after -er/-el dropped (Mitarbeitern). */
    static String countUnit(String noun) {
        String head = noun.contains("-") ? noun.substring(noun.lastIndexOf('-') + 1) : noun;
        String w = head.toLowerCase(Locale.ROOT);
        if (w.length() < 3 || DURATION_OR_TIME.contains(w)) {
            return null;
        }
        if (w.endsWith("ern") || w.endsWith("eln")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean capitalisedWordBefore(String before) {
        Matcher m = LAST_WORD.matcher(before);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        boolean sentenceStart = before.substring(0, m.start()).isBlank();
        // German nouns before a quantity ("nach eigenen Angaben 3.000 Mitarbeiter") have noun endings;
        // product names before a number ("Microsoft 365", "Windows 11") mostly do not.
        return Character.isUpperCase(word.charAt(0))
                && !NOUN_ENDING.matcher(word).matches()
                && !(sentenceStart && SENTENCE_OPENERS.contains(word));
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] de = MONTHS_DE.toLowerCase(Locale.ROOT).split("\\|");
        for (int i = 0; i < de.length; i++) {
            if (de[i].equals(n)) {
                return i <= 1 ? 1 : i; // Januar, Jänner
            }
        }
        String[] en = MONTHS_EN.toLowerCase(Locale.ROOT).split("\\|");
        for (int i = 0; i < en.length; i++) {
            if (en[i].equals(n)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static boolean looksEnglish(String s) {
        String padded = " " + s.toLowerCase(Locale.ROOT) + " ";
        int cues = 0;
        for (String cue : ENGLISH_CUES) {
            if (padded.contains(cue)) {
                cues++;
            }
        }
        return cues >= 1 && GERMAN_CUES.stream().noneMatch(padded::contains);
    }
}
