package org.factdesk.discussion;

/** Why someone is told about a comment: mentioned in it, or the article's assignee or lead. */
public enum NotificationKind {
    MENTION, ASSIGNEE, LEAD
}
