package org.anju.households.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.anju.households.domain.Category;
import org.anju.households.domain.HouseholdRegistrationPolicy;
import org.anju.households.domain.Relation;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.problem.RuleViolation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.anju.households.service.HouseholdFile.CATEGORY;
import static org.anju.households.service.HouseholdFile.COUNTY;
import static org.anju.households.service.HouseholdFile.HOMESTEAD_TO_DEMOLISH;
import static org.anju.households.service.HouseholdFile.ID_NUMBER;
import static org.anju.households.service.HouseholdFile.LABOUR_CAPACITY;
import static org.anju.households.service.HouseholdFile.MEMBER_NAME;
import static org.anju.households.service.HouseholdFile.ORIGIN_NATURAL_VILLAGE;
import static org.anju.households.service.HouseholdFile.ORIGIN_VILLAGE;
import static org.anju.households.service.HouseholdFile.PHONE;
import static org.anju.households.service.HouseholdFile.REGISTRY_NUMBER;
import static org.anju.households.service.HouseholdFile.RELATION;
import static org.anju.households.service.HouseholdFile.SITE_ID;
import static org.anju.households.service.HouseholdFile.VILLAGE_ID;

/**
 * The rows of one household in an import file, read into the command the JSON API takes
 * ({@link RegisterHousehold}, identifiers normalised the same way) and checked as it is: its Bean
 * Validation constraints, {@link HouseholdRegistrationPolicy} and, for the chunk,
 * {@link RegistrationChecks}. Errors name the row and column (one per cell), the rule where one
 * was broken, and never repeat a name or an ID number. A household with any error is imported
 * not at all: nothing is half-applied.
 */
final class ImportedHousehold {

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "否", "");
    /** A path into the registration naming one member's field, e.g. {@code members[1].idNumber}. */
    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)](?:\\.(\\w+))?");

    /** Why a cell was not imported; {@code rule} is the domain rule broken, null for a value that could not be read. */
    record Error(int row, String column, String rule, String message) {
    }

    private final List<HouseholdFile.Row> rows;
    private final List<Error> errors = new ArrayList<>();
    private final Set<String> cellsInError = new HashSet<>();
    private RegisterHousehold registration;

    ImportedHousehold(List<HouseholdFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads the household (its own columns from its first row) and checks it as the JSON API
     * would, reporting every error; {@code countyScope} is the only county the submitter may
     * import into (null for every county).
     */
    void check(CountyCode countyScope, Validator validator, LocalDate today) {
        HouseholdFile.Row first = rows.get(0);
        CountyCode county = county(first, countyScope);
        String firstCounty = Identifiers.normalise(first.get(COUNTY));
        for (HouseholdFile.Row row : rows.subList(1, rows.size())) {
            if (!Identifiers.normalise(row.get(COUNTY)).equals(firstCounty)) {
                error(row, COUNTY, null, "differs from the household's first row " + first.number());
            }
        }
        Category category = enumValue(first, CATEGORY, Category.class);
        UUID villageId = uuid(first, VILLAGE_ID, "village");
        UUID siteId = uuid(first, SITE_ID, "site");
        boolean homesteadToDemolish = yesNo(first, HOMESTEAD_TO_DEMOLISH);
        List<RegisterHousehold.Member> members = rows.stream()
                .map(row -> new RegisterHousehold.Member(row.get(MEMBER_NAME), row.get(ID_NUMBER),
                        enumValue(row, RELATION, Relation.class), yesNo(row, LABOUR_CAPACITY), optional(row, PHONE)))
                .toList();
        registration = new RegisterHousehold(first.get(REGISTRY_NUMBER), county, first.get(ORIGIN_VILLAGE),
                first.get(ORIGIN_NATURAL_VILLAGE), villageId, category, siteId, homesteadToDemolish, members);
        // the rules first, so that a cell a rule and a constraint both refuse reports the rule
        HouseholdRegistrationPolicy.violations(registration.memberDetails(), today).forEach(this::report);
        for (ConstraintViolation<RegisterHousehold> violation : validator.validate(registration)) {
            report(pathOf(violation), null, violation.getMessage());
        }
    }

    private CountyCode county(HouseholdFile.Row first, CountyCode countyScope) {
        try {
            CountyCode county = CountyCode.of(first.get(COUNTY), COUNTY);
            if (countyScope != null && !countyScope.equals(county)) {
                error(first, COUNTY, null, "you may import only households of county " + countyScope);
            }
            return county;
        } catch (InvalidInput invalid) {
            error(first, COUNTY, null, invalid.reason());
            return null;
        }
    }

    /** An optional identifier: an empty cell (or one of spaces only) is none. */
    private static String optional(HouseholdFile.Row row, String column) {
        String value = Identifiers.normalise(row.get(column));
        return value.isEmpty() ? null : value;
    }

    private <E extends Enum<E>> E enumValue(HouseholdFile.Row row, String column, Class<E> type) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(row, column, null, "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    private UUID uuid(HouseholdFile.Row row, String column, String kind) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            error(row, column, null, "must be the id of a " + kind + " or empty");
            return null;
        }
    }

    private boolean yesNo(HouseholdFile.Row row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (!NO.contains(value)) {
            error(row, column, null, "must be true or false");
        }
        return false;
    }

    /** A broken rule, at the cell its field names. */
    void report(RuleViolation violation) {
        report(violation.field(), violation.rule(), violation.message());
    }

    /** An error at the cell of a path into the registration: a member's field is on that member's row, the rest on the first. */
    private void report(String path, String rule, String message) {
        Matcher member = MEMBER_FIELD.matcher(path);
        if (member.matches()) {
            String field = member.group(2);
            String column = field == null || field.equals("name") ? MEMBER_NAME : field;
            error(rows.get(Integer.parseInt(member.group(1))), column, rule, message);
        } else {
            // "members" as a whole (how many, which is head) is about the relation column
            error(rows.get(0), path.equals("members") ? RELATION : path, rule, message);
        }
    }

    /** The client's path of a constraint violation, as the JSON API reports it: {@code members[1].idNumber}. */
    private static String pathOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }

    /** Records an error unless its cell already has one: the first reason is the one reported. */
    void error(HouseholdFile.Row row, String column, String rule, String message) {
        if (cellsInError.add(row.number() + "\u001f" + column)) {
            errors.add(new Error(row.number(), column, rule, message));
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<Error> errors() {
        return errors;
    }

    List<HouseholdFile.Row> rows() {
        return rows;
    }

    HouseholdFile.Row firstRow() {
        return rows.get(0);
    }

    /** The household as the JSON API would take it, once {@link #check} has read it. */
    RegisterHousehold registration() {
        return registration;
    }
}
