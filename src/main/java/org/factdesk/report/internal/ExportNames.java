package org.factdesk.report.internal;

import java.util.Locale;

/** How exports spell enum constants: lower case with dashes ({@code in-review}, {@code no-claim}). */
final class ExportNames {

    private ExportNames() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
