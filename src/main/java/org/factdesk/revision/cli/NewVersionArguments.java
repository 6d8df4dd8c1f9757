package org.factdesk.revision.cli;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.common.InvalidInputException;
import org.factdesk.importing.ImportOptions;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code import --new-version-of ID PATH|URL}: the article, the one input, who is recorded as importing it,
 * and the metadata options of the import command. {@code --name} is the command channel's (the name of the
 * file the command line sent).
 */
record NewVersionArguments(ArticleId article, String input, String by, ImportOptions options, String sentName,
                           boolean help) {

    static final String USAGE = """
            Usage: java -jar factdesk.jar import --new-version-of ID PATH|URL [--by USERNAME] [--title T]
                                                 [--source-url U] [--published YYYY-MM-DD] [--encoding E]
              Imports the file or web page as the new version of article ID: its sentences are matched to the
              old ones, their verdicts carried, and a submitted or approved review goes back to its editor.
              One line on stderr; exit 0 when imported, 2 when refused or bad arguments, 1 when the database
              could not be used.
              --by USERNAME                       the team lead or admin recorded as importing it (default: admin)
              --title, --source-url, --published  metadata of the new version (beats what the file says)
              --encoding E                        read a text file in this character encoding
            """;

    static final class BadArguments extends RuntimeException {
        BadArguments(String message) {
            super(message);
        }
    }

    static boolean isNewVersion(List<String> args) {
        return args.contains("--new-version-of");
    }

    static NewVersionArguments parse(List<String> args) {
        if (args.contains("-h") || args.contains("--help")) {
            return new NewVersionArguments(null, null, null, ImportOptions.NONE, null, true);
        }
        List<String> inputs = new ArrayList<>();
        ArticleId article = null;
        String by = null;
        String title = null;
        String sourceUrl = null;
        LocalDate published = null;
        String encoding = null;
        String sentName = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                inputs.add(arg);
                continue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new BadArguments(arg + " needs a value");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--new-version-of" -> {
                    once(arg, article);
                    article = articleId(value);
                }
                case "--by" -> by = once(arg, by, value);
                case "--title" -> title = once(arg, title, value);
                case "--source-url" -> sourceUrl = once(arg, sourceUrl, value);
                case "--published" -> {
                    once(arg, published);
                    try {
                        published = LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new BadArguments("--published " + value + " is not a day (YYYY-MM-DD)");
                    }
                }
                case "--encoding" -> {
                    encoding = once(arg, encoding, value);
                    if (!supported(value)) {
                        throw new BadArguments("--encoding " + value + " is not an encoding this Java knows");
                    }
                }
                case "--name" -> sentName = once(arg, sentName, value);
                default -> throw new BadArguments("unknown option " + arg);
            }
        }
        if (article == null) {
            throw new BadArguments("--new-version-of needs the id of the article");
        }
        if (inputs.size() != 1) {
            throw new BadArguments(inputs.isEmpty() ? "give the file or web address of the new version"
                    : "a new version is one file or web address, not " + inputs.size());
        }
        ArticleMetadata metadata = new ArticleMetadata(title, sourceUrl, null, null, published);
        try {
            ArticleService.validate(metadata.title() == null ? metadata.withTitle("-") : metadata);
        } catch (InvalidInputException e) {
            throw new BadArguments(e.userMessage().english());
        }
        return new NewVersionArguments(article, inputs.getFirst(), by == null ? "admin" : by,
                new ImportOptions(metadata, encoding), sentName, false);
    }

    /** The arguments for the running app: the options as given, the sent file's name, then the one input. */
    List<String> forApp(String nameOfSentFile) {
        List<String> args = new ArrayList<>(List.of("--new-version-of", String.valueOf(article.value()), "--by", by));
        ArticleMetadata m = options.metadata();
        add(args, "--title", m.title());
        add(args, "--source-url", m.sourceUrl());
        add(args, "--published", m.publishedOn() == null ? null : m.publishedOn().toString());
        add(args, "--encoding", options.encoding());
        add(args, "--name", nameOfSentFile);
        args.add(input);
        return args;
    }

    boolean isWebAddress() {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static ArticleId articleId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return new ArticleId(id);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadArguments("--new-version-of " + value + " is not an article id");
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    private static void once(String option, Object previous) {
        if (previous != null) {
            throw new BadArguments(option + " given twice");
        }
    }

    private static String once(String option, String previous, String value) {
        once(option, previous);
        return value;
    }

    private static boolean supported(String encoding) {
        try {
            return Charset.isSupported(encoding);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
