package org.factdesk.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words changed inside a sentence (ADR 0029), for the differences view and the report: both texts cut
 * into tokens — numbers with their separators ({@code 27,5}), words (hyphens and apostrophes inside them),
 * runs of white space, single other characters — and compared with a Myers diff (java-diff-utils). Each side
 * comes back as segments, unchanged or changed, that together are exactly that side's text. Pure.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|\\s+|.",
            Pattern.DOTALL);

    private WordDiff() {
    }

    /** A piece of one side's text: {@code changed} when the other side does not have it there. */
    public record Segment(String text, boolean changed) {
    }

    /** The two sides: {@code before} the old text's segments, {@code after} the new text's. */
    public record Result(List<Segment> before, List<Segment> after) {

        public Result {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** The changed pieces of the new text (what a reader sees highlighted), e.g. {@code [32]}. */
        public List<String> inserted() {
            return after.stream().filter(Segment::changed).map(Segment::text).toList();
        }

        /** The changed pieces of the old text, e.g. {@code [27]}. */
        public List<String> deleted() {
            return before.stream().filter(Segment::changed).map(Segment::text).toList();
        }
    }

    /** The word-level differences of two texts (null counts as empty). */
    public static Result diff(String before, String after) {
        List<String> old = tokens(before == null ? "" : before);
        List<String> fresh = tokens(after == null ? "" : after);
        boolean[] oldChanged = new boolean[old.size()];
        boolean[] newChanged = new boolean[fresh.size()];
        if (!old.equals(fresh)) {
            Patch<String> patch = DiffUtils.diff(old, fresh);
            for (AbstractDelta<String> delta : patch.getDeltas()) {
                mark(oldChanged, delta.getSource().getPosition(), delta.getSource().size());
                mark(newChanged, delta.getTarget().getPosition(), delta.getTarget().size());
            }
        }
        return new Result(segments(old, oldChanged), segments(fresh, newChanged));
    }

    /** One side unchanged as a whole (a sentence only one version has, or the same in both). */
    public static List<Segment> whole(String text, boolean changed) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, changed));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void mark(boolean[] changed, int from, int size) {
        for (int i = from; i < from + size; i++) {
            changed[i] = true;
        }
    }

    /**
     * Joins runs of tokens with the same flag; white space between two changed words is part of the change,
     * white space at a change's edge is not (the highlight covers words, not the gaps around them).
     */
    private static List<Segment> segments(List<String> tokens, boolean[] changed) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isBlank()) { // runs of white space are one token: the neighbours are words
                changed[i] = i > 0 && changed[i - 1] && i + 1 < tokens.size() && changed[i + 1];
            }
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runChanged = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!run.isEmpty() && changed[i] != runChanged) {
                segments.add(new Segment(run.toString(), runChanged));
                run.setLength(0);
            }
            runChanged = changed[i];
            run.append(tokens.get(i));
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), runChanged));
        }
        return segments;
    }
}
