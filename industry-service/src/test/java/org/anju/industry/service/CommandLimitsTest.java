package org.anju.industry.service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a command carries has a length limit and every list a size limit (issue "integrity"). */
class CommandLimitsTest {

    private static final String SERVICE = CommandLimitsTest.class.getPackageName();

    /** The command records of the service package: its records that are not views. */
    static List<Class<?>> commands() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVICE).stream()
                .filter(type -> type.getPackageName().equals(SERVICE))
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> !type.getSimpleName().endsWith("View"))
                .toList();
    }

    @Test
    void noTextOrCollectionOfACommandIsUnlimited() {
        List<Class<?>> commands = commands();
        List<String> unlimited = commands.stream()
                .flatMap(command -> Stream.of(command.getRecordComponents()))
                .filter(CommandLimitsTest::isTextOrCollection)
                .filter(component -> sizeOf(component) == null)
                .map(component -> component.getDeclaringRecord().getSimpleName() + "." + component.getName())
                .toList();

        assertThat(commands).extracting(Class::getSimpleName).contains("StartEmployment", "RegisterProject", "RecordTraining");
        assertThat(unlimited).as("command components without @Size").isEmpty();
    }

    private static boolean isTextOrCollection(RecordComponent component) {
        Class<?> type = component.getType();
        return CharSequence.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || type.isArray();
    }

    private static Size sizeOf(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Size.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
