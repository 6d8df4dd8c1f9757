package org.factdesk.revision.cli;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.common.cli.RunningApp;
import org.factdesk.review.ReviewService;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import --new-version-of ID PATH}: without a running app (the test context) and through the channel. */
@IntegrationTest
class NewVersionCommandIT {

    @TempDir
    Path dir;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private int springStarts;

    private ConfigurableApplicationContext startTestContext() {
        springStarts++;
        return (ConfigurableApplicationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurableApplicationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(context, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private ConfigurableApplicationContext springMustNotStart() {
        springStarts++;
        throw new AssertionError("Spring must not start");
    }

    private int run(RunningApp app, Supplier<ConfigurableApplicationContext> spring, String... args) {
        return NewVersionCommand.run(List.of(args), dir, app, spring, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> stderr() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private ArticleId reviewedArticle() {
        ArticleId id = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Haushalt " + token, "cli-it",
                null, "Haushalt " + token + "\nDer Rat beschloss den Haushalt mit 27 Stimmen. Die Opposition stimmte dagegen.\n")));
        SignedInAs.run(users, "lead", () -> reviews.mark(id, sentences(id).stream().map(s -> new VerdictChange(s, 0))
                .toList(), Verdict.NO_CLAIM));
        return id;
    }

    private List<Long> sentences(ArticleId id) {
        return SystemAuthentication.runAsSystem(() -> articles.findText(id)).orElseThrow().blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    @Test
    void a_file_becomes_the_new_version_with_one_line_on_stderr() throws Exception {
        ArticleId old = reviewedArticle();
        Files.writeString(dir.resolve("neu.txt"), "Haushalt " + token
                + "\nDer Rat beschloss den Haushalt mit 32 Stimmen. Die Opposition stimmte dagegen.\n");

        int exit = run(RunningApp.NONE, this::startTestContext, "--new-version-of", String.valueOf(old.value()),
                "--by", "lead", "neu.txt");

        assertThat(exit).as(String.join("\n", stderr())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr()).singleElement().satisfies(line -> assertThat(line).matches(
                "neu\\.txt: imported as version 2 of article " + old.value() + ": article \\d+ \\(2 unchanged, "
                        + "0 changed, 1 substance, 0 new, 0 removed; 2 verdicts carried; new\\)"));
        Matcher id = Pattern.compile("article (\\d+) \\(").matcher(stderr().getFirst());
        assertThat(id.find()).isTrue();
        ArticleId fresh = new ArticleId(Long.parseLong(id.group(1)));
        assertThat(SignedInAs.call(users, "lead", () -> reviews.verdictsOf(fresh))).hasSize(2);
        assertThat(SystemAuthentication.runAsSystem(() -> articles.findText(fresh)).orElseThrow().sourceName())
                .isEqualTo("neu.txt");
        assertThat(springStarts).isEqualTo(1);
    }

    @Test
    void through_the_running_app_the_file_goes_as_bytes() throws Exception {
        ArticleId old = reviewedArticle();
        Files.writeString(dir.resolve("neu.txt"), "Haushalt " + token
                + "\nDer Rat beschloss den Haushalt mit 27 Stimmen. Die Opposition stimmte nicht dagegen.\n");
        String[] sent = new String[1];
        RunningApp app = (command, args, attachment, o, e) -> {
            sent[0] = command + " " + String.join(" ", args) + " +" + (attachment == null ? 0 : attachment.length);
            return OptionalInt.of(NewVersionCommand.runInApp(args, attachment, context, o, e));
        };

        int exit = run(app, this::springMustNotStart, "--new-version-of", String.valueOf(old.value()), "neu.txt",
                "--by", "admin");

        assertThat(exit).as(String.join("\n", stderr())).isZero();
        assertThat(sent[0]).startsWith("import-new-version --new-version-of " + old.value() + " --by admin --name neu.txt neu.txt +");
        assertThat(stderr()).singleElement().satisfies(line -> assertThat(line).contains("1 substance"));
        // the app opens no path for the command line
        err.reset();
        assertThat(NewVersionCommand.runInApp(List.of("--new-version-of", "1", "neu.txt"), null, context,
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(stderr()).singleElement().satisfies(line -> assertThat(line).contains("reads no files"));
    }

    @Test
    void bad_input_is_one_line_and_exit_2_without_a_stack_trace() throws Exception {
        ArticleId old = reviewedArticle();
        Files.writeString(dir.resolve("a.txt"), "Ein Text " + token + ".\n");
        String[][] cases = {
                {"--new-version-of", "abc", "a.txt"},
                {"--new-version-of", String.valueOf(old.value())},
                {"--new-version-of", String.valueOf(old.value()), "a.txt", "b.txt"},
                {"--new-version-of", String.valueOf(old.value()), "fehlt.txt"},
                {"--new-version-of", String.valueOf(old.value()), "--published", "gestern", "a.txt"},
                {"a.txt", "--new-version-of"},
        };
        for (String[] args : cases) {
            err.reset();
            assertThat(run(RunningApp.NONE, this::springMustNotStart, args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(stderr()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(springStarts).isZero();

        err.reset();
        assertThat(run(RunningApp.NONE, this::startTestContext, "--new-version-of", "987654321", "a.txt")).isEqualTo(2);
        assertThat(stderr()).containsExactly("a.txt: refused: Article 987654321 does not exist.");
        err.reset();
        assertThat(run(RunningApp.NONE, this::startTestContext, "--new-version-of", String.valueOf(old.value()),
                "--by", "editor", "a.txt")).isEqualTo(2);
        assertThat(stderr()).containsExactly("factdesk import: --by editor: not an active team lead or admin");
        err.reset();
        assertThat(run(RunningApp.NONE, this::startTestContext, "--new-version-of", String.valueOf(old.value()),
                "--by", "niemand-" + token, "a.txt")).isEqualTo(2);
        assertThat(stderr()).singleElement().satisfies(line -> assertThat(line).contains("no such user"));
    }
}
