package org.factdesk.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: 404, inside the app's layout, in the UI's language, with a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundPage extends RefusalPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("fd-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notFound.title", "error.notFound.text", event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
