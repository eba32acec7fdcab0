package org.anju.governance.service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text and every list a client sends has a limit: each String, collection or map component of
 * a command (a record a service method takes, and the records nested in it) carries {@code @Size}.
 */
class CommandLimitsTest {

    @Test
    void everyTextAndListOfACommandHasASizeLimit() {
        Set<Class<?>> commands = new LinkedHashSet<>();
        for (JavaClass service : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CommandLimitsTest.class.getPackageName())) {
            for (Method method : service.reflect().getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    for (Type parameter : method.getGenericParameterTypes()) {
                        collectRecords(parameter, commands);
                    }
                }
            }
        }
        assertThat(commands).contains(SubmitRequest.class, FoundBranch.class, FoundBranch.Secretary.class,
                AssessSiteStandard.AssessedItem.class);

        List<String> unlimited = new ArrayList<>();
        for (Class<?> command : commands) {
            for (RecordComponent component : command.getRecordComponents()) {
                Class<?> type = component.getType();
                boolean limitable = type == String.class || Collection.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type) || type.isArray();
                if (limitable && component.getAccessor().getAnnotation(Size.class) == null) {
                    unlimited.add(command.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unlimited).as("command components without @Size").isEmpty();
    }

    /** The records of this package in {@code type}, its type arguments and its components, recursively. */
    private static void collectRecords(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectRecords(argument, records);
            }
            collectRecords(parameterized.getRawType(), records);
        } else if (type instanceof Class<?> clazz && clazz.isRecord()
                && clazz.getPackageName().equals(CommandLimitsTest.class.getPackageName()) && records.add(clazz)) {
            for (RecordComponent component : clazz.getRecordComponents()) {
                collectRecords(component.getGenericType(), records);
            }
        }
    }
}
