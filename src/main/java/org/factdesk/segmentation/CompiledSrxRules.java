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
    /** Null where no no-break rule precedes the break rule. */
    private final Pattern[] exception;

    CompiledSrxRules(SrxDocument document, String languageCode) {
        List<LanguageRule> languageRules = document.getLanguageRuleList(languageCode);
        List<Pattern> befores = new ArrayList<>();
        List<Pattern> afters = new ArrayList<>();
        List<Pattern> exceptions = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        // As RuleManager builds them: every break rule gets the no-break rules before it as exceptions.
        StringBuilder exceptionBuilder = new StringBuilder();
        for (LanguageRule languageRule : languageRules) {
            for (Rule rule : languageRule.getRuleList()) {
                if (rule.isBreak()) {
                    befores.add(Pattern.compile(rule.getBeforePattern()));
                    afters.add(Pattern.compile(rule.getAfterPattern()));
                    literals.add(REQUIRED_LITERALS.get(key(rule.getBeforePattern(), rule.getAfterPattern())));
                    exceptions.add(exceptionBuilder.isEmpty() ? null : Pattern.compile(exceptionBuilder.toString()));
                } else {
                    if (!exceptionBuilder.isEmpty()) {
                        exceptionBuilder.append('|');
                    }
                    exceptionBuilder.append(exceptionAlternative(rule));
                }
            }
        }
        before = befores.toArray(Pattern[]::new);
        after = afters.toArray(Pattern[]::new);
        exception = exceptions.toArray(Pattern[]::new);
        requiredLiteral = literals.toArray(String[]::new);
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
        String beforePattern = Util.finitize(rule.getBeforePattern(), SrxTextIterator.DEFAULT_MAX_LOOKBEHIND_CONSTRUCT_LENGTH);
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
        private final Matcher[] exceptionMatchers = new Matcher[before.length];
        /** The rules still matching ahead, in rule order (the library's list of RuleMatchers). */
        private final int[] active = new int[before.length];
        private int activeCount;
        private CharSequence text;
        private int length;

        private Segmenter() {
            for (int i = 0; i < before.length; i++) {
                beforeMatchers[i] = before[i].matcher("");
                afterMatchers[i] = after[i].matcher("");
                if (exception[i] != null) {
                    exceptionMatchers[i] = exception[i].matcher("");
                    exceptionMatchers[i].useTransparentBounds(true);
                }
            }
        }

        /** Segments {@code text} as {@code new SrxTextIterator(document, languageCode, text)} would. */
        void segment(CharSequence text, SegmentEnds ends) {
            this.text = text;
            this.length = text.length();
            if (length == 0) {
                return;
            }
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

        private void initMatchers() {
            activeCount = 0;
            String string = text.toString();
            for (int i = 0; i < before.length; i++) {
                if (requiredLiteral[i] != null && !string.contains(requiredLiteral[i])) {
                    continue;
                }
                beforeMatchers[i].reset(text);
                afterMatchers[i].reset(text);
                if (find(i)) {
                    active[activeCount++] = i;
                }
            }
        }

        /** RuleMatcher.find(): the next before-match whose after-pattern matches right behind it. */
        private boolean find(int rule) {
            Matcher beforeMatcher = beforeMatchers[rule];
            Matcher afterMatcher = afterMatchers[rule];
            while (beforeMatcher.find()) {
                afterMatcher.region(beforeMatcher.end(), length);
                if (afterMatcher.lookingAt()) {
                    return true;
                }
            }
            return false;
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

        private boolean isBreak(int rule) {
            Matcher matcher = exceptionMatchers[rule];
            if (matcher == null) {
                return true;
            }
            matcher.reset(text);
            matcher.region(breakPosition(rule), length);
            return !matcher.lookingAt();
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
                if (beforeMatchers[rule].start() < end) {
                    beforeMatchers[rule].region(end, length);
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
