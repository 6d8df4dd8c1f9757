package org.factdesk.report;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of export formats: every {@link ReportWriter} bean, in their {@code @Order}. A format
 * is a {@code @Component} class in {@code org.factdesk.report} or below with a constructor without
 * arguments, so that {@link #onClasspath()} finds the same formats without starting Spring (the
 * command line checks {@code --format} before it opens the database); ReportFormatsIT keeps the
 * two equal.
 */
@Component
public class ReportFormats {

    private final List<ReportWriter> writers;

    public ReportFormats(List<ReportWriter> writers) {
        Set<String> ids = new HashSet<>();
        for (ReportWriter writer : writers) {
            if (!ids.add(writer.id())) {
                throw new IllegalStateException("Two report formats are called '" + writer.id() + "'");
            }
        }
        this.writers = List.copyOf(writers);
    }

    /**
     * The formats as the application context would hold them, found by Spring's component scan of
     * the report feature's packages, without a context.
     */
    public static ReportFormats onClasspath() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ReportWriter.class));
        List<ReportWriter> writers = new ArrayList<>();
        ClassLoader loader = ReportFormats.class.getClassLoader();
        // Only the report feature's packages: formats belong to it, and the scan stays short (a second in a jar otherwise).
        for (var candidate : scanner.findCandidateComponents(ReportFormats.class.getPackageName())) {
            if (!(candidate instanceof AnnotatedBeanDefinition annotated)
                    || !annotated.getMetadata().isAnnotated(Component.class.getName())) {
                continue; // not a bean of the application (e.g. a helper a test builds itself)
            }
            try {
                Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), loader);
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                writers.add((ReportWriter) constructor.newInstance());
            } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                     | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Report format " + candidate.getBeanClassName()
                        + " needs a constructor without arguments", e);
            }
        }
        AnnotationAwareOrderComparator.sort(writers);
        return new ReportFormats(writers);
    }

    public List<ReportWriter> all() {
        return writers;
    }

    /** The format of this id, case-insensitive (the command line accepts {@code CSV}). */
    public Optional<ReportWriter> find(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return writers.stream().filter(writer -> writer.id().equals(wanted)).findFirst();
    }

    public List<String> ids() {
        return writers.stream().map(ReportWriter::id).toList();
    }
}
