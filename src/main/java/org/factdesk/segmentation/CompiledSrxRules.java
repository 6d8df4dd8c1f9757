package org.factdesk.segmentation;

import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.Rule;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import net.loomchild.segment.util.Util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SRX rules of one language, compiled once and applied with exactly the algorithm of
 * net.loomchild's {@link SrxTextIterator} (segment 2.0.3, text given as a string).
 *
 * <p>Why not the library's iterator: per call it looks up the language's rules by matching every
 * language pattern, builds cache keys by concatenating each rule's regex and creates a matcher per
 * rule; on one-line texts that was a large part of the time. Here the patterns are compiled when
 * the splitter is built and the matchers are reused for every line, which changes nothing about the
 * regexes that decide the split. The one change to a regex is in the exception patterns (the
 * no-break rules before a break rule, joined by '|'): each alternative tests its after-pattern
 * (a short lookahead) before its before-pattern (a lookbehind that Java tries at up to 100 start
 * positions). Both are zero-width assertions at the same position and no rule uses a
 * back-reference, so the order cannot change whether the alternative matches.
 *
 * <p>Two shortcuts that only skip work whose result is known (ADR 1), on lines without surrogate
 * pairs: the alternatives of an exception are tried one by one (the alternation matches iff one of
 * them does), each only where {@link RegexShape} cannot rule its lookahead or lookbehind out; and a
 * break rule whose matches all hold an anchor character near their start ({@code [.!?]} for most) is
 * tried only at the positions before such a character, with the bounds find() would use there.
 *
 * <p>Not thread-safe: the matchers are state. {@link GermanSentenceSplitter} keeps one per thread.
 */
final class CompiledSrxRules {

    /**
     * Break rules that can only match where a literal occurs, by their exact (before, after) patterns
     * as LanguageTool 6.8 and {@link GermanSentenceSplitter#withUnicodeClasses} write them. On a text
     * without that literal the rule's first search fails, so the library drops the rule at once; we skip
     * that search, which on a line of prose costs a scan of the whole line. A rule worded differently
     * (another LanguageTool version) is simply searched for as before.
     */
    private static final Map<String, String> REQUIRED_LITERALS = Map.of(
            key("(?U:\\bArt\\.\\s{1,2})", "(?U:[„“\"»«]?\\p{Lu}\\p{Ll})"), "Art.",
            key("(?U:\\r?\\n)", ""), "\n",
            key("(?U:\\r?\\n[\\u00A0\\s]*[-*]+[\\u00A0\\s])", ""), "\n",
            key("(?U:\\b([Ee]tc)\\.[\\u00A0\\s]{1,2})", "(?U:\\p{Lu})"), "tc.",
            key("(?U:\\p{L}[\\.!?…]\\u00A0+\\s+)", "(?U:\\p{Lu}\\p{Ll})"), "\u00A0",
            key("(?U:\\p{L}[\\.!?…]\\s+\\u00A0+)", "(?U:\\p{Lu}\\p{Ll})"), "\u00A0",
            key("(?U:\\u2029)", ""), "\u2029",
            key("", "(?U:<0\\})"), "<0}",
            key("(?U:\\{0>)", ""), "{0>",
            key("(?U:\\d{2}:\\d{2}:\\d{2},\\d{3}\\r?\\n)", ""), "\n");

    private final Pattern[] before;
    private final Pattern[] after;
    /** Null where the rule may match any text. */
    private final String[] requiredLiteral;
    /** Characters every match of the before-pattern holds near its start, or null (then searched as is). */
    private final RegexShape.Anchor[] anchor;
    /** How many no-break rules precede each break rule: its exceptions are the first that many. */
    private final int[] exceptionCount;
    /** Each no-break rule as RuleManager writes it into the exception pattern, compiled on its own. */
    private final Pattern[] noBreak;
    /** Relaxed readings of each no-break rule's before- and after-pattern; null where not read. */
    private final RegexShape[] noBreakBefore;
    private final RegexShape[] noBreakAfter;

