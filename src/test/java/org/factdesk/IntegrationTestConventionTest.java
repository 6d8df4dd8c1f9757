package org.factdesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration tests on the shared context say so with {@link IntegrationTest}, not with its parts. */
class IntegrationTestConventionTest {

    /** A plain {@code @SpringBootTest} (no web server) spelled out on a test class. */
    private static final Pattern PLAIN_SPRING_BOOT_TEST = Pattern.compile(
            "(?m)^@(org\\.springframework\\.boot\\.test\\.context\\.)?SpringBootTest\\s*$");

    @Test
    void no_test_spells_out_the_integration_test_annotations() throws IOException {
        List<String> spelledOut;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            spelledOut = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("IntegrationTest.java"))
                    .filter(IntegrationTestConventionTest::spellsOut)
                    .map(f -> f.getFileName().toString()).toList();
        }
        assertThat(spelledOut).as("test classes with @SpringBootTest instead of @IntegrationTest").isEmpty();
    }

    private static boolean spellsOut(Path file) {
        try {
            return PLAIN_SPRING_BOOT_TEST.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
