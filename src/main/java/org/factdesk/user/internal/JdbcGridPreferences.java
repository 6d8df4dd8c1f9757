package org.factdesk.user.internal;

import org.factdesk.common.GridPreference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The grid_preference rows: one per user and grid. */
@Repository
public class JdbcGridPreferences {

    private final JdbcClient jdbc;

    JdbcGridPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GridPreference> find(long userId, String grid) {
        return jdbc.sql("select sort_key, sort_descending, filters from grid_preference where user_id = ? and grid = ?")
                .params(userId, grid)
                .query((rs, n) -> new GridPreference(rs.getString(1), rs.getBoolean(2), decode(rs.getString(3))))
                .optional();
    }

    /** Replaces the row (update, else insert; the primary key settles a race between two tabs). */
    public void save(long userId, String grid, GridPreference preference, Instant at) {
        String filters = encode(preference.filters());
        int updated = jdbc.sql("""
                        update grid_preference set sort_key = ?, sort_descending = ?, filters = ?, updated_at = ?
                        where user_id = ? and grid = ?""")
                .params(preference.sortKey(), preference.descending(), filters, Timestamp.from(at), userId, grid)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into grid_preference (user_id, grid, sort_key, sort_descending, filters, updated_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(userId, grid, preference.sortKey(), preference.descending(), filters, Timestamp.from(at))
                    .update();
        }
    }

    static String encode(Map<String, String> filters) {
        return filters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return filters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                filters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return filters;
    }
}
