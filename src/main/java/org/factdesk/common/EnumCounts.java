package org.factdesk.common;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumMap;
import java.util.Map;

/** Counts per enum constant from a {@code group by}: every constant present, zero where the query has no row. */
public final class EnumCounts {

    private EnumCounts() {
    }

    /** Runs {@code statement}, which selects the constant's name and its count, e.g. {@code select state, count(*)}. */
    public static <E extends Enum<E>> Map<E, Long> of(Class<E> type, JdbcClient.StatementSpec statement) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0L);
        }
        statement.query(rs -> {
            counts.put(Enum.valueOf(type, rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }
}
