package org.factdesk.discussion.internal;

import org.factdesk.cluster.SharedEvent;
import org.factdesk.discussion.NotificationsChanged;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * New or read notifications for the other nodes (ADR 0038): the recipients' user ids; their bells there count
 * again from the database.
 */
@Component
class SharedNotifications implements SharedEvent<NotificationsChanged> {

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Class<NotificationsChanged> type() {
        return NotificationsChanged.class;
    }

    @Override
    public String encode(NotificationsChanged event) {
        return event.recipientIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public Optional<NotificationsChanged> decode(String body) {
        Set<Long> recipients = Arrays.stream(body.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toSet());
        return recipients.isEmpty() ? Optional.empty() : Optional.of(new NotificationsChanged(recipients));
    }
}
