package org.factdesk.user;

import org.factdesk.common.GridPreference;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.security.CurrentUser;
import org.factdesk.user.internal.JdbcGridPreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Each signed-in user's remembered grid sort and filter, in the database (not the session), so a list
 * opens the way they left it after a reload, a new sign-in or in another browser. Every user reads and
 * writes only their own.
 */
@Service
public class GridPreferenceService implements GridPreferenceStore {

    private final JdbcGridPreferences preferences;
    private final CurrentUser currentUser;

    GridPreferenceService(JdbcGridPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<GridPreference> find(String grid) {
        requireGridName(grid);
        return currentUser.get().flatMap(me -> preferences.find(me.userId(), grid));
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void save(String grid, GridPreference preference) {
        requireGridName(grid);
        java.util.Objects.requireNonNull(preference, "preference");
        currentUser.get().ifPresent(me -> preferences.save(me.userId(), grid, preference, Instant.now()));
    }

    private static void requireGridName(String grid) {
        if (grid == null || !GridPreference.NAME.matcher(grid).matches()) {
            throw new IllegalArgumentException("Not a grid name: " + grid);
        }
    }
}
