package org.factdesk.report.internal;

/**
 * Keeps spreadsheets from running what editors, authors or article texts wrote: a text cell that
 * Excel, LibreOffice or Google Sheets would read as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, the way OWASP's
 * CSV-injection guidance says. The spreadsheet then shows the text; the apostrophe is visible in
 * tools that read the CSV as data, which is the price of safety (documented in report-formats.md).
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static Object neutralise(Object value) {
        if (value instanceof String text && !text.isEmpty() && startsAFormula(text.charAt(0))) {
            return "'" + text;
        }
        return value;
    }

    private static boolean startsAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
