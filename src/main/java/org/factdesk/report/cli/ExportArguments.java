package org.factdesk.report.cli;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.report.ExportFilter;
import org.factdesk.report.ReportFormats;
import org.factdesk.report.ReportWriter;
import org.factdesk.review.Verdict;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parsed and checked options of {@code export}. Parsing needs neither Spring nor the database,
 * so a mistyped command fails at once: the formats come from {@link ReportFormats#onClasspath()}
 * (or, inside the running app, from its registry).
 *
 * @param format  the registry's writer of the {@code --format}
 * @param article the one article to export, or null for the articles {@code filter} selects
 * @param filter  the selection when {@code article} is null ({@link ExportFilter#all()} when no filter option is given)
 * @param locale  the PDF's labels
 * @param out     the file to write, or for several PDFs the directory to write them into
 */
public record ExportArguments(ReportWriter format, ArticleId article, ExportFilter filter, Locale locale, Path out) {

    /** The same arguments with {@code --out} taken relative to {@code workingDirectory} (the caller's). */
    public ExportArguments resolvedAgainst(Path workingDirectory) {
        return new ExportArguments(format, article, filter, locale, workingDirectory.resolve(out).normalize());
    }


    private static final ReportFormats FORMATS = ReportFormats.onClasspath();
    private static final List<String> FORMAT_NAMES = FORMATS.ids();

    public static final String USAGE = """
            Usage: java -jar factdesk.jar export --format %s [selection] --out PATH [--lang de|en]

            Exports review reports from the configured database (FACTDESK_DATA_DIR, SPRING_DATASOURCE_URL, ...).

            Options:
              --format FORMAT     one of:
            %s
              --out PATH          the file to write; for pdf without --article the directory
                                  that gets one PDF per article (created if missing)
              --article ID        exactly this article
              --state STATE       articles in this state: new, assigned, in-review, submitted, approved
              --from YYYY-MM-DD   articles that reached their current state on or after this day
              --to YYYY-MM-DD     ... on or before this day
              --assignee USER     articles assigned to this user name
              --verdict VERDICT   articles with at least one sentence of this verdict (csv and
                                  claimreview then list only those sentences): %s
              --lang de|en        language of the labels (default de): the PDF, the csv-de
                                  headers and verdicts, the ClaimReview rating's name
              -h, --help          show this help

            Without --article the filters select the articles (none given: all articles); csv, json
            and claimreview write them into one file. --article cannot be combined with the filters.
            Exit codes: 0 written, 1 the database or the output could not be used, 2 bad arguments.
            """.formatted(String.join("|", FORMAT_NAMES), formatList(FORMATS), String.join(", ", Verdict.keys()));

    public static final String USAGE_HINT = "Run 'java -jar factdesk.jar export --help' for the options.";

    private static final Set<String> OPTIONS = Set.of("--format", "--out", "--article", "--state", "--from", "--to",
            "--assignee", "--verdict", "--lang");
    private static final List<String> FILTER_OPTIONS = List.of("--state", "--from", "--to", "--assignee", "--verdict");
    private static final List<String> STATE_NAMES =
            Arrays.stream(ArticleState.values()).map(ExportArguments::cliName).toList();
    private static final List<String> VERDICT_NAMES = Verdict.keys();

    /** The formats known without Spring. */
    static ReportFormats formats() {
        return FORMATS;
    }

    /** What the command line asks for: the usage text, or an export. */
    public sealed interface Request permits Help, Export {
    }

    public record Help() implements Request {
    }

    public record Export(ExportArguments arguments) implements Request {
    }

    /** A command line that cannot be run; the message is one line, meant for the user. */
    public static final class InvalidArgumentsException extends Exception {

        public InvalidArgumentsException(String message) {
            super(message);
        }
    }

    /**
     * Options come as {@code --name value} or {@code --name=value}, in any order, each at most once;
     * {@code --help} or {@code -h} anywhere asks for the usage.
     */
    public static Request parse(List<String> args) throws InvalidArgumentsException {
        return parse(args, FORMATS);
    }

    /** {@link #parse(List)} with the formats of this registry (the running app's). */
    public static Request parse(List<String> args, ReportFormats formats) throws InvalidArgumentsException {
        if (args.contains("--help") || args.contains("-h")) {
            return new Help();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!OPTIONS.contains(name)) {
                throw new InvalidArgumentsException(arg.startsWith("-")
                        ? "unknown option '" + name + "'"
                        : "unexpected argument '" + arg + "' (every value follows its option, e.g. --out " + arg + ")");
            }
            if (value == null) {
                // A following option is not taken as a value: "--out --format csv" lacks the path.
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new InvalidArgumentsException(name + " needs a value");
                }
                value = args.get(++i);
            }
            if (value.isBlank()) {
                throw new InvalidArgumentsException(name + " needs a value");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new InvalidArgumentsException(name + " is given twice");
            }
        }
        return new Export(check(values, formats));
    }

    private static ExportArguments check(Map<String, String> values, ReportFormats formats)
            throws InvalidArgumentsException {
        String known = "(" + String.join(", ", formats.ids()) + ")";
        String formatName = required(values, "--format", known);
        ReportWriter format = formats.find(formatName).orElseThrow(() -> new InvalidArgumentsException(
                "unknown format '" + formatName + "' " + known));
        Path out = path(required(values, "--out", "(the file to write)"));
        Locale locale = language(values.get("--lang"));

        if (values.containsKey("--article")) {
            for (String filter : FILTER_OPTIONS) {
                if (values.containsKey(filter)) {
                    throw new InvalidArgumentsException(
                            "--article exports exactly one article and cannot be combined with " + filter);
                }
            }
            return new ExportArguments(format, articleId(values.get("--article")), null, locale, out);
        }
        ArticleState state = named(values.get("--state"), ArticleState.class, "state", STATE_NAMES);
        LocalDate from = date(values, "--from");
        LocalDate to = date(values, "--to");
        Verdict verdict = named(values.get("--verdict"), Verdict.class, "verdict", VERDICT_NAMES);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidArgumentsException("--to " + to + " lies before --from " + from);
        }
        return new ExportArguments(format, null, new ExportFilter(state, from, to, values.get("--assignee"), verdict),
                locale, out);
    }

    /** One line per format for the usage: its id and what it is for, in English. */
    private static String formatList(ReportFormats formats) {
        StringBuilder list = new StringBuilder();
        for (ReportWriter format : formats.all()) {
            list.append("%-22s%s - %s%n".formatted("", format.id(), format.hint(Locale.ENGLISH)));
        }
        return list.toString().stripTrailing();
    }

    private static String required(Map<String, String> values, String name, String hint)
            throws InvalidArgumentsException {
        String value = values.get(name);
        if (value == null) {
            throw new InvalidArgumentsException(name + " is required " + hint);
        }
        return value;
    }

    private static ArticleId articleId(String value) throws InvalidArgumentsException {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return new ArticleId(id);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidArgumentsException(
                "--article needs an article id (a positive whole number), not '" + value + "'");
    }

    private static LocalDate date(Map<String, String> values, String name) throws InvalidArgumentsException {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentsException(name + " needs a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static Locale language(String value) throws InvalidArgumentsException {
        if (value == null) {
            return Locale.GERMAN;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "de" -> Locale.GERMAN;
            case "en" -> Locale.ENGLISH;
            default -> throw new InvalidArgumentsException("--lang must be de or en, not '" + value + "'");
        };
    }

    private static Path path(String value) throws InvalidArgumentsException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new InvalidArgumentsException("--out '" + value + "' is not a valid path: " + e.getReason());
        }
    }

    /** Accepts the export spelling ({@code in-review}) as well as the constant ({@code IN_REVIEW}). */
    private static <E extends Enum<E>> E named(String value, Class<E> type, String what, List<String> names)
            throws InvalidArgumentsException {
        if (value == null) {
            return null;
        }
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(ExportArguments::cliName, Function.identity()));
        E constant = byName.get(value.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (constant == null) {
            throw new InvalidArgumentsException(
                    "unknown " + what + " '" + value + "' (" + String.join(", ", names) + ")");
        }
        return constant;
    }

    private static String cliName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
