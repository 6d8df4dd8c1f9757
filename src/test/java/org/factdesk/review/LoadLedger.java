package org.factdesk.review;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every mark an editor of the load benchmark was told is saved (a browser: the sentence stopped
 * being pending and shows the verdict pressed; a simulated editor: {@link ReviewService#mark}
 * returned), compared with the database at the end. Writers are only the benchmark's editors, so
 * per sentence the acknowledged changes must be exactly the history rows, the final version their
 * count, and the final verdict that of the acknowledged change with the final version.
 */
final class LoadLedger {

    /** One acknowledged change of one sentence; verdict is the enum name, "-" for cleared. */
    record Ack(long sentenceId, int version, String verdict, String editor) {
    }

    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();

    void acknowledged(long sentenceId, int version, Verdict verdictOrNull, String editor) {
        acks.add(new Ack(sentenceId, version, verdictOrNull == null ? "-" : verdictOrNull.name(), editor));
    }

    int size() {
        return acks.size();
    }

    /** What the comparison found; {@link #problems()} is empty when nothing was lost or invented. */
    record Outcome(long acknowledged, long historyRows, long sentencesChanged, long lost, long duplicateVersions,
                   long unacknowledgedRows, long countMismatches, long finalMismatches, List<String> samples) {

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (lost > 0) {
                problems.add(lost + " lost updates (acknowledged, not in the history as acknowledged)");
            }
            if (duplicateVersions > 0) {
                problems.add(duplicateVersions + " versions acknowledged to two changes");
            }
            if (unacknowledgedRows > 0) {
                problems.add(unacknowledgedRows + " history rows no editor was told about");
            }
            if (countMismatches > 0) {
                problems.add(countMismatches + " sentences whose acknowledged changes, history rows and version differ");
            }
            if (finalMismatches > 0) {
                problems.add(finalMismatches + " sentences whose stored verdict is not the last acknowledged one");
            }
            return problems;
        }
    }

    /** Reads history and current verdicts of these articles and compares them with the acknowledgements. */
    Outcome compareWith(JdbcClient jdbc, Collection<Long> articleIds) {
        Map<Long, Map<Integer, String>> history = new HashMap<>();
        long[] rows = {0};
        record Final(String verdict, int version) {
        }
        Map<Long, Final> finals = new HashMap<>();
        List<Long> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += 500) { // bounded IN lists
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("select sentence_id, version, to_verdict from verdict_history where article_id in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        rows[0]++;
                        history.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                                .merge(rs.getInt(2), Objects.toString(rs.getString(3), "-"), (a, b) -> a + "|" + b);
                    });
            jdbc.sql("select sentence_id, verdict, version from verdict where article_id in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        finals.put(rs.getLong(1), new Final(Objects.toString(rs.getString(2), "-"), rs.getInt(3)));
                    });
        }
        Map<Long, Map<Integer, Ack>> bySentence = new HashMap<>();
        long duplicates = 0, lost = 0, countMismatches = 0, finalMismatches = 0, unacknowledged = 0;
        List<String> samples = new ArrayList<>();
        for (Ack ack : acks) {
            Ack earlier = bySentence.computeIfAbsent(ack.sentenceId(), id -> new HashMap<>()).put(ack.version(), ack);
            if (earlier != null) {
                duplicates++;
                sample(samples, "sentence " + ack.sentenceId() + " version " + ack.version() + " acknowledged to "
                        + earlier.editor() + " and " + ack.editor());
            }
            String stored = history.getOrDefault(ack.sentenceId(), Map.of()).get(ack.version());
            if (!ack.verdict().equals(stored)) {
                lost++;
                sample(samples, ack.editor() + " was told sentence " + ack.sentenceId() + " v" + ack.version() + " = "
                        + ack.verdict() + "; history: " + stored);
            }
        }
        for (Map.Entry<Long, Map<Integer, Ack>> entry : bySentence.entrySet()) {
            Map<Integer, String> versions = history.getOrDefault(entry.getKey(), Map.of());
            Final stored = finals.get(entry.getKey());
            int acknowledged = entry.getValue().size();
            if (stored == null || versions.size() != acknowledged || stored.version() != acknowledged) {
                countMismatches++;
                sample(samples, "sentence " + entry.getKey() + ": " + acknowledged + " acknowledged, "
                        + versions.size() + " history rows, version " + (stored == null ? "none" : stored.version()));
            }
            Ack last = stored == null ? null : entry.getValue().get(stored.version());
            if (stored == null || last == null || !last.verdict().equals(stored.verdict())) {
                finalMismatches++;
                sample(samples, "sentence " + entry.getKey() + " stored " + stored + ", acknowledged at that version: " + last);
            }
        }
        for (Map.Entry<Long, Map<Integer, String>> entry : history.entrySet()) {
            Map<Integer, Ack> told = bySentence.getOrDefault(entry.getKey(), Map.of());
            for (Integer version : entry.getValue().keySet()) {
                if (!told.containsKey(version)) {
                    unacknowledged++;
                    sample(samples, "history row of sentence " + entry.getKey() + " v" + version + " (" + entry.getValue().get(version)
                            + ") that no editor was told about");
                }
            }
        }
        for (Long sentence : finals.keySet()) {
            if (!bySentence.containsKey(sentence)) {
                countMismatches++;
                sample(samples, "sentence " + sentence + " has a verdict row but no acknowledged change");
            }
        }
        return new Outcome(acks.size(), rows[0], bySentence.size(), lost, duplicates, unacknowledged, countMismatches,
                finalMismatches, samples);
    }

    private static void sample(List<String> samples, String text) {
        if (samples.size() < 10) {
            samples.add(text);
        }
    }
}
