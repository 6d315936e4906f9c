package org.qianliyan.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module and package directions of DESIGN §2 and STYLE.md true. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.qianliyan");
    }

    @Test
    void leaf_modules_never_depend_on_each_other_or_on_the_portal() {
        String[] leaves = {"nlp", "index", "crawler", "frontend"};
        for (String leaf : leaves) {
            var others = java.util.Arrays.stream(leaves)
                    .filter(other -> !other.equals(leaf))
                    .map(other -> "org.qianliyan." + other + "..")
                    .toList();
            var forbidden = new java.util.ArrayList<>(others);
            forbidden.add("org.qianliyan.portal..");
            noClasses().that().resideInAPackage("org.qianliyan." + leaf + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("leaf modules state what they need as interfaces; only the portal composes them")
                    .allowEmptyShould(true)
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
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void leaf_modules_know_no_spring() {
        noClasses().that().resideInAnyPackage("org.qianliyan.index..", "org.qianliyan.crawler..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.qianliyan.portal.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
