package org.factdesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layering of docs/ARCHITECTURE (features one way, internals private, views on services only). */
class ArchitectureTest {

    private static final String ROOT = "org.factdesk";

    /** Which features each feature may use, besides itself, common and security. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.<String>of()),
            // Ending a user's sessions reaches the other nodes too (ADR 0038).
            Map.entry("security", Set.of("cluster")),
            Map.entry("segmentation", Set.<String>of()),
            Map.entry("user", Set.<String>of()),
            // A new article shows on the other nodes' lists too (ADR 0038).
            Map.entry("article", Set.of("cluster", "segmentation")),
            Map.entry("importing", Set.of("article", "segmentation")),
            Map.entry("assignment", Set.of("article", "cluster", "user")),
            Map.entry("review", Set.of("article", "assignment", "cluster", "discussion", "segmentation", "user")),
            Map.entry("dashboard", Set.of("assignment", "discussion", "review", "user")),
            Map.entry("operations", Set.<String>of()),
            // Live updates between nodes: features share their own events through it, it knows none (ADR 0038).
            Map.entry("cluster", Set.<String>of()),
            // Reports name the version reviewed and the changes since the last approved one (ADR 0029).
            Map.entry("report", Set.of("article", "assignment", "discussion", "review", "revision", "segmentation",
                    "user")),
            // Threads and notifications hang on articles and sentences; the reader and reports show them (ADR 0028).
            Map.entry("discussion", Set.of("article", "assignment", "cluster", "user")),
            // Suggestions sit above review; the reader shows them through an interface review owns (ADR 0011).
            Map.entry("assist", Set.of("article", "importing", "review", "segmentation")),
            // A new version of an article: read by import, matched, its review carried (ADR 0029).
            Map.entry("revision", Set.of("article", "assignment", "importing", "review", "segmentation", "user")),
            // The API for the CMS calls the same services as the views (ADR 0039).
            Map.entry("api", Set.of("article", "assignment", "importing", "report", "user")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void features_depend_only_on_the_features_they_build_on() {
        classes().that().resideInAPackage(ROOT + ".*..")
                .should(useOnlyAllowedFeatures())
                .check(classes);
    }

    @Test
    void internals_stay_inside_their_feature() {
        for (String feature : List.of("user", "article", "importing", "assignment", "review", "dashboard", "assist",
                "discussion", "revision", "cluster", "api")) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .or().resideInAPackage(ROOT + "." + feature + ".ui..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".internal..")
                    .check(classes);
        }
    }

    @Test
    void views_never_touch_sql_or_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .orShould().dependOnClassesThat(simpleNameEndingWith("Repository"))
                .check(classes);
    }

    @Test
    void segmentation_needs_no_spring() {
        noClasses().that().resideInAPackage(ROOT + ".segmentation..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> simpleNameEndingWith(String suffix) {
        return DescribedPredicate.describe("named *" + suffix, c -> c.getSimpleName().endsWith(suffix));
    }

    private static ArchCondition<JavaClass> useOnlyAllowedFeatures() {
        return new ArchCondition<>("use only the features they build on") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = feature(javaClass.getPackageName());
                Set<String> allowed = ALLOWED.get(own);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            "feature '" + own + "' is missing from ArchitectureTest.ALLOWED"));
                    return;
                }
                javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith(ROOT + ".")) {
                        return;
                    }
                    String other = feature(target);
                    if (!other.equals(own) && !other.equals("common") && !other.equals("security")
                            && !allowed.contains(other)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (" + own + " may not use " + other + ")"));
                    }
                });
            }
        };
    }

    private static String feature(String packageName) {
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
