package org.factdesk.segmentation;

import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.Rule;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import net.loomchild.segment.util.Util;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RegexShape} may only rule out what the real regex rules out. Checked for every rule of the
 * loaded SRX document at every position of generated German text, against java.util.regex itself.
 */
class RegexShapeTest {

    private static final SrxDocument DOCUMENT = GermanSentenceSplitter.loadRules();
    private static final RegexShape.Budget BUDGET = new RegexShape.Budget();

    @Test
    void a_lookbehind_or_lookahead_that_matches_is_never_ruled_out() {
        List<String> lines = lines(1_000);
        int checkedMatches = 0;
        for (Rule rule : rules()) {
            String before = Util.finitize(rule.getBeforePattern(), SrxTextIterator.DEFAULT_MAX_LOOKBEHIND_CONSTRUCT_LENGTH);
            // As the segmenter reads it: the pattern the lookbehind runs (finitize also rewrites "[-*]").
            RegexShape beforeShape = RegexShape.parse(before);
            RegexShape afterShape = RegexShape.parse(rule.getAfterPattern());
            Matcher lookbehind = before.isEmpty() ? null : Pattern.compile("(?<=" + before + ")").matcher("");
            Matcher lookahead = rule.getAfterPattern().isEmpty() ? null : Pattern.compile("(?=" + rule.getAfterPattern() + ")").matcher("");
            for (String line : lines) {
                if (hasSurrogate(line)) {
                    continue;
                }
                for (int position = 0; position <= line.length(); position++) {
                    if (beforeShape != null && lookbehind != null && matchesAt(lookbehind, line, position)) {
                        checkedMatches++;
                        assertThat(beforeShape.mayEndAt(line, position, BUDGET))
                                .as("%s ends at %d of %s", rule.getBeforePattern(), position, line).isTrue();
                    }
                    if (afterShape != null && lookahead != null && matchesAt(lookahead, line, position)) {
                        checkedMatches++;
                        assertThat(afterShape.mayStartAt(line, position, BUDGET))
                                .as("%s starts at %d of %s", rule.getAfterPattern(), position, line).isTrue();
                    }
                }
            }
        }
        // The generated text must reach the rules, or the loop above proves nothing.
        assertThat(checkedMatches).isGreaterThan(30_000);
    }

    @Test
    void every_match_of_an_anchored_break_rule_holds_an_anchor_character_near_its_start() {
        List<String> lines = lines(3_000);
        int anchored = 0;
        int checkedMatches = 0;
        for (Rule rule : rules()) {
            RegexShape shape = RegexShape.parse(rule.getBeforePattern());
            if (!rule.isBreak() || shape == null || shape.looksBehindStart() || shape.anchor() == null) {
                continue;
            }
            anchored++;
            RegexShape.Anchor anchor = shape.anchor();
            Matcher matcher = Pattern.compile(rule.getBeforePattern()).matcher("");
            for (String line : lines) {
                if (hasSurrogate(line)) {
                    continue;
                }
                matcher.reset(line);
                // Both ways the segmenter tries a start: at a region's start, and inside it.
                for (int start = 0; start < 2 * line.length(); start++) {
                    boolean inside = start % 2 == 1;
                    matcher.useTransparentBounds(inside);
                    matcher.useAnchoringBounds(!inside);
                    matcher.region(start / 2, line.length());
                    if (matcher.lookingAt()) {
                        checkedMatches++;
                        boolean held = false;
                        for (int i = start / 2; i <= Math.min(matcher.end() - 1, start / 2 + anchor.maxOffset()); i++) {
                            held |= anchor.contains(line.charAt(i));
                        }
                        assertThat(held).as("%s at %d of %s", rule.getBeforePattern(), start / 2, line).isTrue();
                    }
                }
            }
        }
        assertThat(anchored).isGreaterThanOrEqualTo(10);
        assertThat(checkedMatches).isGreaterThan(10_000);
    }

