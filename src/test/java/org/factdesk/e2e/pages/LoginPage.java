package org.factdesk.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in page. */
public class LoginPage {

    private final Page page;

    public LoginPage(Page page) {
        this.page = page;
    }

    public LoginPage open() {
        page.navigate("login");
        form().waitFor();
        return this;
    }

    public Locator form() {
        return page.locator("vaadin-login-form");
    }

    public void submit(String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
    }

    public ArticleListPage signInAs(String username, String password) {
        open();
        submit(username, password);
        ArticleListPage list = new ArticleListPage(page);
        list.grid().waitFor();
        return list;
    }

    public Locator errorMessage() {
        return page.locator("vaadin-login-form-wrapper [part='error-message'], vaadin-login-form [part='error-message']");
    }
}
