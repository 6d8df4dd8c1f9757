package org.factdesk.segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A relaxed reading of one SRX rule pattern, used only to rule positions out before the real regex
 * runs. Every answer errs on the safe side: {@link #mayEndAt} and {@link #mayStartAt} say {@code false}
 * only where the pattern cannot match, and {@link #anchor} names characters every match must contain
 * near its start. The split is always decided by the real {@link Pattern}.
 *
 * <p>Why this is safe: the reading keeps every character class exactly as Java sees it (single
 * characters are compared, other classes are asked of Java's own regex with the same {@code (?U)}
 * flag), drops zero-width assertions ({@code \b}, lookarounds, {@code ^ $}: dropping a condition only
 * widens the set of matches), ignores the 100-character cap the library puts on lookbehinds (also
 * wider), and answers "maybe" for anything it does not understand. A pattern with flags other than
 * {@code U}, back-references or quoting is not read at all ({@link #parse} returns null). It counts one
 * {@code char} per class, which holds only on text without surrogate pairs; callers do not use it on
 * other text.
 */
final class RegexShape {

    /** Steps one filter may take before it gives up and answers "maybe" (bounds pathological nesting). */
    private static final int STEP_BUDGET = 2_000;
    private static final int UNBOUNDED = Integer.MAX_VALUE;
    /** A group (not a single class) repeated more often than this is not followed: answered "maybe". */
    private static final int MAX_GROUP_REPEATS = 8;

    private final Node root;
    /** Whether the pattern looks before the position where its match starts (lookbehind, ^, \A, \G). */
    private final boolean looksBehindStart;

    private RegexShape(Node root, boolean looksBehindStart) {
        this.root = root;
        this.looksBehindStart = looksBehindStart;
    }

    /** The shape of {@code pattern}, or null where it uses a construct this reading does not know. */
    static RegexShape parse(String pattern) {
        try {
            Parser parser = new Parser(pattern);
            Node root = parser.alternation();
            if (parser.at < pattern.length()) {
                return null;
            }
            return new RegexShape(root, parser.looksBehindStart);
        } catch (Unsupported e) {
            return null;
        }
    }

    boolean looksBehindStart() {
        return looksBehindStart;
    }

    /**
     * False only if no match of the pattern can end at {@code position} (a lookbehind there fails).
     * {@code budget} is the caller's (one per thread: shapes are shared).
     */
    boolean mayEndAt(CharSequence text, int position, Budget budget) {
        budget.steps = 0;
        try {
            return root.back(budget, text, position, start -> true);
        } catch (Unsupported budgetExceeded) {
            return true;
        }
    }

    /** False only if no match of the pattern can start at {@code position} (a lookahead there fails). */
    boolean mayStartAt(CharSequence text, int position, Budget budget) {
        budget.steps = 0;
        try {
            return root.forward(budget, text, position, end -> true);
        } catch (Unsupported budgetExceeded) {
            return true;
        }
    }

    /** Steps taken by one filter call; state of one thread. */
    static final class Budget {
        private int steps;

        void step() {
            if (++steps > STEP_BUDGET) {
                throw Unsupported.INSTANCE;
            }
        }
    }

    /** Characters of which every match holds one within {@link Anchor#maxOffset} of its start, or null. */
    Anchor anchor() {
        return root.anchor();
    }

    /**
     * {@code chars[c]} for every anchor character c (the array ends after the greatest one); or, where
     * {@code chars} is null, the class every match starts with ({@code maxOffset} 0).
     */
    record Anchor(boolean[] chars, int maxOffset, JavaClass first) {
        Anchor(boolean[] chars, int maxOffset) {
            this(chars, maxOffset, null);
        }

        boolean contains(char c) {
            return chars != null ? c < chars.length && chars[c] : first.is(c);
        }

        static Anchor of(Set<Character> characters, int maxOffset) {
            boolean[] chars = new boolean[characters.stream().mapToInt(c -> c).max().orElse(-1) + 1];
            characters.forEach(c -> chars[c] = true);
            return new Anchor(chars, maxOffset);
        }

        Set<Character> characters() {
            Set<Character> characters = new LinkedHashSet<>();
            for (int c = 0; c < chars.length; c++) {
                if (chars[c]) {
                    characters.add((char) c);
                }
            }
            return characters;
        }
    }

    @FunctionalInterface
    private interface Continuation {
        boolean at(int position);
    }

    private abstract static class Node {
        /** Is there an s with this node matching text[s, position) and {@code then.at(s)}? */
        abstract boolean back(Budget shape, CharSequence text, int position, Continuation then);

        /** Is there an e with this node matching text[position, e) and {@code then.at(e)}? */
        abstract boolean forward(Budget shape, CharSequence text, int position, Continuation then);

        Anchor anchor() {
            return null;
        }

        /** Most characters one match can take; {@link #UNBOUNDED} if not bounded. */
        abstract int maxWidth();

        boolean nullable() {
            return false;
        }

        /** The characters a match can end with, or null if not known or the node can match nothing. */
        Set<Character> lastChars() {
            return null;
        }

        /** The characters a match can start with, or null if not known or the node can match nothing. */
        Set<Character> firstChars() {
            return null;
        }
    }

    /** One character of a class; the explicit set where the class is a plain list of characters. */
    private static final class CharClass extends Node {
        private final Set<Character> explicit;
        /** {@code table[c]} for the explicit characters (the array ends after the greatest one). */
        private final boolean[] table;
        private final JavaClass java;

        CharClass(Set<Character> explicit, String source) {
            this.explicit = explicit;
            this.table = explicit == null ? null : Anchor.of(explicit, 0).chars();
            this.java = explicit == null ? JavaClass.of(source) : null;
        }

        boolean is(char c) {
            return table != null ? c < table.length && table[c] : java.is(c);
        }

        @Override
        boolean back(Budget shape, CharSequence text, int position, Continuation then) {
            shape.step();
            return position > 0 && is(text.charAt(position - 1)) && then.at(position - 1);
        }

        @Override
        boolean forward(Budget shape, CharSequence text, int position, Continuation then) {
            shape.step();
            return position < text.length() && is(text.charAt(position)) && then.at(position + 1);
        }

        @Override
        Anchor anchor() {
            return explicit == null ? null : Anchor.of(explicit, 0);
        }

        @Override
        int maxWidth() {
            return 1;
        }

        @Override
        Set<Character> lastChars() {
            return explicit;
        }

        @Override
        Set<Character> firstChars() {
            return explicit;
        }
    }

    /**
     * A class as java.util.regex reads it with {@code (?U)}: each char is asked of Java once, and the
     * answer kept in pages of 256 chars made when first needed. Shared by all rules (and threads: every
     * write stores a whole answer, and 0, "not asked yet", only makes a thread ask again).
     */
    private static final class JavaClass {
        private static final Map<String, JavaClass> BY_SOURCE = new ConcurrentHashMap<>();

        private final Pattern pattern;
        /** Per page: 0 not asked yet, 1 no, 2 yes. */
        private final byte[][] pages = new byte[256][];

        private JavaClass(String source) {
            pattern = Pattern.compile("(?U:" + source + ")");
        }

        static JavaClass of(String source) {
            return BY_SOURCE.computeIfAbsent(source, JavaClass::new);
        }

        boolean is(char c) {
            byte[] page = pages[c >>> 8];
            if (page == null) {
                page = new byte[256];
                pages[c >>> 8] = page;
            }
            byte answer = page[c & 0xFF];
            if (answer == 0) {
                answer = pattern.matcher(String.valueOf(c)).matches() ? (byte) 2 : (byte) 1;
                page[c & 0xFF] = answer;
            }
            return answer == 2;
        }
    }

    /** A zero-width assertion, read as always true. */
    private static final class ZeroWidth extends Node {
        @Override
        boolean back(Budget shape, CharSequence text, int position, Continuation then) {
            return then.at(position);
        }

        @Override
        boolean forward(Budget shape, CharSequence text, int position, Continuation then) {
            return then.at(position);
        }

        @Override
        int maxWidth() {
            return 0;
        }

        @Override
        boolean nullable() {
            return true;
        }
    }

    private static final class Sequence extends Node {
        private final Node[] items;

        Sequence(List<Node> items) {
            this.items = items.toArray(Node[]::new);
        }

        @Override
        boolean back(Budget shape, CharSequence text, int position, Continuation then) {
            return backFrom(items.length - 1, shape, text, position, then);
        }

        private boolean backFrom(int item, Budget shape, CharSequence text, int position, Continuation then) {
            if (item < 0) {
                return then.at(position);
            }
            return items[item].back(shape, text, position, start -> backFrom(item - 1, shape, text, start, then));
        }

        @Override
        boolean forward(Budget shape, CharSequence text, int position, Continuation then) {
            return forwardFrom(0, shape, text, position, then);
        }

        private boolean forwardFrom(int item, Budget shape, CharSequence text, int position, Continuation then) {
            if (item == items.length) {
                return then.at(position);
            }
            return items[item].forward(shape, text, position, end -> forwardFrom(item + 1, shape, text, end, then));
        }

        @Override
        Anchor anchor() {
            Anchor explicit = explicitAnchor();
            if (explicit != null) {
                return explicit;
            }
            // No listed character to look for: the class of the first character will do.
            for (Node item : items) {
                if (item instanceof ZeroWidth) {
                    continue;
                }
                Node first = item instanceof Repeat repeat && repeat.min >= 1 ? repeat.node : item;
                return first instanceof CharClass characters && characters.java != null
                        ? new Anchor(null, 0, characters.java) : null;
            }
            return null;
        }

        private Anchor explicitAnchor() {
            int offset = 0;
            for (Node item : items) {
                Anchor anchor = item.anchor();
                if (anchor != null && anchor.chars() != null) {
                    return new Anchor(anchor.chars(), offset + anchor.maxOffset());
                }
                int width = item.maxWidth();
                if (width == UNBOUNDED) {
                    return null;
                }
                offset += width;
            }
            return null;
        }

        @Override
        int maxWidth() {
            long sum = 0;
            for (Node item : items) {
                int width = item.maxWidth();
                if (width == UNBOUNDED) {
                    return UNBOUNDED;
                }
                sum += width;
            }
            return sum >= UNBOUNDED ? UNBOUNDED : (int) sum;
        }

        @Override
        boolean nullable() {
            for (Node item : items) {
                if (!item.nullable()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        Set<Character> lastChars() {
            for (int i = items.length - 1; i >= 0; i--) {
                if (items[i] instanceof ZeroWidth) {
                    continue;
                }
                return items[i].nullable() ? null : items[i].lastChars();
            }
            return null;
        }

        @Override
        Set<Character> firstChars() {
            for (Node item : items) {
                if (item instanceof ZeroWidth) {
                    continue;
                }
                return item.nullable() ? null : item.firstChars();
            }
            return null;
        }
    }

    /**
     * Alternatives, indexed by the character they can end (start) with, so that a list of a hundred
     * abbreviations costs one table look-up per position instead of a hundred comparisons.
     */
    private static final class Alternation extends Node {
        private final Node[] alternatives;
        private final Map<Character, Node[]> byLastChar = new HashMap<>();
        private final Node[] unknownLast;
        private final Map<Character, Node[]> byFirstChar = new HashMap<>();
        private final Node[] unknownFirst;
        /** The same look-ups for Latin-1 characters, without boxing. */
        private final Node[][] byLastLatin1 = new Node[256][];
        private final Node[][] byFirstLatin1 = new Node[256][];

        Alternation(List<Node> alternatives) {
            this.alternatives = alternatives.toArray(Node[]::new);
            unknownLast = index(true, byLastChar);
            unknownFirst = index(false, byFirstChar);
            for (char c = 0; c < 256; c++) {
                byLastLatin1[c] = byLastChar.getOrDefault(c, unknownLast);
                byFirstLatin1[c] = byFirstChar.getOrDefault(c, unknownFirst);
            }
        }

        private Node[] endingWith(char c) {
            return c < 256 ? byLastLatin1[c] : byLastChar.getOrDefault(c, unknownLast);
        }

        private Node[] startingWith(char c) {
            return c < 256 ? byFirstLatin1[c] : byFirstChar.getOrDefault(c, unknownFirst);
        }

        private Node[] index(boolean last, Map<Character, Node[]> table) {
            List<Node> unknown = new ArrayList<>();
            Map<Character, List<Node>> lists = new HashMap<>();
            for (Node alternative : alternatives) {
                Set<Character> chars = last ? alternative.lastChars() : alternative.firstChars();
                if (chars == null || alternative.nullable()) {
                    unknown.add(alternative);
                    lists.values().forEach(list -> list.add(alternative));
                } else {
                    for (Character c : chars) {
                        lists.computeIfAbsent(c, k -> new ArrayList<>(unknown)).add(alternative);
                    }
                }
            }
            lists.forEach((c, list) -> table.put(c, list.toArray(Node[]::new)));
            return unknown.toArray(Node[]::new);
        }

        @Override
        boolean back(Budget shape, CharSequence text, int position, Continuation then) {
            Node[] candidates = position > 0 ? endingWith(text.charAt(position - 1)) : alternatives;
            for (Node alternative : candidates) {
                if (alternative.back(shape, text, position, then)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        boolean forward(Budget shape, CharSequence text, int position, Continuation then) {
            Node[] candidates = position < text.length() ? startingWith(text.charAt(position)) : alternatives;
            for (Node alternative : candidates) {
                if (alternative.forward(shape, text, position, then)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        Anchor anchor() {
            Set<Character> chars = new LinkedHashSet<>();
            int maxOffset = 0;
            for (Node alternative : alternatives) {
                Anchor anchor = alternative.anchor();
                if (anchor == null || anchor.chars() == null) {
                    return null;
                }
                chars.addAll(anchor.characters());
                maxOffset = Math.max(maxOffset, anchor.maxOffset());
            }
            return Anchor.of(chars, maxOffset);
        }

        @Override
        int maxWidth() {
            int max = 0;
            for (Node alternative : alternatives) {
                max = Math.max(max, alternative.maxWidth());
            }
            return max;
        }

        @Override
        boolean nullable() {
            for (Node alternative : alternatives) {
                if (alternative.nullable()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        Set<Character> lastChars() {
            return union(true);
        }

        @Override
        Set<Character> firstChars() {
            return union(false);
        }

        private Set<Character> union(boolean last) {
            Set<Character> all = new LinkedHashSet<>();
            for (Node alternative : alternatives) {
                Set<Character> chars = last ? alternative.lastChars() : alternative.firstChars();
                if (chars == null || alternative.nullable()) {
                    return null;
                }
                all.addAll(chars);
            }
            return all;
        }
    }

    private static final class Repeat extends Node {
        private final Node node;
        private final int min;
        private final int max;

        Repeat(Node node, int min, int max) {
            this.node = node;
            this.min = min;
            this.max = max;
        }

        @Override
        boolean back(Budget shape, CharSequence text, int position, Continuation then) {
            if (node instanceof CharClass characters) {
                // Shortest first: only whether some count fits matters, and a trailing .* then costs nothing.
                for (int n = 0; ; n++) {
                    if (n >= min && then.at(position - n)) {
                        return true;
                    }
                    shape.step();
                    if (n == max || position - n == 0 || !characters.is(text.charAt(position - n - 1))) {
                        return false;
                    }
                }
            }
            // A group repeated many times would recurse once per round; "maybe" is always a safe answer.
            return max > MAX_GROUP_REPEATS || backRepeat(0, shape, text, position, then);
        }

        private boolean backRepeat(int done, Budget shape, CharSequence text, int position, Continuation then) {
            if (done >= min && then.at(position)) {
                return true;
            }
            // An iteration must make progress unless it is still needed to reach min (no endless loop).
            return done < max && node.back(shape, text, position,
                    start -> (start < position || done < min) && backRepeat(done + 1, shape, text, start, then));
        }

        @Override
        boolean forward(Budget shape, CharSequence text, int position, Continuation then) {
            if (node instanceof CharClass characters) {
                for (int n = 0; ; n++) {
                    if (n >= min && then.at(position + n)) {
                        return true;
                    }
                    shape.step();
                    if (n == max || position + n == text.length() || !characters.is(text.charAt(position + n))) {
                        return false;
                    }
                }
            }
            return max > MAX_GROUP_REPEATS || forwardRepeat(0, shape, text, position, then);
        }

        private boolean forwardRepeat(int done, Budget shape, CharSequence text, int position, Continuation then) {
            if (done >= min && then.at(position)) {
                return true;
            }
            return done < max && node.forward(shape, text, position,
                    end -> (end > position || done < min) && forwardRepeat(done + 1, shape, text, end, then));
        }

        @Override
        Anchor anchor() {
            return min >= 1 ? node.anchor() : null;
        }

        @Override
        int maxWidth() {
            int width = node.maxWidth();
            if (width == 0) {
                return 0;
            }
            if (width == UNBOUNDED || max == UNBOUNDED) {
                return UNBOUNDED;
            }
            long product = (long) width * max;
            return product >= UNBOUNDED ? UNBOUNDED : (int) product;
        }

        @Override
        boolean nullable() {
            return min == 0 || node.nullable();
        }

        @Override
        Set<Character> lastChars() {
            return nullable() ? null : node.lastChars();
        }

        @Override
        Set<Character> firstChars() {
            return nullable() ? null : node.firstChars();
        }
    }

    /** Thrown for a construct the reading does not know, and when a filter's step budget is spent. */
    private static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over the subset of java.util.regex syntax that SRX rules use. */
    private static final class Parser {
        private final String pattern;
        private int at;
        boolean looksBehindStart;

        Parser(String pattern) {
            this.pattern = pattern;
        }

        Node alternation() {
            List<Node> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (at < pattern.length() && pattern.charAt(at) == '|') {
                at++;
                alternatives.add(sequence());
            }
            return alternatives.size() == 1 ? alternatives.getFirst() : new Alternation(alternatives);
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
                items.add(quantified(atom()));
            }
            return items.size() == 1 ? items.getFirst() : new Sequence(items);
        }

        private Node quantified(Node atom) {
            if (at >= pattern.length()) {
                return atom;
            }
            int min;
            int max;
            char c = pattern.charAt(at);
            if (c == '?') {
                min = 0;
                max = 1;
                at++;
            } else if (c == '*') {
                min = 0;
                max = UNBOUNDED;
                at++;
            } else if (c == '+') {
                min = 1;
                max = UNBOUNDED;
                at++;
            } else if (c == '{') {
                int close = pattern.indexOf('}', at);
                if (close < 0) {
                    throw Unsupported.INSTANCE;
                }
                String[] bounds = pattern.substring(at + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? UNBOUNDED : Integer.parseInt(bounds[1]);
                } catch (NumberFormatException e) {
                    throw Unsupported.INSTANCE;
                }
                if (bounds.length > 2) {
                    throw Unsupported.INSTANCE;
                }
                at = close + 1;
            } else {
                return atom;
            }
            // Lazy and possessive quantifiers match no more strings than the greedy one.
            if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
                at++;
            }
            if (at < pattern.length() && "?*+{".indexOf(pattern.charAt(at)) >= 0) {
                throw Unsupported.INSTANCE;
            }
            return new Repeat(atom, min, max);
        }

        private Node atom() {
            char c = pattern.charAt(at);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape();
                case '.':
                    at++;
                    return new CharClass(null, ".");
                case '^':
                    at++;
                    looksBehindStart = true;
                    return new ZeroWidth();
                case '$':
                    at++;
                    return new ZeroWidth();
                case '*', '+', '?', '{':
                    throw Unsupported.INSTANCE;
                default:
                    at++;
                    return literal(c);
            }
        }

        private Node group() {
            at++;
            boolean zeroWidth = false;
            if (pattern.startsWith("?:", at)) {
                at += 2;
            } else if (pattern.startsWith("?U:", at)) {
                // The flag every rule is compiled with (GermanSentenceSplitter#withUnicodeClasses); classes
                // are asked of Java with it too.
                at += 3;
            } else if (pattern.startsWith("?=", at) || pattern.startsWith("?!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (pattern.startsWith("?<=", at) || pattern.startsWith("?<!", at)) {
                at += 3;
                zeroWidth = true;
                looksBehindStart = true;
            } else if (at < pattern.length() && pattern.charAt(at) == '?') {
                // Other flags (?i), named or atomic groups change what the rest means: not read.
                throw Unsupported.INSTANCE;
            }
            Node inner = alternation();
            if (at >= pattern.length() || pattern.charAt(at) != ')') {
                throw Unsupported.INSTANCE;
            }
            at++;
            return zeroWidth ? new ZeroWidth() : inner;
        }

        private Node characterClass() {
            int start = at;
            at++;
            boolean simple = true;
            Set<Character> chars = new LinkedHashSet<>();
            if (at < pattern.length() && pattern.charAt(at) == '^') {
                simple = false;
                at++;
            }
            int depth = 1;
            boolean first = true;
            while (depth > 0) {
                if (at >= pattern.length()) {
                    throw Unsupported.INSTANCE;
                }
                char c = pattern.charAt(at);
                if (c == '\\') {
                    if (at + 1 >= pattern.length()) {
                        throw Unsupported.INSTANCE;
                    }
                    char escaped = pattern.charAt(at + 1);
                    if (escaped == 'Q') {
                        throw Unsupported.INSTANCE;
                    }
                    if (Character.isLetterOrDigit(escaped)) {
                        if (escaped == 'u' && at + 6 <= pattern.length()) {
                            chars.add((char) Integer.parseInt(pattern.substring(at + 2, at + 6), 16));
                            at += 6;
                        } else {
                            simple = false;
                            at += 2;
                        }
                    } else {
                        chars.add(escaped);
                        at += 2;
                    }
                } else if (c == '[') {
                    simple = false;
                    depth++;
                    at++;
                } else if (c == ']') {
                    if (first) {
                        // "[]" or "[^]": Java's reading of a leading ']' is not worth copying.
                        throw Unsupported.INSTANCE;
                    }
                    depth--;
                    at++;
                } else {
                    if ((c == '-' && !first && at + 1 < pattern.length() && pattern.charAt(at + 1) != ']') || c == '&') {
                        simple = false;
                    }
                    chars.add(c);
                    at++;
                }
                first = false;
            }
            String source = pattern.substring(start, at);
            return new CharClass(simple ? chars : null, source);
        }

        private Node escape() {
            if (at + 1 >= pattern.length()) {
                throw Unsupported.INSTANCE;
            }
            char c = pattern.charAt(at + 1);
            switch (c) {
                case 'b', 'B':
                    at += 2;
                    return new ZeroWidth();
                case 'A', 'G':
                    at += 2;
                    looksBehindStart = true;
                    return new ZeroWidth();
                case 'z', 'Z':
                    at += 2;
                    return new ZeroWidth();
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V': {
                    String source = pattern.substring(at, at + 2);
                    at += 2;
                    return new CharClass(null, source);
                }
                case 'p', 'P': {
                    int end;
                    if (at + 2 < pattern.length() && pattern.charAt(at + 2) == '{') {
                        end = pattern.indexOf('}', at) + 1;
                        if (end == 0) {
                            throw Unsupported.INSTANCE;
                        }
                    } else {
                        end = at + 3;
                    }
                    String source = pattern.substring(at, end);
                    at = end;
                    return new CharClass(null, source);
                }
                case 'u': {
                    if (at + 6 > pattern.length()) {
                        throw Unsupported.INSTANCE;
                    }
                    char literal = (char) Integer.parseInt(pattern.substring(at + 2, at + 6), 16);
                    at += 6;
                    return literal(literal);
                }
                case 't':
                    at += 2;
                    return literal('\t');
                case 'n':
                    at += 2;
                    return literal('\n');
                case 'r':
                    at += 2;
                    return literal('\r');
                case 'f':
                    at += 2;
                    return literal('\f');
                default:
                    if (Character.isLetterOrDigit(c)) {
                        // Back-references, \Q, \x, \R, \X, octal, control characters: not read.
                        throw Unsupported.INSTANCE;
                    }
                    at += 2;
                    return literal(c);
            }
        }

        private static Node literal(char c) {
            if (Character.isSurrogate(c)) {
                throw Unsupported.INSTANCE;
            }
            return new CharClass(Set.of(c), null);
        }
    }
}
