package org.factdesk.segmentation;

import java.util.List;

/**
 * One non-blank source line: {@code start}/{@code end} cover its content without surrounding white
 * space and without a bullet marker; {@code sentences} lie within that range.
 */
public record TextBlock(BlockKind kind, int start, int end, List<SentenceSpan> sentences) {

    public TextBlock {
        sentences = List.copyOf(sentences);
    }
}
