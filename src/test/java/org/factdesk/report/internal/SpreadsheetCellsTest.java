package org.factdesk.report.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1", "-5 Prozent", "@SUM(A1)", "\tTab", "\rCR"})
    void a_text_a_spreadsheet_reads_as_a_formula_gets_an_apostrophe(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Laut Amt = 5", "'schon geschützt", " =mit Leerzeichen", "Die Zahl -5", "a@b.de"})
    void other_texts_stay_as_they_are(String text) {
        assertThat(SpreadsheetCells.neutralise(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void numbers_and_empty_cells_stay_as_they_are() {
        assertThat(SpreadsheetCells.neutralise(-5L)).isEqualTo(-5L);
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }
}
