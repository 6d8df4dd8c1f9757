package org.factdesk.discussion;

import java.util.Set;

/** Published when these users got new notifications (listen after commit): their bells count again. */
public record NotificationsChanged(Set<Long> recipientIds) {

    public NotificationsChanged {
        recipientIds = Set.copyOf(recipientIds);
    }
}
