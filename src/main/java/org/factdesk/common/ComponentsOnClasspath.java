package org.factdesk.common;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The beans of one type that Spring's component scan would find in a package, made without a
 * context: for command-line tools that must not start Spring (or check their arguments before they
 * do) but must know the same pluggable formats as the app.
 */
public final class ComponentsOnClasspath {

    private ComponentsOnClasspath() {
    }

    /**
     * Every {@code @Component} class under {@code basePackage} that is a {@code type}, made with its
     * constructor without arguments, in {@code @Order}. Only one feature's packages: the scan stays short.
     */
    public static <T> List<T> instantiate(Class<T> type, String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(type));
        List<T> components = new ArrayList<>();
        ClassLoader loader = type.getClassLoader();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            if (!(candidate instanceof AnnotatedBeanDefinition annotated)
                    || !annotated.getMetadata().isAnnotated(Component.class.getName())) {
                continue; // not a bean of the application (e.g. a helper a test builds itself)
            }
            try {
                Class<?> found = ClassUtils.forName(candidate.getBeanClassName(), loader);
                var constructor = found.getDeclaredConstructor();
                constructor.setAccessible(true);
                components.add(type.cast(constructor.newInstance()));
            } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                     | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(type.getSimpleName() + " " + candidate.getBeanClassName()
                        + " needs a constructor without arguments", e);
            }
        }
        AnnotationAwareOrderComparator.sort(components);
        return components;
    }
}
