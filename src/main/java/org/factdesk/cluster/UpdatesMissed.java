package org.factdesk.cluster;

/**
 * Published on a node after its connection for the other nodes' changes was lost and is back: what they
 * changed meanwhile was not announced here, so open views load their state again (ADR 0038).
 */
public record UpdatesMissed() {
}
