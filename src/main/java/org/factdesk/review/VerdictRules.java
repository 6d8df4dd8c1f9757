package org.factdesk.review;

import org.factdesk.common.TextLimits;
import org.factdesk.common.UserMessage;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review rules, kept free of Spring and the database: what a verdict needs, and what a note
 * and evidence may look like. Every refusal is a {@link VerdictRejectedException} whose message
 * names the sentence ordinals and what is missing.
 */
final class VerdictRules {

    static final int MAX_URL_LENGTH = 2000;
    /** How much of a refused URL a message quotes: enough to recognise it. */
    private static final int QUOTED_URL_LENGTH = 80;

    /** The state a sentence would have after a change. */
    record Outcome(int ordinal, Verdict verdict, String note, int evidenceCount) {
    }

    private VerdictRules() {
    }

    /**
     * Refuses the whole change if any outcome lacks the support its verdict {@link Verdict#needs()},
     * naming every offending sentence; the strictest need is said first.
     */
    static void check(List<Outcome> outcomes) {
        Map<Verdict, List<Integer>> unsupported =
                new TreeMap<>(Comparator.comparing(Verdict::needs).thenComparing(Comparator.naturalOrder()));
        for (Outcome outcome : outcomes) {
            boolean hasNote = outcome.note() != null && !outcome.note().isBlank();
            if (outcome.verdict() != null && !outcome.verdict().needs().isMetBy(hasNote, outcome.evidenceCount())) {
                unsupported.computeIfAbsent(outcome.verdict(), verdict -> new ArrayList<>()).add(outcome.ordinal());
            }
        }
        UserMessage message = null;
        List<Integer> offending = new ArrayList<>();
        for (Map.Entry<Verdict, List<Integer>> entry : unsupported.entrySet()) {
            // The texts say what the verdict needs, e.g. review.error.unsupported.disputed.
            UserMessage refusal = UserMessage.of("review.error.unsupported." + entry.getKey().key(),
                    sentences(entry.getValue()));
            message = message == null ? refusal : UserMessage.of("common.twoSentences", message, refusal);
            offending.addAll(entry.getValue());
        }
        if (message != null) {
            throw new VerdictRejectedException(message, offending);
        }
    }

    /** The note as stored: stripped, null when blank. */
    static String note(int ordinal, String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > TextLimits.MAX_NOTE_LENGTH) {
            throw new VerdictRejectedException(UserMessage.of("review.error.noteTooLong", ordinal, stripped.length(),
                    TextLimits.MAX_NOTE_LENGTH), List.of(ordinal));
        }
        return stripped;
    }

    /** The evidence as stored: URLs checked, blank quotes dropped, a missing access date set to today. */
    static List<EvidenceItem> evidence(int ordinal, List<EvidenceItem> items, LocalDate today) {
        List<EvidenceItem> checked = new ArrayList<>(items.size());
        for (EvidenceItem item : items) {
            UserMessage source = UserMessage.of("review.error.evidence", checked.size() + 1, ordinal);
            if (item == null || item.url() == null || item.url().isBlank()) {
                throw new VerdictRejectedException(UserMessage.of("review.error.noUrl", source), List.of(ordinal));
            }
            String url = item.url().strip();
            if (url.length() > MAX_URL_LENGTH) {
                throw new VerdictRejectedException(UserMessage.of("review.error.urlTooLong", source, MAX_URL_LENGTH),
                        List.of(ordinal));
            }
            if (!isWebAddress(url)) {
                throw new VerdictRejectedException(UserMessage.of("review.error.notWebAddress", source, abbreviate(url)),
                        List.of(ordinal));
            }
            String quote = item.quote() == null || item.quote().isBlank() ? null : item.quote().strip();
            if (quote != null && quote.length() > TextLimits.MAX_NOTE_LENGTH) {
                throw new VerdictRejectedException(UserMessage.of("review.error.quoteTooLong", source, quote.length(),
                        TextLimits.MAX_NOTE_LENGTH), List.of(ordinal));
            }
            checked.add(new EvidenceItem(url, quote, item.accessedOn() == null ? today : item.accessedOn()));
        }
        return checked;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** "Sentence 3", "Sentences 3 and 5", "Sentences 3, 5 and 7". */
    static UserMessage sentences(List<Integer> ordinals) {
        List<Integer> sorted = ordinals.stream().sorted().toList();
        if (sorted.size() == 1) {
            return UserMessage.of("review.sentence", sorted.getFirst());
        }
        List<String> names = sorted.stream().map(String::valueOf).toList();
        return UserMessage.of("review.sentences", String.join(", ", names.subList(0, names.size() - 1)), sorted.getLast());
    }

    private static String abbreviate(String url) {
        return url.length() <= QUOTED_URL_LENGTH ? url : url.substring(0, QUOTED_URL_LENGTH) + "…";
    }
}
