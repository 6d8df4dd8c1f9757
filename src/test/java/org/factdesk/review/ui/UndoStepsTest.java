package org.factdesk.review.ui;

import org.factdesk.review.VerdictChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UndoStepsTest {

    @Test
    void undo_then_redo_then_a_new_change_clears_redo() {
        UndoSteps steps = new UndoSteps();
        assertThat(steps.canUndo()).isFalse();
        steps.done(List.of(new VerdictChange(1, 1), new VerdictChange(2, 1)));
        steps.done(List.of(new VerdictChange(3, 1)));

        assertThat(steps.nextUndo()).contains(List.of(new VerdictChange(3, 1)));
        steps.undone(List.of(new VerdictChange(3, 2)));
        assertThat(steps.nextUndo()).contains(List.of(new VerdictChange(1, 1), new VerdictChange(2, 1)));
        assertThat(steps.nextRedo()).contains(List.of(new VerdictChange(3, 2)));

        steps.redone(List.of(new VerdictChange(3, 3)));
        assertThat(steps.nextUndo()).contains(List.of(new VerdictChange(3, 3)));
        assertThat(steps.canRedo()).isFalse();

        steps.undone(List.of(new VerdictChange(3, 4)));
        steps.done(List.of(new VerdictChange(4, 1)));
        assertThat(steps.canRedo()).isFalse();
    }

    @Test
    void a_refused_step_is_dropped() {
        UndoSteps steps = new UndoSteps();
        steps.done(List.of(new VerdictChange(1, 1)));
        steps.drop(false);
        assertThat(steps.canUndo()).isFalse();
    }
}
