package org.factdesk.assignment;

/** How urgent a review is; declared from lowest to highest. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
