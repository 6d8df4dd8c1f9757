package org.factdesk.common.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.factdesk.common.GridPreference;
import org.factdesk.common.GridPreferenceStore;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers, per user and in the database, how a grid was sorted and filtered: {@link #restore} applies
 * the stored sort and hands back the stored filters for the view to put into its fields; a sort the user
 * clicks is saved at once, and the view calls {@link #save} when the user changes a filter. Columns are
 * found by key, so a removed column only drops the remembered sort.
 */
public final class GridMemory<T> {

    private final Grid<T> grid;
    private final String name;
    private final GridPreferenceStore store;
    private final Supplier<Map<String, String>> filters;
    private boolean restoring;

    public GridMemory(Grid<T> grid, String name, GridPreferenceStore store, Supplier<Map<String, String>> filters) {
        this.grid = grid;
        this.name = name;
        this.store = store;
        this.filters = filters;
        grid.addSortListener(event -> {
            if (event.isFromClient()) {
                save();
            }
        });
    }

    /** Applies the stored sort (if its column still exists) and returns the stored preference. */
    public GridPreference restore() {
        GridPreference preference = store.find(name).orElse(GridPreference.NONE);
        Grid.Column<T> column = preference.sortKey() == null ? null : grid.getColumnByKey(preference.sortKey());
        if (column != null && column.isSortable()) {
            restoring = true;
            try {
                grid.sort(List.of(new GridSortOrder<>(column,
                        preference.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            } finally {
                restoring = false;
            }
        }
        return preference;
    }

    /** Stores the grid's current sort and the view's current filters for the signed-in user. */
    public void save() {
        if (restoring) {
            return;
        }
        List<GridSortOrder<T>> order = grid.getSortOrder();
        GridSortOrder<T> first = order.isEmpty() ? null : order.getFirst();
        String key = first == null ? null : first.getSorted().getKey();
        store.save(name, new GridPreference(key, first != null && first.getDirection() == SortDirection.DESCENDING,
                filters.get()));
    }
}
