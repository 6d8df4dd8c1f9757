package org.factdesk.cluster;

import java.util.Optional;

/**
 * An event that the browsers on the other nodes must see too (ADR 0038). The feature that owns the event type
 * implements this as a Spring bean: {@link #encode} keeps only what says which rows changed (ids), and
 * {@link #decode}, on the receiving node, reloads the rest from the shared database and rebuilds the event,
 * which that node then publishes as its own, so its broadcasters push it the way they push a local one.
 * <p>
 * Only for events whose listeners show something and write nothing: a listener that writes would write
 * twice, once on each node (that is why {@code ArticleImported} is not shared).
 */
public interface SharedEvent<E> {

    /** Longest {@link #encode} result (ASCII) that fits a PostgreSQL NOTIFY payload with its envelope. */
    int MAX_BODY = 7_000;

    /** A short, stable name of the event in payloads, unique among the shared events (letters and dashes). */
    String name();

    Class<E> type();

    /** The ids (and what else picks the rows) of the change, ASCII, at most {@link #MAX_BODY} characters. */
    String encode(E event);

    /** The event rebuilt from the database as it is now; empty when there is nothing left to show. */
    Optional<E> decode(String body);
}
