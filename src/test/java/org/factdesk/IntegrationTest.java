package org.factdesk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test on the whole application without a web server: H2 and Flyway with the test profile.
 * Test classes with just this annotation share one Spring context (Spring caches it by configuration), so
 * each test makes its own data (fresh articles and users) instead of expecting an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
public @interface IntegrationTest {
}
