package org.factdesk.user;

import org.factdesk.IntegrationTest;
import org.factdesk.common.GridPreference;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Remembered grid sort and filter: stored per user in the database, each user sees only their own. */
@IntegrationTest
class GridPreferenceServiceIT {

    @Autowired
    GridPreferenceService preferences;
    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void a_users_sort_and_filter_are_kept_replaced_and_theirs_alone() {
        String anna = newEditor();
        String bert = newEditor();
        GridPreference byTitle = new GridPreference("title", true, Map.of("state", "ASSIGNED", "q", "Straße & mehr"));

        SignedInAs.run(userDetailsService, anna, () -> preferences.save("assignments", byTitle));

        assertThat(SignedInAs.call(userDetailsService, anna, () -> preferences.find("assignments"))).contains(byTitle);
        assertThat(SignedInAs.call(userDetailsService, bert, () -> preferences.find("assignments"))).isEmpty();
        assertThat(SignedInAs.call(userDetailsService, anna, () -> preferences.find("review-queue"))).isEmpty();

        GridPreference byDue = new GridPreference("due", false, Map.of());
        SignedInAs.run(userDetailsService, anna, () -> preferences.save("assignments", byDue));
        assertThat(SignedInAs.call(userDetailsService, anna, () -> preferences.find("assignments"))).contains(byDue);
    }

    @Test
    void names_are_checked_and_anonymous_callers_refused() {
        String anna = newEditor();
        assertThatThrownBy(() -> SignedInAs.run(userDetailsService, anna, () -> preferences.find("a grid; drop")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GridPreference("title<script>", false, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preferences.find("assignments"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String newEditor() {
        String username = "gp-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> userService.create(new NewUser(username, "Grid " + username,
                AppRoles.EDITOR, "secret-" + username)));
        return username;
    }
}
