package org.factdesk.common.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A view the signed-in user's role may not open: 403, inside the app's layout, in the UI's language.
 * (Signed-out users are sent to the sign-in page before they get here.)
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedPage extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedPage() {
        super("fd-access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.accessDenied.title", "error.accessDenied.text", event.getLocation().getPath());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
