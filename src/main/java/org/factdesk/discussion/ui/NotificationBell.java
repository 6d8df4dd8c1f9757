package org.factdesk.discussion.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.common.ui.HeaderItem;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.security.CurrentUser;

/** Puts the notification bell into the layout's header ({@link HeaderItem}, ADR 0028). */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final DiscussionService discussion;
    private final DiscussionBroadcaster broadcaster;
    private final CurrentUser currentUser;

    NotificationBell(DiscussionService discussion, DiscussionBroadcaster broadcaster, CurrentUser currentUser) {
        this.discussion = discussion;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        return new BellButton(discussion, broadcaster, currentUser.require().userId());
    }
}
