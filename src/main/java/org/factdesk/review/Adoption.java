package org.factdesk.review;

import org.factdesk.article.SentenceRef;

/**
 * Where a sentence's current verdict was adopted from (ADR 0020): the source sentence, the source
 * verdict's version at copy time and now. {@code source} is the source sentence with its article, or null
 * when it cannot be read any more; {@link #sourceChanged} when the source's review moved on since.
 */
public record Adoption(long targetSentenceId, long sourceSentenceId, SentenceRef source, int adoptedVersion,
                       int sourceVersion, Verdict sourceVerdict) {

    public boolean sourceChanged() {
        return sourceVersion != adoptedVersion;
    }
}
