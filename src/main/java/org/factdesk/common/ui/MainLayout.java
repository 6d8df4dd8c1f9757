package org.factdesk.common.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.FactDeskUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view: app name, navigation built from the views' {@code @Menu}
 * entries (their titles are translation keys), the user's name and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(appName(), navigation());
        HorizontalLayout userBar = userBar(currentUser);
        int[] at = {0};
        headerItems.orderedStream().forEach(item -> userBar.addComponentAtIndex(at[0]++, item.create()));
        addToNavbar(new DrawerToggle(), userBar);
    }

    private Div appName() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("fd-app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("fd-app-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("fd-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("fd-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userBar(CurrentUser currentUser) {
        FactDeskUser user = currentUser.require();
        Span name = new Span(user.displayName());
        name.addClassName("fd-user-name");
        name.getElement().setAttribute("title", getTranslation("header.signedInAs", user.getUsername()));
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.addClassName("fd-user-role");
        Button logout = new Button(getTranslation("header.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> currentUser.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("fd-logout");
        HorizontalLayout bar = new HorizontalLayout(name, role, logout);
        bar.addClassName("fd-user-bar");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }
}
