package org.factdesk.segmentation;

/**
 * One sentence of a source text: {@code text} equals {@code source.substring(start, end)} (end
 * exclusive), has no surrounding white space and never contains a bullet marker.
 */
public record SentenceSpan(int start, int end, String text) {
}
