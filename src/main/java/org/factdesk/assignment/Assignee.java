package org.factdesk.assignment;

/** The editor an article is assigned to. */
public record Assignee(long userId, String username, String displayName) {
}
