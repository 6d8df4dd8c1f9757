package org.factdesk.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a user left a grid: the column it was sorted by (null: the grid's default order), the direction,
 * and the values of its filter fields by name. Names are short identifiers; values are bounded so a
 * stored preference never grows without limit.
 */
public record GridPreference(String sortKey, boolean descending, Map<String, String> filters) {

    public static final GridPreference NONE = new GridPreference(null, false, Map.of());

    /** Grid names, sort keys and filter names: letters, digits, '-', '_' and '.', at most 64. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final int MAX_VALUE_LENGTH = 200;
    public static final int MAX_FILTERS = 10;

    public GridPreference {
        if (sortKey != null && !NAME.matcher(sortKey).matches()) {
            throw new IllegalArgumentException("Not a sort key: " + sortKey);
        }
        Objects.requireNonNull(filters, "filters");
        if (filters.size() > MAX_FILTERS) {
            throw new IllegalArgumentException("At most " + MAX_FILTERS + " filters");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a filter name: " + name);
            }
            if (value != null && !value.isEmpty()) {
                copy.put(name, value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value);
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    public String filter(String name) {
        return filters.get(name);
    }
}
