package org.anju.gateway.service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's commands are its request bodies (targets, claims): records of the service package.
 * Every text and list a command carries has a size limit, and every number a precision that fits
 * its column (issue "integrity").
 */
class CommandLimitsTest {

    private static final List<Class<?>> GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anju.gateway").stream()
            .map(JavaClass::reflect)
            .toList();

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Test
    void theCommandsAreTheServiceRecordsThatAreNotViewsAndTheyAreExactlyTheRequestBodies() {
        assertThat(names(commands())).containsExactly("DeclareClaim", "SetTarget");
        assertThat(names(requestBodies())).isEqualTo(names(commands()));
    }

    @Test
    void noTextOrCollectionOfACommandIsUnlimitedAndEveryNumberFitsItsColumn() {
        List<String> unlimited = new ArrayList<>();
        commands().forEach(command -> unlimited.addAll(unlimited(command)));
        assertThat(unlimited).as("command components without @Size (texts, lists) or @Digits (numbers)").isEmpty();
    }

    /** The records of the service package that are not views (a view is what a service answers). */
    private static List<Class<?>> commands() {
        return GATEWAY.stream()
                .filter(type -> type.isRecord() && type.getPackageName().equals(CommandLimitsTest.class.getPackageName())
                        && type.getEnclosingClass() == null && !type.getSimpleName().endsWith("View"))
                .toList();
    }

    /** What the resources' operations take as their request body. */
    private static List<Class<?>> requestBodies() {
        List<Class<?>> bodies = new ArrayList<>();
        for (Class<?> resource : GATEWAY) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    Arrays.stream(method.getParameters()).filter(CommandLimitsTest::isBody).map(Parameter::getType).forEach(bodies::add);
                }
            }
        }
        return bodies;
    }

    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
    }

    /** The components of {@code record} (and of the records it holds) without the limit their type needs. */
    private static List<String> unlimited(Class<?> record) {
        List<String> unlimited = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            boolean text = CharSequence.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type) || type.isArray();
            if (text && component.getAccessor().getAnnotation(Size.class) == null
                    || type == BigDecimal.class && component.getAccessor().getAnnotation(Digits.class) == null) {
                unlimited.add(record.getSimpleName() + "." + component.getName());
            }
            if (type.isRecord()) {
                unlimited.addAll(unlimited(type));
            }
        }
        return unlimited;
    }

    private static Set<String> names(List<Class<?>> types) {
        Set<String> names = new TreeSet<>();
        types.forEach(type -> names.add(type.getSimpleName()));
        return names;
    }
}
