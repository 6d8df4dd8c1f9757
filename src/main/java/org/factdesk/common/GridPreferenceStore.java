package org.factdesk.common;

import java.util.Optional;

/**
 * Where the signed-in user's grid preferences are kept (implemented by the user feature, in the
 * database): views remember sort and filter through this without depending on the user feature.
 */
public interface GridPreferenceStore {

    /** The signed-in user's preference for the grid named {@code grid}; empty when never saved. */
    Optional<GridPreference> find(String grid);

    /** Stores the signed-in user's preference for the grid, replacing the previous one. */
    void save(String grid, GridPreference preference);
}
