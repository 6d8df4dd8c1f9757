package org.factdesk.user;

import org.factdesk.security.UserId;

import java.util.List;

/**
 * The work a user still has open, as the feature that hands it out sees it (implemented by assignment,
 * which builds on this feature): deactivating an editor says how much they leave behind and can hand it
 * over to a colleague first. Callers have checked the caller's role already.
 */
public interface OpenWork {

    /** Titles of the articles the user is still reviewing (assigned or in review). */
    List<String> openArticleTitles(UserId user);

    /** Gives all of the user's open articles to another active editor; returns how many moved. */
    int handOver(UserId from, UserId to);
}
