package org.factdesk.api.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The HTTP statuses an API operation answers with, the filters' included (401, 413, 429). OpenApiDescriptionIT
 * holds the served OpenAPI description to these, so a status added here and not described fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiStatuses {
    int[] value();
}
