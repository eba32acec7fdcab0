package org.anju.households.service;

import jakarta.validation.Validator;
import org.anju.platform.i18n.Message;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.anju.households.service.HouseholdColumns.DEMOLISHED_ON;
import static org.anju.households.service.HouseholdColumns.FLAT;
import static org.anju.households.service.HouseholdColumns.HOUSING_ALLOCATED_ON;
import static org.anju.households.service.HouseholdColumns.LIFTED_ON;
import static org.anju.households.service.HouseholdColumns.MOVED_IN_ON;
import static org.anju.households.service.HouseholdColumns.RECLAIMED_ON;
import static org.anju.households.service.HouseholdColumns.REGISTRY_NUMBER;
import static org.anju.households.service.HouseholdColumns.SITE;
import static org.anju.households.service.HouseholdColumns.UPDATE_FILE;

/**
 * The row of one household in a lifecycle file (or its rows, as an export repeats them per member,
 * all saying the same): its registry number and the dates of the steps it has taken, read into the
 * commands the JSON API takes ({@link AllocateHousing}, {@link DatedCommand}) and checked by their
 * constraints. Dates are read as Excel keeps them: date cells, {@code 2019/3/5}, {@code 2019年3月5日}, serials.
 */
final class ImportedUpdate extends RowGroup {

    private String registryNumber;
    private LocalDate housingAllocatedOn;
    private String siteRef;
    private String flat;
    private LocalDate movedInOn;
    private LocalDate liftedOn;
    private LocalDate demolishedOn;
    private LocalDate reclaimedOn;

    ImportedUpdate(List<SheetRow> rows, Header header) {
        super(rows, header);
    }

    ImportedUpdate read(Validator validator) {
        SheetRow first = firstRow();
        requireSameOnEveryRow(UPDATE_FILE.subList(1, UPDATE_FILE.size()));
        registryNumber = identifier(first, REGISTRY_NUMBER);
        if (registryNumber == null && valid()) {
            error(first, REGISTRY_NUMBER.key(), null, Message.of("import.registry-number-blank"));
        }
        housingAllocatedOn = date(first, HOUSING_ALLOCATED_ON);
        siteRef = text(first, SITE);
        flat = text(first, FLAT);
        movedInOn = date(first, MOVED_IN_ON);
        liftedOn = date(first, LIFTED_ON);
        demolishedOn = date(first, DEMOLISHED_ON);
        reclaimedOn = date(first, RECLAIMED_ON);
        if (housingAllocatedOn == null && (siteRef != null || flat != null)) {
            error(first, HOUSING_ALLOCATED_ON.key(), null, Message.of("import.allocation-date-missing"));
        }
        for (Column column : List.of(MOVED_IN_ON, LIFTED_ON, DEMOLISHED_ON, RECLAIMED_ON)) {
            LocalDate date = dateOf(column);
            if (date != null) {
                validator.validate(new DatedCommand(date)).forEach(violation -> error(first, column.key(), null, violation));
            }
        }
        return this;
    }

    /** The allocation as the JSON API takes it, once the site is found; checked by its constraints. */
    AllocateHousing allocation(UUID siteId, Validator validator) {
        AllocateHousing allocation = new AllocateHousing(siteId, flat, housingAllocatedOn);
        validator.validate(allocation).forEach(this::report);
        return allocation;
    }

    @Override
    void report(String path, String rule, Object reason) {
        Column column = switch (path) {
            case "siteId" -> SITE;
            case "flat" -> FLAT;
            case "date" -> HOUSING_ALLOCATED_ON;
            default -> REGISTRY_NUMBER;
        };
        error(firstRow(), column.key(), rule, reason);
    }

    String registryNumber() {
        return registryNumber;
    }

    boolean allocates() {
        return housingAllocatedOn != null;
    }

    String siteRef() {
        return siteRef;
    }

    LocalDate dateOf(Column column) {
        if (column == MOVED_IN_ON) {
            return movedInOn;
        }
        if (column == LIFTED_ON) {
            return liftedOn;
        }
        if (column == DEMOLISHED_ON) {
            return demolishedOn;
        }
        if (column == RECLAIMED_ON) {
            return reclaimedOn;
        }
        return column == HOUSING_ALLOCATED_ON ? housingAllocatedOn : null;
    }
}
