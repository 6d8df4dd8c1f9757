package org.factdesk.assist.internal;

import org.factdesk.assist.internal.FigureFacts.Fact;

import java.util.List;
import java.util.Set;

/**
 * When two figures of sentences in different articles are worth showing side by side as differing:
 * <ul>
 *   <li>the same kind and unit (money in the same currency, percent, the same counted thing, dates);</li>
 *   <li>the same measure (both an investment, both a revenue …);</li>
 *   <li>the same subject: at least two names in common, or both name just one and the same;</li>
 *   <li>not of different years (when both sentences name years, they share one);</li>
 *   <li>the values cannot both be right (their intervals, qualifiers included, do not meet), and no
 *       other figure of the same measure in the one sentence agrees with the other's figure.</li>
 * </ul>
 * Pure.
 */
public final class FigurePairs {

    private FigurePairs() {
    }

    /** The same subject and measure: a's figure and b's are about the same thing. */
    public static boolean comparable(Fact a, Fact b) {
        return a.kind() == b.kind() && a.unit().equals(b.unit()) && a.measure().equals(b.measure())
                && sameSubject(a.entities(), b.entities()) && sameTime(a.years(), b.years());
    }

    /** a and b are comparable and disagree, and neither sentence has another figure agreeing with the other's. */
    public static boolean differ(Fact a, List<Fact> allOfA, Fact b, List<Fact> allOfB) {
        if (!comparable(a, b) || !a.figure().disagreesWith(b.figure())) {
            return false;
        }
        for (Fact otherA : allOfA) {
            if (comparable(otherA, b) && !otherA.figure().disagreesWith(b.figure())) {
                return false;
            }
        }
        for (Fact otherB : allOfB) {
            if (comparable(a, otherB) && !a.figure().disagreesWith(otherB.figure())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameSubject(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared >= 2 || (shared == 1 && a.size() == 1 && b.size() == 1);
    }

    static boolean sameTime(Set<Integer> a, Set<Integer> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /** The reason code of a differing pair: figure-differs-money, -percent, -count, -date. */
    public static String reason(Fact a) {
        return "figure-differs-" + a.kind().code();
    }
}