    CompiledSrxRules(SrxDocument document, String languageCode) {
        List<LanguageRule> languageRules = document.getLanguageRuleList(languageCode);
        List<Pattern> befores = new ArrayList<>();
        List<Pattern> afters = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        List<RegexShape.Anchor> anchors = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Pattern> noBreaks = new ArrayList<>();
        List<RegexShape> noBreakBefores = new ArrayList<>();
        List<RegexShape> noBreakAfters = new ArrayList<>();
        // As RuleManager builds them: every break rule gets the no-break rules before it as exceptions.
        for (LanguageRule languageRule : languageRules) {
            for (Rule rule : languageRule.getRuleList()) {
                if (rule.isBreak()) {
                    befores.add(Pattern.compile(rule.getBeforePattern()));
                    afters.add(Pattern.compile(rule.getAfterPattern()));
                    literals.add(REQUIRED_LITERALS.get(key(rule.getBeforePattern(), rule.getAfterPattern())));
                    RegexShape shape = RegexShape.parse(rule.getBeforePattern());
                    anchors.add(shape == null || shape.looksBehindStart() ? null : shape.anchor());
                    counts.add(noBreaks.size());
                } else {
                    noBreaks.add(Pattern.compile(exceptionAlternative(rule)));
                    // The pattern the lookbehind really runs: finitize also rewrites a '*' or '+' in a class.
                    noBreakBefores.add(RegexShape.parse(lookbehindPattern(rule)));
                    noBreakAfters.add(RegexShape.parse(rule.getAfterPattern()));
                }
            }
        }
        before = befores.toArray(Pattern[]::new);
        after = afters.toArray(Pattern[]::new);
        requiredLiteral = literals.toArray(String[]::new);
        anchor = anchors.toArray(RegexShape.Anchor[]::new);
        exceptionCount = counts.stream().mapToInt(Integer::intValue).toArray();
        noBreak = noBreaks.toArray(Pattern[]::new);
        noBreakBefore = noBreakBefores.toArray(RegexShape[]::new);
        noBreakAfter = noBreakAfters.toArray(RegexShape[]::new);
    }

    private static String key(String beforePattern, String afterPattern) {
        return beforePattern + "\u0000" + afterPattern;
    }

    /** How many break rules have a literal they need, for the test that sees the table still applies. */
    int rulesWithRequiredLiteral() {
        return (int) java.util.Arrays.stream(requiredLiteral).filter(java.util.Objects::nonNull).count();
    }

    /**
     * RuleManager's {@code (?:(?<=before)(?=after))} with the two assertions swapped, see the class
     * comment; the before-pattern is shortened for the lookbehind as the library does.
     */
    private static String exceptionAlternative(Rule rule) {
        String beforePattern = lookbehindPattern(rule);
        String afterPattern = rule.getAfterPattern();
        StringBuilder alternative = new StringBuilder("(?:");
        if (!afterPattern.isEmpty()) {
            alternative.append("(?=").append(afterPattern).append(')');
        }
        if (!beforePattern.isEmpty()) {
            alternative.append("(?<=").append(beforePattern).append(')');
        }
        return alternative.append(')').toString();
    }

    /** How many no-break rules the fast path reads (both patterns), for the test that sees it still does. */
    int noBreakRulesRead() {
        int read = 0;
        for (int k = 0; k < noBreak.length; k++) {
            read += noBreakBefore[k] != null && noBreakAfter[k] != null ? 1 : 0;
        }
        return read;
    }

    /** How many break rules are searched only near their anchor characters. */
    int breakRulesAnchored() {
        return (int) java.util.Arrays.stream(anchor).filter(java.util.Objects::nonNull).count();
    }

    /** The before-pattern shortened for a lookbehind as the library does. */
    private static String lookbehindPattern(Rule rule) {
        return Util.finitize(rule.getBeforePattern(), SrxTextIterator.DEFAULT_MAX_LOOKBEHIND_CONSTRUCT_LENGTH);
    }

    int breakRuleCount() {
        return before.length;
    }

    /** Fresh matchers for one thread. */
    Segmenter newSegmenter() {
        return new Segmenter();
    }

