package org.factdesk.review.internal;

import org.factdesk.review.EvidenceItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The full evidence of a sentence as kept in verdict_history.evidence_snapshot: [[url, quote, accessed_on], ...]. */
public final class EvidenceSnapshots {

    private EvidenceSnapshots() {
    }

    public static String write(List<EvidenceItem> evidence) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode(evidence.size());
        for (EvidenceItem item : evidence) {
            ArrayNode row = items.addArray().add(item.url());
            if (item.quote() == null) {
                row.addNull();
            } else {
                row.add(item.quote());
            }
            row.add(item.accessedOn() == null ? null : item.accessedOn().toString());
        }
        return JsonMapper.shared().writeValueAsString(items);
    }

    public static List<EvidenceItem> read(String snapshot) {
        JsonNode items = JsonMapper.shared().readTree(snapshot);
        List<EvidenceItem> evidence = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            JsonNode quote = item.get(1);
            JsonNode accessed = item.get(2);
            evidence.add(new EvidenceItem(item.get(0).asString(), quote == null || quote.isNull() ? null : quote.asString(),
                    accessed == null || accessed.isNull() ? null : LocalDate.parse(accessed.asString())));
        }
        return List.copyOf(evidence);
    }
}
