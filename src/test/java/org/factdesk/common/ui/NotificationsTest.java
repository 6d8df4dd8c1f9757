package org.factdesk.common.ui;

import org.factdesk.common.InvalidInputException;
import org.factdesk.common.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as a refusal to show, and what stays a failure for the error page and the log. */
class NotificationsTest {

    @Test
    void refusals_are_what_the_service_explained_or_input_state_and_roles_do_not_allow() {
        assertThat(Notifications.isRefusal(new InvalidInputException("assignment.error.noneChosen"))).isTrue();
        assertThat(Notifications.isRefusal(new RefusedException("assignment.error.noneChosen"))).isTrue();
        assertThat(Notifications.isRefusal(new IllegalArgumentException("No article with id 7."))).isTrue();
        assertThat(Notifications.isRefusal(new AccessDeniedException("Access Denied"))).isTrue();
        assertThat(Notifications.isRefusal(new DataAccessResourceFailureException("database gone"))).isFalse();
        assertThat(Notifications.isRefusal(new NullPointerException())).isFalse();
    }

    @Test
    void a_failure_is_not_turned_into_a_notification() {
        RuntimeException failure = new DataAccessResourceFailureException("database gone");

        assertThatThrownBy(() -> Notifications.refused(failure)).isSameAs(failure);
        assertThatThrownBy(() -> Notifications.attempt(() -> {
            throw failure;
        }, "saved")).isSameAs(failure);
    }
}