    /** Receives the end (exclusive) of every segment, in order; the last one is the text's length. */
    @FunctionalInterface
    interface SegmentEnds {
        void accept(int end);
    }

    final class Segmenter {

        private final Matcher[] beforeMatchers = new Matcher[before.length];
        private final Matcher[] afterMatchers = new Matcher[before.length];
        /** The current before-match of each break rule (from the matcher, or from an anchored attempt). */
        private final int[] beforeStart = new int[before.length];
        private final int[] beforeEnd = new int[before.length];
        /** For anchored search: where Matcher.find() would go on, and the start of its region. */
        private final int[] searchFrom = new int[before.length];
        private final int[] regionStart = new int[before.length];
        private final Matcher[] noBreakMatchers = new Matcher[noBreak.length];
        /** The line each no-break matcher was last reset to (they are reset only when needed). */
        private final int[] noBreakLine = new int[noBreak.length];
        private final RegexShape.Budget budget = new RegexShape.Budget();
        /** The rules still matching ahead, in rule order (the library's list of RuleMatchers). */
        private final int[] active = new int[before.length];
        private int activeCount;
        private CharSequence text;
        private int length;
        private int line;
        /** False on a line with surrogate pairs, where the relaxed readings do not hold: only regexes then. */
        private boolean filtered;

        private Segmenter() {
            for (int i = 0; i < before.length; i++) {
                beforeMatchers[i] = before[i].matcher("");
                afterMatchers[i] = after[i].matcher("");
            }
            for (int k = 0; k < noBreak.length; k++) {
                noBreakMatchers[k] = noBreak[k].matcher("");
                noBreakMatchers[k].useTransparentBounds(true);
                noBreakLine[k] = -1;
            }
        }

        /** Segments {@code text} as {@code new SrxTextIterator(document, languageCode, text)} would. */
        void segment(CharSequence text, SegmentEnds ends) {
            this.text = text;
            this.length = text.length();
            if (length == 0) {
                return;
            }
            line++;
            filtered = !hasSurrogate(text);
            initMatchers();
            int start = 0;
            while (start < length) {
                boolean found = false;
                int end = start;
                while (!found) {
                    int min = minMatcher();
                    if (min < 0) {
                        found = true;
                        end = length;
                    } else {
                        end = breakPosition(min);
                        if (end > start) {
                            found = isBreak(min);
                            if (found) {
                                cutMatchers(end);
                            }
                        }
                    }
                    moveMatchers(end);
                }
                ends.accept(end);
                start = end;
            }
            this.text = null;
        }

