package org.factdesk.importing.cli;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.common.cli.RunningApp;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportService;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import FILE} of a text that looks like a new version of a stored article: imported, with a hint (ADR 0029). */
@IntegrationTest
class ImportCommandHintIT {

    @TempDir
    Path dir;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ImportService imports;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_file_with_a_stored_articles_title_is_imported_with_a_hint_at_new_version_of() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        ArticleId stored = SystemAuthentication.runAsSystem(() -> imports.importText(
                "Hochwasser an der Elbe " + marker + "\nDer Pegel in Dresden steigt auf sechs Meter.",
                new ImportOptions(new ArticleMetadata("Hochwasser an der Elbe " + marker, null, null, null, null), null))
                .articleId());
        Files.writeString(dir.resolve("neu.txt"), "Hochwasser an der Elbe " + marker
                + "\nDer Pegel in Dresden steigt auf sieben Meter.");
        Files.writeString(dir.resolve("anders.txt"), "Niedrigwasser am Rhein " + marker
                + "\nDer Pegel in Kaub fällt unter einen Meter.");

        int exit = ImportCommand.run(List.of("neu.txt", "anders.txt"), dir, RunningApp.NONE, this::testContext,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("neu.txt: hint: looks like a new version of article " + stored.value()
                + " (Hochwasser an der Elbe " + marker + ", the same title); imported as an article of its own. "
                + "To import it as version 2: import --new-version-of " + stored.value() + " neu.txt");
        assertThat(lines.get(1)).startsWith("neu.txt: imported as ");
        assertThat(lines.get(2)).startsWith("anders.txt: imported as "); // no hint for an article of its own
    }

    /** The test context, "started for the command", which closes it: that must not end this one. */
    private ConfigurableApplicationContext testContext() {
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
}
