package org.factdesk.user;

import org.factdesk.IntegrationTest;
import org.factdesk.common.InvalidInputException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class UserServiceIT {

    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithMockUser(roles = "ADMIN")
    void admin_creates_changes_role_deactivates_and_resets_password() {
        String name = unique("anna");
        UserAccount anna = userService.create(new NewUser(name, "Anna Archiv", AppRoles.EDITOR, "erst-Passwort-1"));
        assertThat(userService.listAll()).extracting(UserAccount::username).contains(name);

        assertThat(userService.changeRole(anna.userId(), AppRoles.LEAD).role()).isEqualTo(AppRoles.LEAD);

        userService.resetPassword(anna.userId(), "neu-Passwort-2222");
        String hash = userDetailsService.loadUserByUsername(name).getPassword();
        assertThat(passwordEncoder.matches("neu-Passwort-2222", hash)).isTrue();
        assertThat(passwordEncoder.matches("erst-Passwort-1", hash)).isFalse();

        assertThat(userService.deactivate(anna.userId()).active()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(name).isEnabled()).as("sign-in refused").isFalse();
        assertThat(userService.reactivate(anna.userId()).active()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void the_last_active_admin_cannot_be_deactivated_or_demoted() {
        // Leave exactly one active admin: the demo 'admin'.
        userService.listAll().stream()
                .filter(u -> u.role() == AppRoles.ADMIN && u.active() && !u.username().equals("admin"))
                .forEach(u -> userService.deactivate(u.userId()));
        UserAccount admin = userService.findByUsername("admin").orElseThrow();

        assertThatThrownBy(() -> userService.deactivate(admin.userId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> userService.changeRole(admin.userId(), AppRoles.EDITOR))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("last active administrator");
        assertThat(userService.findByUsername("admin").orElseThrow().role()).isEqualTo(AppRoles.ADMIN);

        UserAccount second = userService.create(new NewUser(unique("root"), "Zweite Admin", AppRoles.ADMIN, "pass-wort-1234"));
        assertThat(userService.changeRole(admin.userId(), AppRoles.LEAD).role()).isEqualTo(AppRoles.LEAD);
        assertThatThrownBy(() -> userService.deactivate(second.userId())).hasMessageContaining("last active administrator");
        userService.changeRole(admin.userId(), AppRoles.ADMIN);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void bad_input_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> userService.create(new NewUser("x", "X", AppRoles.EDITOR, "pass")))
                .hasMessageContaining("2 to 64");
        assertThatThrownBy(() -> userService.create(new NewUser("editor", "Dup", AppRoles.EDITOR, "lang-genug-1234")))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> userService.create(new NewUser(unique("kurz"), "Kurz", AppRoles.EDITOR, "abc")))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> userService.deactivate(new UserId(999_999))).hasMessageContaining("no user");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void new_and_reset_passwords_have_at_least_twelve_characters_in_either_language() {
        String elevenChars = "elf-Zeichen";
        String twelveChars = "zwölfZeichen";
        assertThat(elevenChars).hasSize(11);
        assertThat(twelveChars).hasSize(12);

        assertThatThrownBy(() -> userService.create(new NewUser(unique("elf"), "Elf", AppRoles.EDITOR, elevenChars)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A password has at least 12 characters.")
                .satisfies(refused -> assertThat(((InvalidInputException) refused).userMessage().in(Locale.GERMAN))
                        .isEqualTo("Ein Passwort hat mindestens 12 Zeichen."));
        UserAccount twelve = userService.create(new NewUser(unique("zwoelf"), "Zwölf", AppRoles.EDITOR, twelveChars));
        assertThat(passwordEncoder.matches(twelveChars, userDetailsService.loadUserByUsername(twelve.username())
                .getPassword())).isTrue();

        assertThatThrownBy(() -> userService.resetPassword(twelve.userId(), elevenChars))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> userService.resetPassword(twelve.userId(), " ".repeat(12)))
                .as("blank").hasMessageContaining("at least 12");
        userService.resetPassword(twelve.userId(), "neues-Passwort");
        assertThat(passwordEncoder.matches("neues-Passwort", userDetailsService.loadUserByUsername(twelve.username())
                .getPassword())).isTrue();
    }

    @Test
    @WithMockUser(roles = {"EDITOR"})
    void editors_cannot_manage_users() {
        assertThatThrownBy(() -> userService.listAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.deactivate(new UserId(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.create(new NewUser(unique("e"), "E", AppRoles.ADMIN, "pass")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"LEAD"})
    void leads_cannot_manage_users() {
        assertThatThrownBy(() -> userService.changeRole(new UserId(1), AppRoles.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.resetPassword(new UserId(1), "secret")).isInstanceOf(AccessDeniedException.class);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
