package org.anju.households.service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a command (or a filter) carries has a length limit and every list a size limit: the
 * service's records that are not views, each String and collection component annotated {@link Size}.
 */
class CommandLimitsTest {

    @Test
    void everyTextAndListOfACommandHasASizeLimit() {
        List<String> unlimited = new ArrayList<>();
        List<Class<?>> commands = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.anju.households.service")) {
            Class<?> record = type.reflect();
            if (record.isRecord() && Modifier.isPublic(record.getModifiers()) && !isView(record)) {
                commands.add(record);
                for (RecordComponent component : record.getRecordComponents()) {
                    boolean limited = String.class.equals(component.getType()) || Collection.class.isAssignableFrom(component.getType());
                    // @Size is not a record-component annotation: it lands on the field and the accessor
                    if (limited && component.getAccessor().getAnnotation(Size.class) == null) {
                        unlimited.add(record.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(commands).contains(RegisterHousehold.class, RegisterHousehold.Member.class, AllocateHousing.class, RegisterSite.class,
                RegisterVillage.class, SetRelocationTask.class, DatedCommand.class, HouseholdFilter.class);
        assertThat(unlimited).isEmpty();
    }

    private static boolean isView(Class<?> record) {
        for (Class<?> type = record; type != null; type = type.getEnclosingClass()) {
            if (type.getSimpleName().endsWith("View")) {
                return true;
            }
        }
        return false;
    }
}
