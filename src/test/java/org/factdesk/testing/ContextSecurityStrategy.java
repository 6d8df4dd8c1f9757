package org.factdesk.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test class and each test, puts the test's own application context's
 * {@link SecurityContextHolderStrategy} into {@link SecurityContextHolder}: Vaadin installs every new
 * context's strategy globally, while the cached contexts of other test classes keep checking their own, so
 * a class running after one that started a new context would sign its users in where its services do not
 * look. Runs before Spring Security's own listener (which signs in the {@code @WithMockUser} users).
 */
public final class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1_000; // before WithSecurityContextTestExecutionListener (10,000)
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