        private static boolean hasSurrogate(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private void initMatchers() {
            activeCount = 0;
            String string = text.toString();
            for (int i = 0; i < before.length; i++) {
                if (requiredLiteral[i] != null && !string.contains(requiredLiteral[i])) {
                    continue;
                }
                beforeMatchers[i].reset(text);
                beforeMatchers[i].useTransparentBounds(false);
                beforeMatchers[i].useAnchoringBounds(true);
                afterMatchers[i].reset(text);
                searchFrom[i] = 0;
                regionStart[i] = 0;
                if (find(i)) {
                    active[activeCount++] = i;
                }
            }
        }

        /** RuleMatcher.find(): the next before-match whose after-pattern matches right behind it. */
        private boolean find(int rule) {
            Matcher afterMatcher = afterMatchers[rule];
            while (nextBefore(rule)) {
                afterMatcher.region(beforeEnd[rule], length);
                if (afterMatcher.lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** The before-matcher's next find(), or the same match found by trying only where it can start. */
        private boolean nextBefore(int rule) {
            RegexShape.Anchor anchored = filtered ? anchor[rule] : null;
            if (anchored == null) {
                Matcher matcher = beforeMatchers[rule];
                if (!matcher.find()) {
                    return false;
                }
                beforeStart[rule] = matcher.start();
                beforeEnd[rule] = matcher.end();
                return true;
            }
            // Matcher.find() tries every position from searchFrom on; a match can only start at most
            // maxOffset characters before an anchor character, so only those positions are tried.
            int reach = anchored.maxOffset();
            int from = searchFrom[rule];
            while (from <= length) {
                int anchorAt = from;
                while (anchorAt < length && !anchored.contains(text.charAt(anchorAt))) {
                    anchorAt++;
                }
                if (anchorAt == length) {
                    searchFrom[rule] = length + 1;
                    return false;
                }
                for (int start = Math.max(from, anchorAt - reach); start <= anchorAt; start++) {
                    if (matchesAt(rule, start)) {
                        int end = beforeMatchers[rule].end();
                        beforeStart[rule] = start;
                        beforeEnd[rule] = end;
                        // As Matcher.find(): after an empty match the next search starts one further.
                        searchFrom[rule] = end == start ? end + 1 : end;
                        return true;
                    }
                }
                from = anchorAt + 1;
            }
            return false;
        }

        /**
         * Matcher.find()'s attempt at {@code start} with region [regionStart, length): at the region's
         * start with its opaque, anchoring bounds; after it with transparent bounds, so that \b sees the
         * character before, as find() sees it inside its region. Anchored rules have no lookbehind, ^, \A
         * or \G (RegexShape#looksBehindStart), so nothing else can tell the two apart.
         */
        private boolean matchesAt(int rule, int start) {
            Matcher matcher = beforeMatchers[rule];
            boolean atRegionStart = start == regionStart[rule];
            matcher.useTransparentBounds(!atRegionStart);
            matcher.useAnchoringBounds(atRegionStart);
            matcher.region(start, length);
            return matcher.lookingAt();
        }

        private int breakPosition(int rule) {
            return afterMatchers[rule].start();
        }

        private int minMatcher() {
            int minPosition = Integer.MAX_VALUE;
            int min = -1;
            for (int k = 0; k < activeCount; k++) {
                int position = breakPosition(active[k]);
                if (position < minPosition) {
                    minPosition = position;
                    min = active[k];
                }
            }
            return min;
        }

        /**
         * The library's exception pattern (the no-break rules before this break rule, joined by '|')
         * matches at the break position iff one of its alternatives does; each alternative is tried on
         * its own, and only where its relaxed reading does not already rule it out.
         */
        private boolean isBreak(int rule) {
            int position = breakPosition(rule);
            for (int k = 0; k < exceptionCount[rule]; k++) {
                if (filtered) {
                    if (noBreakAfter[k] != null && !noBreakAfter[k].mayStartAt(text, position, budget)) {
                        continue;
                    }
                    if (noBreakBefore[k] != null && !noBreakBefore[k].mayEndAt(text, position, budget)) {
                        continue;
                    }
                }
                Matcher matcher = noBreakMatchers[k];
                if (noBreakLine[k] != line) {
                    matcher.reset(text);
                    noBreakLine[k] = line;
                }
                matcher.region(position, length);
                if (matcher.lookingAt()) {
                    return false;
                }
            }
            return true;
        }

        private void moveMatchers(int end) {
            int kept = 0;
            for (int k = 0; k < activeCount; k++) {
                int rule = active[k];
                boolean alive = true;
                while (breakPosition(rule) <= end) {
                    if (!find(rule)) {
                        alive = false;
                        break;
                    }
                }
                if (alive) {
                    active[kept++] = rule;
                }
            }
            activeCount = kept;
        }

        private void cutMatchers(int end) {
            int kept = 0;
            for (int k = 0; k < activeCount; k++) {
                int rule = active[k];
                boolean alive = true;
                if (beforeStart[rule] < end) {
                    // RuleMatcher.find(position): the before-matcher's region starts at the cut.
                    beforeMatchers[rule].useTransparentBounds(false);
                    beforeMatchers[rule].useAnchoringBounds(true);
                    beforeMatchers[rule].region(end, length);
                    regionStart[rule] = end;
                    searchFrom[rule] = end;
                    alive = find(rule);
                }
                if (alive) {
                    active[kept++] = rule;
                }
            }
            activeCount = kept;
        }
    }
}
