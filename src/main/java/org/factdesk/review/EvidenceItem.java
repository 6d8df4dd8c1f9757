package org.factdesk.review;

import java.time.LocalDate;

/**
 * A source behind a verdict: an http(s) URL, optionally the quoted passage, and the day it was
 * read. When saving, a null {@code accessedOn} means today.
 */
public record EvidenceItem(String url, String quote, LocalDate accessedOn) {
}
