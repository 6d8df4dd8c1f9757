package org.factdesk.importing;

import org.factdesk.common.InvalidInputException;

/**
 * A web address FactDesk will not fetch, or a page it will not take (an internal address, too large,
 * not HTML, too many redirects, no answer in time). The message says why, in the user's language.
 */
public class WebPageRefusedException extends InvalidInputException {

    public WebPageRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }

    public WebPageRefusedException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }
}
