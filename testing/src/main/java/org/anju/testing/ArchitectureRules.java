package org.anju.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules every application follows (ARCHITECTURE.md): {@code rest} → {@code service} →
 * {@code domain}/{@code repository}; entities never leave {@code service}; no application depends
 * on another application's code. A service calls {@code ArchitectureRules.verify("org.anju.households")}.
 */
public final class ArchitectureRules {

    private static final List<String> APPLICATIONS =
            List.of("org.anju.households", "org.anju.funding", "org.anju.industry", "org.anju.governance", "org.anju.gateway");

    private ArchitectureRules() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rules(String base) {
        String[] otherApplications = APPLICATIONS.stream()
                .filter(application -> !application.equals(base))
                .map(application -> application + "..")
                .toArray(String[]::new);
        return Stream.of(
                noClasses().that().resideInAPackage(base + ".rest..")
                        .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .because("entities never leave the service layer; resources speak in request and response records"),
                noClasses().that().resideInAPackage(base + ".rest..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".repository..")
                        .because("resources go through services, which own the transactions"),
                noClasses().that().resideInAPackage(base + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".rest..", base + ".service..")
                        .because("the domain knows nothing of its callers"),
                noClasses().that().resideInAPackage(base + ".repository..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".rest..", base + ".service.."),
                noClasses().that().resideInAPackage(base + ".event..")
                        .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .because("events carry snapshots, never entities"),
                noClasses().that().resideInAPackage(base + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherApplications)
                        .because("applications share only platform code and the event contracts")
        ).map(rule -> rule.allowEmptyShould(true)).toList();
    }
}
