package org.factdesk.importing;

import org.factdesk.common.InvalidInputException;

/**
 * An input FactDesk will not import (empty, binary, too large, corrupt, encrypted, a scanned PDF, a
 * ZIP that escapes its folder or unpacks too much); nothing of it is stored. The message says why,
 * in the user's language.
 */
public class ImportRefusedException extends InvalidInputException {

    public ImportRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }

    public ImportRefusedException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }
}
