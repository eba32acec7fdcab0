package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.Household;
import org.anju.households.domain.Member;
import org.anju.households.repository.HouseholdRepository;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.Disclosure;
import org.anju.platform.security.PersonalData;
import org.anju.platform.tabular.SpreadsheetWriter;
import org.anju.platform.tabular.TabularFormat;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Streams households as a spreadsheet (XLSX with identifier columns as text and dates as dates, or
 * CSV in UTF-8 with a byte order mark), Chinese headers, one row per member, filtered as the list
 * is, page by page in short read transactions so that memory stays flat however many households a
 * county has. Personal data as the caller may see it: ID numbers masked and no birth date unless
 * {@code pii-reader}, no names, ID numbers or phones for partners.
 */
@ApplicationScoped
public class HouseholdExport {

    static final String SHEET = "搬迁户";
    private static final int PAGE = 500;

    /** The export, written when the response is streamed. */
    @FunctionalInterface
    public interface Sheet {
        void writeTo(OutputStream output);
    }

    private final HouseholdRepository households;
    private final CountyScope countyScope;
    private final PersonalData personalData;

    public HouseholdExport(HouseholdRepository households, CountyScope countyScope, PersonalData personalData) {
        this.households = households;
        this.countyScope = countyScope;
        this.personalData = personalData;
    }

    /** The export as the caller may see it; scope and disclosure are fixed now, the rows are written when streamed. */
    public Sheet export(TabularFormat format, HouseholdFilter filter) {
        String county = countyScope.listCounty(filter.county());
        Disclosure disclosure = Disclosure.of(personalData);
        return output -> {
            try (SpreadsheetWriter sheet = SpreadsheetWriter.open(format, output, SHEET, HouseholdColumns.EXPORT)) {
                String cursor = null;
                do {
                    String after = cursor;
                    // rows are built inside the read transaction, where the members load
                    Page<List<List<Object>>> page = QuarkusTransaction.requiringNew().call(() -> filter.query(county)
                            .after(after)
                            .page(households, PAGE)
                            .map(household -> rows(household, disclosure)));
                    page.items().forEach(rows -> rows.forEach(sheet::row));
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
        };
    }

    private static List<List<Object>> rows(Household h, Disclosure disclosure) {
        return h.members().stream().map(m -> row(h, m, disclosure)).toList();
    }

    private static List<Object> row(Household h, Member m, Disclosure disclosure) {
        return Arrays.asList(h.id().toString(), h.version(), h.registryNumber(), h.county(), h.originVillage(),
                h.originNaturalVillage(), text(h.villageId()), h.category().name(), text(h.siteId()), h.flatNumber(),
                h.status().name(), h.housingAllocatedOn(), h.movedInOn(), h.povertyStatus().name(), h.liftedOn(),
                h.homesteadStatus().name(), h.demolishedOn(), h.reclaimedOn(), disclosure.personal(m.name()),
                disclosure.idNumber(m.idNumber()), Views.birthDate(m, disclosure), m.sex().name(), m.relation().name(),
                m.labourCapacity(), disclosure.personal(m.phone()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
