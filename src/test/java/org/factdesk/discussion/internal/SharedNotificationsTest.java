package org.factdesk.discussion.internal;

import org.factdesk.discussion.NotificationsChanged;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SharedNotificationsTest {

    private final SharedNotifications shared = new SharedNotifications();

    @Test
    void the_recipients_go_across_and_come_back() {
        NotificationsChanged event = new NotificationsChanged(Set.of(3L, 11L, 7L));
        assertThat(shared.encode(event)).isEqualTo("3,7,11");
        assertThat(shared.decode("3,7,11")).contains(event);
    }

    @Test
    void no_recipients_is_no_event() {
        assertThat(shared.decode("")).isEmpty();
    }
}
