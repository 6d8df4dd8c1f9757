package org.factdesk.assignment;

/** The columns the assignment grid sorts by in the database; ties keep the soonest due, then the oldest article. */
public enum AssignmentSort {
    TITLE, STATE, ASSIGNEE, DUE, PRIORITY
}
