package org.anju.funding;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text and every list a command carries has a length limit: each String, collection and map
 * component of the service package's records (the commands and the entry filter; views are what
 * the service answers, not what it is sent) declares {@code @Size} with a maximum.
 */
class CommandLimitsTest {

    @Test
    void everyTextAndListOfACommandHasASizeLimit() {
        List<Class<?>> commands = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.anju.funding.service").stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> !type.getSimpleName().endsWith("View") && !type.getSimpleName().endsWith("Views"))
                .toList();
        List<String> unlimited = new ArrayList<>();
        for (Class<?> command : commands) {
            for (RecordComponent component : command.getRecordComponents()) {
                if (isTextOrList(component.getType()) && !limited(command, component)) {
                    unlimited.add(command.getSimpleName() + "." + component.getName());
                }
            }
        }

        assertThat(commands).extracting(Class::getSimpleName)
                .contains("RecordReceipt", "RecordDisbursement", "RecordExpenditure", "ReverseEntry", "DeclareTotals", "EntryFilter");
        assertThat(unlimited).as("String, collection and map components without @Size(max = ...)").isEmpty();
    }

    private static boolean isTextOrList(Class<?> type) {
        return type == String.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /** @Size reaches the component's accessor, field or type, depending on where the compiler propagates it. */
    private static boolean limited(Class<?> command, RecordComponent component) {
        try {
            return Stream.of(component.getAccessor(), command.getDeclaredField(component.getName()), component.getAnnotatedType())
                    .map((AnnotatedElement element) -> element.getAnnotation(Size.class))
                    .anyMatch(size -> size != null && size.max() < Integer.MAX_VALUE);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field per component", e);
        }
    }
}
