package org.factdesk.discussion;

/** A colleague who can be mentioned with {@code @username}. */
public record MentionCandidate(String username, String displayName) {
}
