package org.factdesk.review;

import java.time.Instant;
import java.util.Map;

/**
 * The read model the review feature publishes for team figures (the dashboard): aggregates over its
 * own tables, so that no other feature reads them. Callers are services that have checked the
 * caller's role already.
 */
public interface ReviewStatistics {

    /** By user id: how many distinct sentences each user changed since {@code since} (users without changes left out). */
    Map<Long, Long> sentencesChangedSince(Instant since);

    /**
     * Sentences per verdict over the current version of all articles (cleared verdicts and superseded versions
     * not counted), every verdict present.
     */
    Map<Verdict, Long> verdictCounts();

    /**
     * Per day (in {@code zone}) since {@code since}: how many distinct sentences got a verdict (set or
     * changed to one, not cleared) that day. Days without any are missing.
     */
    Map<java.time.LocalDate, Long> sentencesReviewedPerDay(Instant since, java.time.ZoneId zone);
}
