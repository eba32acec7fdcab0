package org.anju.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every application follows (docs/architecture.md, "Service convention"), checked on
 * its compiled classes and its sources. A module's {@code ArchitectureTest} calls
 * {@code ArchitectureRules.verify("org.anju.households")}; the platform calls
 * {@link #verifyPlatform()}.
 */
public final class ArchitectureRules {

    private static final List<String> APPLICATIONS =
            List.of("org.anju.households", "org.anju.funding", "org.anju.industry", "org.anju.governance", "org.anju.gateway");
    /** The one place that may read the system clock or zone. */
    static final String CLOCK_PACKAGE = "org.anju.platform.time";
    /** The one class that spells out the county code's shape. */
    static final String COUNTY_CODE = "org.anju.platform.programme.CountyCode";
    private static final Set<String> CLOCK_CLASSES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.Year", "java.time.YearMonth");
    /** {@code \d{6}} and {@code [0-9]{6}}, as a Java string literal writes them. */
    static final Pattern COUNTY_PATTERN_IN_SOURCE = Pattern.compile("\\\\\\\\d\\{6}|\\[0-9]\\{6}");

    private ArchitectureRules() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = importMain(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
        noCountyPatternInSources(Path.of("src/main/java"));
    }

    /** The platform's own classes: the clock and county-code rules. */
    public static void verifyPlatform() {
        JavaClasses classes = importMain("org.anju.platform");
        commonRules("org.anju.platform").forEach(rule -> rule.check(classes));
        noCountyPatternInSources(Path.of("src/main/java"));
    }

    private static JavaClasses importMain(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    static List<ArchRule> rules(String base) {
        String[] otherApplications = APPLICATIONS.stream()
                .filter(application -> !application.equals(base))
                .map(application -> application + "..")
                .toArray(String[]::new);
        List<ArchRule> rules = new ArrayList<>(commonRules(base));
        rules.addAll(List.of(
                noClasses().that().resideInAPackage(base + ".rest..")
                        .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .because("entities never leave the service layer; resources speak in command and view records"),
                noClasses().that().resideInAPackage(base + ".rest..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".repository..", base + ".event..")
                        .because("resources go through services, which own the transactions; the API never shows the event contract"),
                noClasses().that().resideInAPackage(base + ".rest..")
                        .should().dependOnClassesThat().haveFullyQualifiedName("org.anju.platform.security.CountyScope")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.anju.platform.security.PersonalData")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.anju.platform.security.Disclosure")
                        .because("county scope and disclosure are enforced in one layer, the services"),
                noClasses().that().resideInAPackage(base + ".service..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".rest..")
                        .because("services take command records and return view records of their own, never HTTP types"),
                methods().that().areDeclaredInClassesThat().resideInAPackage(base + ".service..")
                        .and().arePublic()
                        .should(neverReturnEventsOrEntities(base))
                        .because("a service's callers get its own view records: the event contract and the entities stay inside"),
                noClasses().that().resideOutsideOfPackage(base + ".rest..")
                        .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.NotFoundException")
                        .because("a missing record is org.anju.platform.problem.ResourceNotFound, whoever finds it missing"),
                noClasses().that().resideInAPackage(base + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".rest..", base + ".service..", base + ".event..")
                        .because("the domain knows nothing of its callers nor of the event contract"),
                noClasses().that().resideInAPackage(base + ".repository..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".rest..", base + ".service.."),
                noClasses().that().resideInAPackage(base + ".event..")
                        .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .because("events carry snapshots, never entities"),
                noClasses().that().resideInAPackage(base + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherApplications)
                        .because("applications share only platform code and the event contracts")));
        return rules.stream().map(rule -> rule.allowEmptyShould(true)).toList();
    }

    private static List<ArchRule> commonRules(String base) {
        return List.of(
                noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(CLOCK_PACKAGE)
                        .should().callMethodWhere(readsTheSystemClock())
                        .because("time comes from the programme clock (org.anju.platform.time.ProgrammeClock): one zone, and tests can set it"),
                noClasses().that().resideInAPackage(base + "..").and().doNotHaveFullyQualifiedName(COUNTY_CODE)
                        .should(annotateACountyPattern())
                        .because("a county is an org.anju.platform.programme.CountyCode, checked against the programme's divisions")
        ).stream().map(rule -> rule.allowEmptyShould(true)).toList();
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return new DescribedPredicate<>("a method that reads the system clock or zone") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return (CLOCK_CLASSES.contains(owner) && name.equals("now"))
                        || (owner.equals("java.time.ZoneId") && name.equals("systemDefault"))
                        || (owner.equals("java.time.Clock") && name.startsWith("system"))
                        || (owner.equals("java.util.TimeZone") && name.equals("getDefault"))
                        || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
            }
        };
    }

    private static ArchCondition<JavaClass> annotateACountyPattern() {
        return new ArchCondition<>("declare a @Pattern for county codes") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<JavaAnnotation<?>> annotations = new ArrayList<>();
                javaClass.getFields().forEach(field -> annotations.addAll(field.getAnnotations()));
                javaClass.getMethods().forEach(method -> {
                    annotations.addAll(method.getAnnotations());
                    method.getParameters().forEach(parameter -> annotations.addAll(parameter.getAnnotations()));
                });
                javaClass.getConstructors().forEach(constructor ->
                        constructor.getParameters().forEach(parameter -> annotations.addAll(parameter.getAnnotations())));
                for (JavaAnnotation<?> annotation : annotations) {
                    if (annotation.getRawType().getName().equals("jakarta.validation.constraints.Pattern")
                            && annotation.get("regexp").map(Object::toString).filter(ArchitectureRules::isCountyPattern).isPresent()) {
                        events.add(SimpleConditionEvent.violated(javaClass,
                                javaClass.getName() + " validates a county with @Pattern instead of using CountyCode"));
                    }
                }
            }
        };
    }

    static boolean isCountyPattern(String regexp) {
        return regexp.contains("\\d{6}") || regexp.contains("[0-9]{6}");
    }

    private static ArchCondition<JavaMethod> neverReturnEventsOrEntities(String base) {
        return new ArchCondition<>("return neither event records nor entities") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                for (JavaClass type : typesIn(method.getReturnType())) {
                    if (type.getPackageName().startsWith(base + ".event") || type.isAnnotatedWith("jakarta.persistence.Entity")) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns " + type.getName() + " to its callers"));
                    }
                }
            }
        };
    }

    private static List<JavaClass> typesIn(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().toList();
    }

    /**
     * The county code's shape is spelled out once, in {@code CountyCode}: no other source file of
     * the module writes {@code \d{6}} (annotations, {@code Pattern.compile}, {@code matches}).
     */
    public static void noCountyPatternInSources(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            return;
        }
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("org/anju/platform/programme/CountyCode.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (COUNTY_PATTERN_IN_SOURCE.matcher(lines.get(i)).find()) {
                        offenders.add(file + ":" + (i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!offenders.isEmpty()) {
            throw new AssertionError("County codes are validated by org.anju.platform.programme.CountyCode only; "
                    + "these lines spell the pattern out again:\n  " + String.join("\n  ", offenders));
        }
    }
}
