package org.factdesk.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Role names in security annotations come from {@link AppRoles}, so renaming a role cannot miss one. */
class RoleNamesTest {

    /** A role check spelled as a string literal: {@code @RolesAllowed("ADMIN")}, {@code @PreAuthorize("hasRole('LEAD')")}. */
    private static final Pattern LITERAL_ROLE = Pattern.compile(
            "@RolesAllowed\\(\\{?\\s*\"|@PreAuthorize\\([^\\n]*has(Any)?Role\\(");

    @Test
    void the_name_constants_are_the_role_names() {
        assertThat(List.of(AppRoles.EDITOR_NAME, AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME))
                .containsExactly(AppRoles.EDITOR.name(), AppRoles.LEAD.name(), AppRoles.ADMIN.name());
        assertThat(AppRoles.HAS_ANY_ROLE).isEqualTo("hasAnyRole('EDITOR', 'LEAD', 'ADMIN')");
        assertThat(AppRoles.HAS_LEAD_OR_ADMIN).isEqualTo("hasAnyRole('LEAD', 'ADMIN')");
        assertThat(AppRoles.HAS_ADMIN).isEqualTo("hasRole('ADMIN')");
    }

    @Test
    void no_security_annotation_spells_a_role_name() throws IOException {
        List<String> literal;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            literal = files.filter(f -> f.toString().endsWith(".java")).flatMap(RoleNamesTest::literalRoleChecks)
                    .toList();
        }
        assertThat(literal).as("role checks with role names as literals instead of AppRoles constants").isEmpty();
    }

    private static Stream<String> literalRoleChecks(Path file) {
        try {
            Matcher matcher = LITERAL_ROLE.matcher(Files.readString(file));
            return matcher.results().map(m -> file.getFileName() + ": " + m.group());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
