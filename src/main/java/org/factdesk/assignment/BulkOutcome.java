package org.factdesk.assignment;

import org.factdesk.common.UserMessage;

import java.util.List;

/**
 * What a step on a selection of articles did: the titles it was applied to, and each skipped article
 * with why (by title, e.g. "“Flut in Bayern” is new: only a submitted review can be approved").
 * {@link #message()} says both in one sentence for the user.
 */
public record BulkOutcome(List<String> doneTitles, List<UserMessage> skipped, UserMessage message) {

    public BulkOutcome {
        doneTitles = List.copyOf(doneTitles);
        skipped = List.copyOf(skipped);
    }

    public boolean anyDone() {
        return !doneTitles.isEmpty();
    }
}
