package org.factdesk.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Gives the first page load of a missing or refused route its HTTP status (404, 403). Vaadin answers a
 * page load with its bootstrap page and routes only in the next request, so the status its error views
 * return never reaches the browser; this filter looks the route up first, sets the status and lets Vaadin
 * write the page as usual (whose {@link NotFoundPage} / {@link AccessDeniedPage} then says why). It runs
 * after Spring Security (signed-out users were sent to sign in already) and only for document requests.
 */
@org.springframework.stereotype.Component
@ConditionalOnWebApplication
public class RefusalStatusFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = routePath(request);
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || accept == null || !accept.contains("text/html")
                || path.startsWith("VAADIN/") || path.startsWith("factdesk/") || path.contains(".")
                || request.getUserPrincipal() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        Optional<Class<? extends Component>> target = routes.getNavigationTarget(routePath(request));
        int status = target.isEmpty() ? HttpServletResponse.SC_NOT_FOUND
                : mayOpen(target.get(), request) ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
        if (status == HttpServletResponse.SC_OK) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(status);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int sc) {
                // the bootstrap page would report 200: keep the refusal's status
                super.setStatus(sc == HttpServletResponse.SC_OK ? status : sc);
            }
        });
    }

    /** The view's own access annotation, as Vaadin's navigation access control reads it for a signed-in user. */
    private static boolean mayOpen(Class<?> view, HttpServletRequest request) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Arrays.stream(roles.value()).anyMatch(request::isUserInRole);
        }
        return view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class);
    }

    private static String routePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
