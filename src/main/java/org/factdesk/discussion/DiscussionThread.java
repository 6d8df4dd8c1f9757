package org.factdesk.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A thread: its root comment and the replies in the order written; resolved when {@code resolvedAt}
 * is set (by {@code resolvedByDisplayName}). Open = not resolved and not every comment deleted.
 */
public record DiscussionThread(Comment root, List<Comment> replies, Instant resolvedAt,
                               String resolvedByDisplayName) {

    public DiscussionThread {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    /** Comments not deleted, root included. */
    public int visibleComments() {
        return (root.deleted() ? 0 : 1) + (int) replies.stream().filter(c -> !c.deleted()).count();
    }

    public boolean open() {
        return !resolved() && visibleComments() > 0;
    }
}
