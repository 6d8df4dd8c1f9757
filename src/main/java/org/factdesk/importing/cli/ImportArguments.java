package org.factdesk.importing.cli;

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
 * The import command's arguments: inputs (paths and web addresses) and the options that apply to
 * every input. {@code --name} is the command channel's: the name of the file the command line sent.
 */
record ImportArguments(List<String> inputs, ImportOptions options, String sentName, boolean help) {

    static final String USAGE = """
            Usage: java -jar factdesk.jar import PATH|URL... [--title T] [--source-url U] [--published YYYY-MM-DD] [--encoding E]
              Imports files (.txt and the other formats FactDesk reads), folders (recursively), ZIPs and
              web pages (http/https). One line per input on stderr; exit 0 when every input was imported
              or was already there, 2 when one was refused, 1 when the database could not be used.
              --title, --source-url, --published  metadata for every input (beats what the file says)
              --encoding E                        read text files in this character encoding
              --new-version-of ID                 import one file or page as the new version of article ID
                                                  (see import --new-version-of ID --help)
            """;
    static final String USAGE_HINT = "factdesk import: see java -jar factdesk.jar import --help";

    /** Thrown for arguments the command cannot run with; the message is one line. */
    static final class BadArguments extends RuntimeException {
        BadArguments(String message) {
            super(message);
        }
    }

    static ImportArguments parse(List<String> args) {
        if (args.size() == 1 && (args.getFirst().equals("-h") || args.getFirst().equals("--help"))) {
            return new ImportArguments(List.of(), ImportOptions.NONE, null, true);
        }
        List<String> inputs = new ArrayList<>();
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
                case "--title" -> title = once(arg, title, value);
                case "--source-url" -> sourceUrl = once(arg, sourceUrl, value);
                case "--published" -> {
                    once(arg, published == null ? null : published.toString(), value);
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
        if (inputs.isEmpty()) {
            throw new BadArguments("give the files, folders or web addresses to import");
        }
        ArticleMetadata metadata = new ArticleMetadata(title, sourceUrl, null, null, published);
        try {
            // What the service would refuse for every input is refused once, before anything starts.
            ArticleService.validate(metadata.title() == null ? metadata.withTitle("-") : metadata);
        } catch (InvalidInputException e) {
            throw new BadArguments(e.userMessage().english());
        }
        return new ImportArguments(List.copyOf(inputs), new ImportOptions(metadata, encoding), sentName, false);
    }

    /** The arguments for the running app: the options as given, then the one input. */
    List<String> forOneInput(String input, String nameOfSentFile) {
        List<String> args = new ArrayList<>();
        ArticleMetadata m = options.metadata();
        add(args, "--title", m.title());
        add(args, "--source-url", m.sourceUrl());
        add(args, "--published", m.publishedOn() == null ? null : m.publishedOn().toString());
        add(args, "--encoding", options.encoding());
        add(args, "--name", nameOfSentFile);
        args.add(input);
        return args;
    }

    static boolean isWebAddress(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    private static String once(String option, String previous, String value) {
        if (previous != null) {
            throw new BadArguments(option + " given twice");
        }
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
