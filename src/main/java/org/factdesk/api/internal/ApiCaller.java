package org.factdesk.api.internal;

import org.factdesk.security.FactDeskUser;

/**
 * Who makes an API call: the token (its name goes into the call log) and the principal the call runs as:
 * the administrator who created the token, with the token's role (ADR 0039).
 */
public record ApiCaller(long tokenId, String tokenName, String keyId, FactDeskUser principal) {
}
