package org.factdesk.review.ui;

import org.factdesk.review.VerdictChange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The reader's undo and redo stacks (ADR 0027), per open reader, of the user's own stored changes: each
 * step is the sentences one change touched (a range as one step) with the versions it produced, which is
 * what {@code ReviewService.undo}/{@code redo} expect. A new change of one's own clears redo.
 */
final class UndoSteps {

    /** Enough for a working session; the oldest steps fall off. */
    static final int LIMIT = 100;

    private final Deque<List<VerdictChange>> undo = new ArrayDeque<>();
    private final Deque<List<VerdictChange>> redo = new ArrayDeque<>();

    /** The user stored a change (mark, save, accepted suggestion, restore): it can be undone next. */
    void done(List<VerdictChange> produced) {
        if (produced.isEmpty()) {
            return;
        }
        push(undo, produced);
        redo.clear();
    }

    Optional<List<VerdictChange>> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<List<VerdictChange>> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The next undo step was undone, producing these versions: they can be redone. */
    void undone(List<VerdictChange> produced) {
        undo.pop();
        push(redo, produced);
    }

    /** The next redo step was redone, producing these versions: they can be undone again. */
    void redone(List<VerdictChange> produced) {
        redo.pop();
        push(undo, produced);
    }

    /** The next undo (or redo) step was refused (someone changed a sentence since): it is gone. */
    void drop(boolean fromRedo) {
        (fromRedo ? redo : undo).poll();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    private static void push(Deque<List<VerdictChange>> stack, List<VerdictChange> step) {
        stack.push(List.copyOf(step));
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }
}
