package org.anju.households.service;

import jakarta.validation.Validator;
import org.anju.households.domain.Category;
import org.anju.households.domain.HouseholdRegistrationPolicy;
import org.anju.households.domain.Relation;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.anju.households.service.HouseholdColumns.CATEGORY;
import static org.anju.households.service.HouseholdColumns.COUNTY;
import static org.anju.households.service.HouseholdColumns.HOMESTEAD_TO_DEMOLISH;
import static org.anju.households.service.HouseholdColumns.HOUSEHOLD_OWN;
import static org.anju.households.service.HouseholdColumns.ID_NUMBER;
import static org.anju.households.service.HouseholdColumns.LABOUR_CAPACITY;
import static org.anju.households.service.HouseholdColumns.MEMBER_NAME;
import static org.anju.households.service.HouseholdColumns.ORIGIN_NATURAL_VILLAGE;
import static org.anju.households.service.HouseholdColumns.ORIGIN_VILLAGE;
import static org.anju.households.service.HouseholdColumns.PHONE;
import static org.anju.households.service.HouseholdColumns.REGISTRY_NUMBER;
import static org.anju.households.service.HouseholdColumns.RELATION;
import static org.anju.households.service.HouseholdColumns.SITE;
import static org.anju.households.service.HouseholdColumns.VILLAGE;

/**
 * The rows of one household in a household file, read into the command the JSON API takes
 * ({@link RegisterHousehold}, identifiers through {@link org.anju.platform.tabular.Cells#identifier},
 * which refuses what Excel mangled) and checked as it is: {@link HouseholdRegistrationPolicy}, its
 * Bean Validation constraints and, for the chunk, {@link RegistrationChecks}.
 */
final class ImportedHousehold extends RowGroup {

    /** A path into the registration naming one member's field, e.g. {@code members[1].idNumber}. */
    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)](?:\\.(\\w+))?");

    private String registryNumber;
    private CountyCode county;
    private String originVillage;
    private String originNaturalVillage;
    private String villageRef;
    private Category category;
    private String siteRef;
    private boolean homesteadToDemolish;
    private List<RegisterHousehold.Member> members;
    private RegisterHousehold registration;

    ImportedHousehold(List<SheetRow> rows, Header header) {
        super(rows, header);
    }

    /**
     * Reads the household's cells (its own columns from its first row, which every other row must
     * repeat); {@code countyScope} is the only county the submitter may import into (null for every county).
     */
    ImportedHousehold read(CountyCode countyScope) {
        SheetRow first = firstRow();
        requireSameOnEveryRow(HOUSEHOLD_OWN);
        registryNumber = identifier(first, REGISTRY_NUMBER);
        county = county(first, countyScope);
        originVillage = text(first, ORIGIN_VILLAGE);
        originNaturalVillage = text(first, ORIGIN_NATURAL_VILLAGE);
        villageRef = text(first, VILLAGE);
        String categoryCode = choice(first, CATEGORY);
        category = categoryCode == null ? null : Category.valueOf(categoryCode);
        siteRef = text(first, SITE);
        homesteadToDemolish = yesNo(first, HOMESTEAD_TO_DEMOLISH);
        members = rows().stream().map(row -> {
            String relation = choice(row, RELATION);
            return new RegisterHousehold.Member(text(row, MEMBER_NAME), identifier(row, ID_NUMBER),
                    relation == null ? null : Relation.valueOf(relation), yesNo(row, LABOUR_CAPACITY), identifier(row, PHONE));
        }).toList();
        return this;
    }

    private CountyCode county(SheetRow first, CountyCode countyScope) {
        String code = identifier(first, COUNTY);
        if (code == null) {
            return null;
        }
        try {
            CountyCode read = CountyCode.of(code, COUNTY.key());
            if (countyScope != null && !countyScope.equals(read)) {
                error(first, COUNTY.key(), null, Message.of("import.county-scope", countyScope.code()));
            }
            return read;
        } catch (InvalidInput invalid) {
            error(first, COUNTY.key(), null, invalid.reason());
            return null;
        }
    }

    /**
     * Finds the site and village the household names (by id or by name in its county), builds the
     * registration and checks it as the JSON API would, reporting every error. Inside a transaction;
     * done once, whatever attempt it is.
     */
    void check(References references, References.Cache cache, Validator validator, LocalDate today) {
        if (registration != null) {
            return;
        }
        UUID siteId = reference(siteRef, SITE, (text, field) -> references.site(county.code(), text, field, cache));
        UUID villageId = reference(villageRef, VILLAGE, (text, field) -> references.village(county.code(), text, field, cache));
        registration = new RegisterHousehold(registryNumber, county, originVillage, originNaturalVillage, villageId, category,
                siteId, homesteadToDemolish, members);
        // the rules first, so that a cell a rule and a constraint both refuse reports the rule
        HouseholdRegistrationPolicy.violations(registration.memberDetails(), today).forEach(this::report);
        validator.validate(registration).forEach(this::report);
    }

    /** The id of the record a cell names, null when it names none (or cannot be looked up: the county is wrong). */
    private UUID reference(String text, Column column, BiFunction<String, String, References.Resolved> resolve) {
        if (text == null || county == null) {
            return null;
        }
        References.Resolved resolved = resolve.apply(text, column.key());
        if (resolved.problem() != null) {
            report(resolved.problem());
        }
        return resolved.id();
    }

    @Override
    void report(String path, String rule, Object reason) {
        Matcher member = MEMBER_FIELD.matcher(path);
        if (member.matches()) {
            String field = member.group(2);
            String column = field == null || field.equals("name") ? MEMBER_NAME.key() : field;
            error(rows().get(Integer.parseInt(member.group(1))), column, rule, reason);
        } else {
            // "members" as a whole (how many, which is head) is about the relation column
            error(firstRow(), path.equals("members") ? RELATION.key() : path, rule, reason);
        }
    }

    /** The household as the JSON API would take it, once {@link #check} has built it. */
    RegisterHousehold registration() {
        return registration;
    }
}
