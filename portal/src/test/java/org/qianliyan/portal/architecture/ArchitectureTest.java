package org.qianliyan.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * Keeps the module and package directions of {@code docs/ARCHITECTURE.md} and STYLE.md true.
 * Every rule checks classes that exist: the leaf modules come in from wherever the build put
 * them (their {@code target/classes} or, under the reactor's {@code verify}, their jars).
 */
class ArchitectureTest {

    private static final String[] LEAVES = {"nlp", "index", "crawler", "frontend"};
    /** Infrastructure every feature uses; it knows no feature. */
    private static final String[] INFRASTRUCTURE = {"atom", "cli", "csv", "elasticsearch", "api", "i18n", "config"};
    /** The features of the portal, each a top-level package. */
    private static final String[] FEATURES = {"analysis", "crawl", "enforcement", "follow", "imports", "incinerator", "opendata",
        "opinion", "overview", "search"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::isOurs)
                .importPackages("org.qianliyan");
    }

    /** Our own main classes: class folders, and the jars of our modules (not their test jars or the test kit). */
    private static boolean isOurs(Location location) {
        if (!location.isJar()) {
            return true;
        }
        return location.matches(Pattern.compile(".*/qianliyan-(nlp|index|crawler|frontend)-[^/]*(?<!-tests)\\.jar.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nlp", "index", "crawler", "frontend", "portal"})
    void every_module_is_imported_so_no_rule_passes_on_nothing(String module) {
        assertThat(classes.that(JavaClass.Predicates.resideInAPackage("org.qianliyan." + module + "..")))
                .as("classes of org.qianliyan.%s", module).isNotEmpty();
    }

    @Test
    void leaf_modules_never_depend_on_each_other_or_on_the_portal() {
        for (String leaf : LEAVES) {
            List<String> forbidden = new ArrayList<>(Arrays.stream(LEAVES)
                    .filter(other -> !other.equals(leaf))
                    .map(other -> "org.qianliyan." + other + "..")
                    .toList());
            forbidden.add("org.qianliyan.portal..");
            noClasses().that().resideInAPackage("org.qianliyan." + leaf + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("leaf modules state what they need as interfaces; only the portal composes them")
                    .check(classes);
        }
    }

    @Test
    void views_do_not_touch_elasticsearch_hanlp_or_jsoup_directly() {
        noClasses().that().areAssignableTo(Component.class).and().resideInAPackage("org.qianliyan.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("co.elastic..", "com.hankcs..", "org.jsoup..")
                .because("views talk to services, which own storage and analysis")
                .check(classes);
    }

    @Test
    void nlp_knows_neither_spring_nor_elasticsearch() {
        noClasses().that().resideInAPackage("org.qianliyan.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "co.elastic..")
                .check(classes);
    }

    @Test
    void leaf_modules_know_no_spring() {
        noClasses().that().resideInAnyPackage("org.qianliyan.index..", "org.qianliyan.crawler..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void infrastructure_packages_never_depend_on_features() {
        noClasses().that().resideInAnyPackage(portal(INFRASTRUCTURE))
                .should().dependOnClassesThat().resideInAnyPackage(portal(FEATURES))
                .because("features build on the infrastructure, never the other way round")
                .check(classes);
    }

    @Test
    void every_portal_package_is_infrastructure_a_feature_or_composition() {
        List<String> known = new ArrayList<>(Arrays.asList(INFRASTRUCTURE));
        known.addAll(Arrays.asList(FEATURES));
        known.addAll(List.of("security", "ui"));
        DescribedPredicate<JavaClass> unknown = DescribedPredicate.describe("in no known top-level package",
                javaClass -> {
                    String name = javaClass.getPackageName();
                    return name.startsWith("org.qianliyan.portal.")
                            && !known.contains(name.substring("org.qianliyan.portal.".length()).split("\\.")[0]);
                });
        assertThat(classes.that(unknown)).as("a new top-level package must be named in this test").isEmpty();
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.qianliyan.portal.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void sub_packages_of_a_feature_have_no_cycles() {
        slices().matching("org.qianliyan.portal.(*).(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * A feature package declares its services, stores and listeners one way: as the
     * {@code @Bean} methods of its configuration class, or as components, never both, so a
     * reader finds every bean of a package in one place. Controllers and views are components
     * wherever they are (Spring MVC and Vaadin find them by their own annotations).
     */
    @Test
    void a_feature_package_with_a_configuration_class_declares_no_components() {
        Map<String, List<JavaClass>> byPackage = classes.stream()
                .filter(c -> Arrays.stream(FEATURES).anyMatch(f -> c.getPackageName().startsWith("org.qianliyan.portal." + f)))
                .collect(Collectors.groupingBy(JavaClass::getPackageName));
        List<String> mixed = new ArrayList<>();
        byPackage.forEach((pkg, members) -> {
            if (members.stream().anyMatch(c -> c.isAnnotatedWith(Configuration.class))) {
                members.stream().filter(c -> c.isAnnotatedWith(org.springframework.stereotype.Component.class)
                                || c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Repository.class))
                        .forEach(c -> mixed.add(c.getName()));
            }
        });
        assertThat(mixed).as("components in a package whose beans are declared by its configuration").isEmpty();
    }

    private static String[] portal(String[] packages) {
        return Arrays.stream(packages).map(p -> "org.qianliyan.portal." + p + "..").toArray(String[]::new);
    }
}
