package org.factdesk.discussion;

/**
 * What the reader marks on a sentence: how many comments (not deleted) its threads have, and whether
 * one of them is open (not resolved).
 */
public record SentenceDiscussion(long sentenceId, int comments, boolean open) {
}
