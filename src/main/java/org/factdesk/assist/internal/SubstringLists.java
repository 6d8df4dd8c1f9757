package org.factdesk.assist.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Which of several lists of substrings occur in a text, found in one pass over it (an Aho-Corasick automaton):
 * {@code found(text)} has the bit of a list set exactly when {@code text.contains(s)} holds for one of its
 * substrings {@code s}. The promotional cues check some 25 word lists per sentence; searching each word
 * separately was a tenth of the detector's time.
 */
final class SubstringLists<L extends Enum<L>> {

    private static final int DENSE = 256;

    /** Per state: its transitions (sorted characters and their target states), failure link and lists found. */
    private char[][] keys = {new char[0]};
    private int[][] targets = {new int[0]};
    private int[] failure;
    private long[] found;
    /** The root's transitions for characters below {@link #DENSE}, the most frequent case, without a search. */
    private final int[] rootDense = new int[DENSE];
    private final List<Long> ends = new ArrayList<>(List.of(0L));
    private boolean built;

    SubstringLists<L> add(L list, String... substrings) {
        if (built) {
            throw new IllegalStateException("already built");
        }
        for (String substring : substrings) {
            if (substring.isEmpty()) {
                throw new IllegalArgumentException("an empty substring is in every text: " + list);
            }
            int state = 0;
            for (int i = 0; i < substring.length(); i++) {
                int next = transition(state, substring.charAt(i));
                if (next < 0) {
                    next = newState(state, substring.charAt(i));
                }
                state = next;
            }
            ends.set(state, ends.get(state) | bit(list));
        }
        return this;
    }

    /** Links each state to the longest proper suffix of its string that is also a state; call once, after add. */
    SubstringLists<L> build() {
        int states = keys.length;
        failure = new int[states];
        found = new long[states];
        for (int s = 0; s < states; s++) {
            found[s] = ends.get(s);
        }
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            found[state] |= found[failure[state]];
            for (int k = 0; k < keys[state].length; k++) {
                char c = keys[state][k];
                int child = targets[state][k];
                int fall = failure[state];
                while (fall != 0 && transition(fall, c) < 0) {
                    fall = failure[fall];
                }
                int link = transition(fall, c);
                failure[child] = link >= 0 && link != child ? link : 0;
                queue.add(child);
            }
        }
        for (int c = 0; c < DENSE; c++) {
            rootDense[c] = Math.max(transition(0, (char) c), 0);
        }
        built = true;
        return this;
    }

    /** The lists one of whose substrings the text contains; test them with {@link #in}. */
    long found(String text) {
        if (!built) {
            throw new IllegalStateException("not built");
        }
        long lists = 0;
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next;
            while ((next = step(state, c)) < 0) {
                state = failure[state];
            }
            state = next;
            lists |= found[state];
        }
        return lists;
    }

    static <L extends Enum<L>> boolean in(long lists, L list) {
        return (lists & bit(list)) != 0;
    }

    /** The next state, or -1 to follow the failure link; the root never fails. */
    private int step(int state, char c) {
        if (state == 0) {
            return c < DENSE ? rootDense[c] : Math.max(transition(0, c), 0);
        }
        return transition(state, c);
    }

    private int transition(int state, char c) {
        int k = Arrays.binarySearch(keys[state], c);
        return k >= 0 ? targets[state][k] : -1;
    }

    private int newState(int from, char c) {
        int state = keys.length;
        keys = Arrays.copyOf(keys, state + 1);
        targets = Arrays.copyOf(targets, state + 1);
        keys[state] = new char[0];
        targets[state] = new int[0];
        ends.add(0L);
        int at = -Arrays.binarySearch(keys[from], c) - 1;
        char[] k = new char[keys[from].length + 1];
        int[] t = new int[k.length];
        System.arraycopy(keys[from], 0, k, 0, at);
        System.arraycopy(targets[from], 0, t, 0, at);
        k[at] = c;
        t[at] = state;
        System.arraycopy(keys[from], at, k, at + 1, keys[from].length - at);
        System.arraycopy(targets[from], at, t, at + 1, targets[from].length - at);
        keys[from] = k;
        targets[from] = t;
        return state;
    }

    private static long bit(Enum<?> list) {
        if (list.ordinal() >= Long.SIZE) {
            throw new IllegalArgumentException("at most 64 lists: " + list);
        }
        return 1L << list.ordinal();
    }
}
