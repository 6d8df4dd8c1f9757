package org.factdesk.assignment;

import java.time.Instant;

/**
 * One accepted workflow transition. {@code assigneeDisplayName} is the assignee after it (null
 * after UNASSIGNED); {@code comment} is the team lead's reason for a return or reopen.
 */
public record Transition(ArticleState from, ArticleState to, TransitionAction action, String assigneeDisplayName,
                         String comment, String byUsername, String byDisplayName, Instant at) {
}
