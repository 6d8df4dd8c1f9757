package org.factdesk.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review rules, kept free of Spring and the database: what a verdict needs, and what a note
 * and evidence may look like. Every refusal is a {@link VerdictRejectedException} whose message
 * names the sentence ordinals and what is missing.
 */
final class VerdictRules {

    static final int MAX_NOTE_LENGTH = 4000;
    static final int MAX_QUOTE_LENGTH = 4000;
    static final int MAX_URL_LENGTH = 2000;
    /** How much of a refused URL a message quotes: enough to recognise it. */
    private static final int QUOTED_URL_LENGTH = 80;

    /** The state a sentence would have after a change. */
    record Outcome(int ordinal, Verdict verdict, String note, int evidenceCount) {
    }

    private VerdictRules() {
    }

    /** Refuses the whole change if any outcome breaks a rule, naming every offending sentence. */
    static void check(List<Outcome> outcomes) {
        List<Integer> disputedWithoutNote = new ArrayList<>();
        List<Integer> verifiedWithoutSupport = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            boolean hasNote = outcome.note() != null && !outcome.note().isBlank();
            if (outcome.verdict() == Verdict.DISPUTED && !hasNote) {
                disputedWithoutNote.add(outcome.ordinal());
            } else if (outcome.verdict() == Verdict.VERIFIED && !hasNote && outcome.evidenceCount() == 0) {
                verifiedWithoutSupport.add(outcome.ordinal());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!disputedWithoutNote.isEmpty()) {
            problems.add(sentences(disputedWithoutNote)
                    + " cannot be marked disputed without a note: say in the note what is wrong.");
        }
        if (!verifiedWithoutSupport.isEmpty()) {
            problems.add(sentences(verifiedWithoutSupport)
                    + " cannot be marked verified without evidence or a note: add a source or say how it was checked.");
        }
        if (!problems.isEmpty()) {
            List<Integer> offending = new ArrayList<>(disputedWithoutNote);
            offending.addAll(verifiedWithoutSupport);
            throw new VerdictRejectedException(String.join(" ", problems), offending);
        }
    }

    /** The note as stored: stripped, null when blank. */
    static String note(int ordinal, String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > MAX_NOTE_LENGTH) {
            throw new VerdictRejectedException("The note on sentence " + ordinal + " has " + stripped.length()
                    + " characters; at most " + MAX_NOTE_LENGTH + " are allowed.", List.of(ordinal));
        }
        return stripped;
    }

    /** The evidence as stored: URLs checked, blank quotes dropped, a missing access date set to today. */
    static List<EvidenceItem> evidence(int ordinal, List<EvidenceItem> items, LocalDate today) {
        List<EvidenceItem> checked = new ArrayList<>(items.size());
        for (EvidenceItem item : items) {
            String source = "Evidence " + (checked.size() + 1) + " of sentence " + ordinal;
            if (item == null || item.url() == null || item.url().isBlank()) {
                throw new VerdictRejectedException(source + " has no URL.", List.of(ordinal));
            }
            String url = item.url().strip();
            if (url.length() > MAX_URL_LENGTH) {
                throw new VerdictRejectedException(source + " has a URL longer than " + MAX_URL_LENGTH
                        + " characters.", List.of(ordinal));
            }
            if (!isWebAddress(url)) {
                throw new VerdictRejectedException(source + ": '" + abbreviate(url) + "' is not a web address;"
                        + " use a link that starts with http:// or https:// and names a host.", List.of(ordinal));
            }
            String quote = item.quote() == null || item.quote().isBlank() ? null : item.quote().strip();
            if (quote != null && quote.length() > MAX_QUOTE_LENGTH) {
                throw new VerdictRejectedException(source + " quotes " + quote.length() + " characters; at most "
                        + MAX_QUOTE_LENGTH + " are allowed.", List.of(ordinal));
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
    static String sentences(List<Integer> ordinals) {
        List<Integer> sorted = ordinals.stream().sorted().toList();
        if (sorted.size() == 1) {
            return "Sentence " + sorted.getFirst();
        }
        List<String> names = sorted.stream().map(String::valueOf).toList();
        return "Sentences " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String abbreviate(String url) {
        return url.length() <= QUOTED_URL_LENGTH ? url : url.substring(0, QUOTED_URL_LENGTH) + "…";
    }
}