    @Test
    void reads_the_constructs_of_the_rules_and_refuses_what_would_change_their_meaning() {
        RegexShape abbreviations = RegexShape.parse("(?U:\\b(Tab|Abb|[Ee]tc|Ab[hkst]|\\d+-tlg|[A-ZÖÄÜ][a-zöäüß]+nr)\\.\\s{1,2})");
        assertThat(abbreviations).isNotNull();
        assertThat(abbreviations.mayEndAt("siehe Abb. 3", 11, BUDGET)).isTrue();
        assertThat(abbreviations.mayEndAt("Die Abh. ", 9, BUDGET)).isTrue();
        assertThat(abbreviations.mayEndAt("ein 10-tlg. Set", 12, BUDGET)).isTrue();
        assertThat(abbreviations.mayEndAt("Kundennr. 5", 10, BUDGET)).isTrue();
        assertThat(abbreviations.mayEndAt("Das Haus. Der", 10, BUDGET)).isFalse();
        assertThat(abbreviations.mayEndAt("Das Abb.", 8, BUDGET)).isFalse();

        RegexShape ordinal = RegexShape.parse("(?U:\\b\\d+\\.\\s{1,2})");
        assertThat(ordinal.mayEndAt("am 3. Mai", 6, BUDGET)).isTrue();
        assertThat(ordinal.mayEndAt("am Ende. Mai", 9, BUDGET)).isFalse();
        RegexShape lowerCase = RegexShape.parse("(?U:\\p{Ll}(?!\\p{L}*\\p{Lu}))");
        assertThat(lowerCase.mayStartAt("Er. ärgert", 4, BUDGET)).isTrue();
        assertThat(lowerCase.mayStartAt("Er. Ärger", 4, BUDGET)).isFalse();
        RegexShape nbsp = RegexShape.parse("(?U:[^-\\p{L}'’/°]\\p{L}[\\.!?…]['|\"|“|«|\\)|\\]|\\}]?[\\u00A0\\s])");
        assertThat(nbsp.mayEndAt("x a.\u00A0B", 5, BUDGET)).isTrue();
        assertThat(nbsp.mayEndAt("xa.\u00A0B", 4, BUDGET)).isFalse();

        // A long run of a repeated group is not followed (no deep recursion), only answered "maybe".
        RegexShape groups = RegexShape.parse("(ab)+c");
        assertThat(groups.mayEndAt("ab".repeat(50_000) + "c", 100_001, BUDGET)).isTrue();
        assertThat(groups.mayEndAt("x".repeat(50_000), 50_000, BUDGET)).isFalse();
        assertThat(RegexShape.parse("(?:ab){2}c").mayEndAt("xabc", 4, BUDGET)).isFalse();
        assertThat(RegexShape.parse("(?:ab){2}c").mayEndAt("ababc", 5, BUDGET)).isTrue();

        // Flags other than U, back-references and quoting change what follows: such rules are not read.
        assertThat(RegexShape.parse("(?U:(?iu)FRITZ!)")).isNull();
        assertThat(RegexShape.parse("(a)\\1")).isNull();
        assertThat(RegexShape.parse("\\Q.\\E")).isNull();
        assertThat(RegexShape.parse("(?<name>a)")).isNull();
        assertThat(RegexShape.parse("a)")).isNull();
        // Lookbehinds and ^ are noted: a search may then not skip ahead.
        assertThat(RegexShape.parse("(?<=a)b").looksBehindStart()).isTrue();
        assertThat(RegexShape.parse("(^|\\s)\\.").looksBehindStart()).isTrue();
        assertThat(RegexShape.parse("\\bArt\\.").looksBehindStart()).isFalse();
    }

    private static boolean matchesAt(Matcher matcher, String line, int position) {
        matcher.reset(line);
        matcher.useTransparentBounds(true);
        matcher.region(position, line.length());
        return matcher.lookingAt();
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (LanguageRule languageRule : DOCUMENT.getLanguageRuleList(GermanSentenceSplitter.LANGUAGE_CODE)) {
            rules.addAll(languageRule.getRuleList());
        }
        return rules;
    }

    private static List<String> lines(int count) {
        GermanTextGenerator generator = new GermanTextGenerator(12);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(generator.line());
        }
        return lines;
    }

    private static boolean hasSurrogate(String line) {
        return line.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }
}
