package org.anju.households.service;

import org.anju.households.domain.Category;
import org.anju.households.domain.HouseholdDetails;
import org.anju.households.domain.IdNumber;
import org.anju.households.domain.Member;
import org.anju.households.domain.Relation;
import org.anju.households.rest.ImportJobResponse.RowError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
 * The rows of one household in an import file, checked field by field. Errors name the row and
 * column and never repeat a name or an ID number. A household with any error is imported not at
 * all: nothing is half-applied.
 */
final class ImportedHousehold {

    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 -]{5,20}");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "否", "");

    private final List<HouseholdFile.Row> rows;
    private final List<RowError> errors = new ArrayList<>();
    private String county;
    private HouseholdDetails details;
    private final List<Member> members = new ArrayList<>();

    ImportedHousehold(List<HouseholdFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Checks every field; the household's own columns are read from its first row. */
    void check(String countyScope) {
        HouseholdFile.Row first = rows.get(0);
        String registryNumber = first.get(REGISTRY_NUMBER);
        if (registryNumber.isEmpty() || registryNumber.length() > 40) {
            error(first, REGISTRY_NUMBER, "is required (at most 40 characters)");
        }
        county = first.get(COUNTY);
        if (!COUNTY_CODE.matcher(county).matches()) {
            error(first, COUNTY, "must be a 6-digit county code");
        } else if (countyScope != null && !countyScope.equals(county)) {
            error(first, COUNTY, "you may import only households of county " + countyScope);
        }
        for (HouseholdFile.Row row : rows.subList(1, rows.size())) {
            if (!row.get(COUNTY).equals(county)) {
                error(row, COUNTY, "differs from the household's first row " + first.number());
            }
        }
        String originVillage = first.get(ORIGIN_VILLAGE);
        if (originVillage.isEmpty() || originVillage.length() > 100) {
            error(first, ORIGIN_VILLAGE, "is required (at most 100 characters)");
        }
        Category category = enumValue(first, CATEGORY, Category.class);
        UUID villageId = uuid(first, VILLAGE_ID);
        UUID siteId = uuid(first, SITE_ID);
        Boolean homestead = yesNo(first, HOMESTEAD_TO_DEMOLISH);
        int heads = 0;
        for (HouseholdFile.Row row : rows) {
            Member member = member(row);
            if (member != null) {
                members.add(member);
                heads += member.relation() == Relation.HEAD ? 1 : 0;
            }
        }
        if (members.size() == rows.size() && heads != 1) {
            error(first, RELATION, "a household has exactly one member with relation HEAD, this one has " + heads);
        }
        if (errors.isEmpty()) {
            String naturalVillage = first.get(ORIGIN_NATURAL_VILLAGE);
            details = new HouseholdDetails(registryNumber, originVillage, naturalVillage.isEmpty() ? null : naturalVillage,
                    villageId, category, siteId, homestead);
        }
    }

    private Member member(HouseholdFile.Row row) {
        int before = errors.size();
        String name = row.get(MEMBER_NAME);
        if (name.isEmpty() || name.length() > 50) {
            error(row, MEMBER_NAME, "is required (at most 50 characters)");
        }
        String idNumber = row.get(ID_NUMBER).toUpperCase(Locale.ROOT);
        IdNumber.problem(idNumber).ifPresent(problem -> error(row, ID_NUMBER, problem));
        Relation relation = enumValue(row, RELATION, Relation.class);
        Boolean labourCapacity = yesNo(row, LABOUR_CAPACITY);
        String phone = row.get(PHONE);
        if (!phone.isEmpty() && !PHONE_NUMBER.matcher(phone).matches()) {
            error(row, PHONE, "must be a phone number");
        }
        if (errors.size() > before) {
            return null;
        }
        return new Member(name, idNumber, relation, labourCapacity, phone.isEmpty() ? null : phone);
    }

    private <E extends Enum<E>> E enumValue(HouseholdFile.Row row, String column, Class<E> type) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(row, column, "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    private UUID uuid(HouseholdFile.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            error(row, column, "must be the id of a " + (column.equals(SITE_ID) ? "site" : "village") + " or empty");
            return null;
        }
    }

    private Boolean yesNo(HouseholdFile.Row row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        error(row, column, "must be true or false");
        return false;
    }

    void error(HouseholdFile.Row row, String column, String message) {
        errors.add(new RowError(row.number(), column, message));
    }

    /** An error on the row of the member with this ID number (the household's first row if none). */
    void errorAtIdNumber(String idNumber, String message) {
        HouseholdFile.Row row = rows.stream().filter(r -> r.get(ID_NUMBER).equalsIgnoreCase(idNumber)).findFirst().orElse(rows.get(0));
        error(row, ID_NUMBER, message);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<RowError> errors() {
        return errors;
    }

    List<HouseholdFile.Row> rows() {
        return rows;
    }

    HouseholdFile.Row firstRow() {
        return rows.get(0);
    }

    String registryNumber() {
        return rows.get(0).get(REGISTRY_NUMBER);
    }

    String county() {
        return county;
    }

    HouseholdDetails details() {
        return details;
    }

    List<Member> members() {
        return members;
    }
}
