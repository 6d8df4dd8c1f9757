package org.factdesk.discussion.internal;

import java.time.Instant;

/** A comment row as stored (ids, not names): what the service checks its rules on. */
public record CommentRow(long id, long articleId, Long sentenceId, Long parentId, long authorId, String body,
                         Instant createdAt, Instant editedAt, Instant deletedAt, Instant resolvedAt) {

    /** The id of the thread's root: its own for a root, else its parent's. */
    public long rootId() {
        return parentId == null ? id : parentId;
    }
}
