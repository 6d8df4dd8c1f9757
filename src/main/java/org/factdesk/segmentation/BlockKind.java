package org.factdesk.segmentation;

/** What a non-blank source line is, judged from its text alone. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    BULLET
}
