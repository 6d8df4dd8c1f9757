package org.factdesk.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Stamps the nonce of the response's Content-Security-Policy on every script of Vaadin's
 * bootstrap page (its inline bootstrap scripts included), so that the policy needs no
 * 'unsafe-inline' for scripts. Vaadin calls the listener after it added its own scripts.
 */
final class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                ContentSecurityPolicy.nonce(request.getHttpServletRequest()).ifPresent(nonce ->
                        response.getDocument().getElementsByTag("script").attr("nonce", nonce));
            }
        });
    }
}
