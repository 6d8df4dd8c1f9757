package org.factdesk.report;

/** What a batch export wrote: how many articles, and how many of their sentences the combined files cover (the CSV's rows). */
public record BatchResult(int articles, long sentences) {
}
