package org.factdesk.report;

/** How far a batch export is: {@code done} of {@code total} steps (one per article's PDF, one per combined file). */
public record BatchProgress(int done, int total) {

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
