package org.factdesk.report;

/** What a batch export wrote: how many articles, and how many sentences the combined CSV lists. */
public record BatchResult(int articles, long csvRows) {
}
