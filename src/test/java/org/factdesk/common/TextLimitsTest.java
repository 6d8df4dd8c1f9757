package org.factdesk.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The note limit the rules and fields enforce is what the released columns hold, not more. */
class TextLimitsTest {

    private static final Pattern COLUMN = Pattern.compile("(?m)^\\s*(\\w+)\\s+varchar\\((\\d+)\\)");

    @Test
    void every_note_quote_and_comment_column_holds_exactly_the_limit() throws IOException {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String migration : new String[]{"V2__sentence_review.sql", "V3__assignment_workflow.sql"}) {
            Matcher column = COLUMN.matcher(Files.readString(Path.of("db/migration", migration)));
            while (column.find()) {
                if (column.group(1).matches("note|quote|from_note|to_note|evidence_summary|return_comment|comment")) {
                    sizes.put(migration + " " + column.group(1), Integer.parseInt(column.group(2)));
                }
            }
        }
        assertThat(sizes).hasSize(7).allSatisfy((column, size) -> assertThat(size).as(column)
                .isEqualTo(TextLimits.MAX_NOTE_LENGTH));
    }
}
