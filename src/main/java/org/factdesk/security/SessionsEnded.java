package org.factdesk.security;

/**
 * The user's sessions end (deactivated, role changed, password reset), on every node (ADR 0038): each node ends
 * the sessions it holds, after the change committed.
 */
public record SessionsEnded(String username) {
}
