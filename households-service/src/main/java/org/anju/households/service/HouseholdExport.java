package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.Household;
import org.anju.households.domain.Member;
import org.anju.households.repository.HouseholdRepository;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.Disclosure;
import org.anju.platform.security.PersonalData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Streams households as CSV, one row per member, page by page in short read transactions so that
 * memory stays flat however many households a county has.
 */
@ApplicationScoped
public class HouseholdExport {

    static final List<String> COLUMNS = List.of("id", "version", "registryNumber", "county", "originVillage",
            "originNaturalVillage", "villageId", "category", "siteId", "flatNumber", "status", "housingAllocatedOn",
            "movedInOn", "povertyStatus", "liftedOn", "homesteadStatus", "demolishedOn", "reclaimedOn",
            "memberName", "idNumber", "birthDate", "sex", "relation", "labourCapacity", "phone");
    private static final int PAGE = 500;

    /** The export, written when the response is streamed. */
    @FunctionalInterface
    public interface Csv {
        void writeTo(OutputStream output) throws IOException;
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
    public Csv export(CountyCode county) {
        String scoped = countyScope.listCounty(county);
        Disclosure disclosure = Disclosure.of(personalData);
        return output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so that Excel reads the file as UTF-8
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            String cursor = null;
            do {
                String after = cursor;
                // rows are built inside the read transaction, where the members load
                Page<List<List<Object>>> page = QuarkusTransaction.requiringNew().call(() -> ListQuery.byId(Household::id)
                        .where("county", scoped)
                        .after(after)
                        .page(households, PAGE)
                        .map(household -> rows(household, disclosure)));
                for (List<List<Object>> rows : page.items()) {
                    printer.printRecords(rows);
                }
                cursor = page.nextCursor();
            } while (cursor != null);
            printer.flush();
        };
    }

    private static List<List<Object>> rows(Household h, Disclosure disclosure) {
        return h.members().stream().map(m -> row(h, m, disclosure)).toList();
    }

    private static List<Object> row(Household h, Member m, Disclosure disclosure) {
        return Arrays.asList(h.id(), h.version(), h.registryNumber(), h.county(), h.originVillage(),
                h.originNaturalVillage(), h.villageId(), h.category(), h.siteId(), h.flatNumber(), h.status(),
                h.housingAllocatedOn(), h.movedInOn(), h.povertyStatus(), h.liftedOn(), h.homesteadStatus(),
                h.demolishedOn(), h.reclaimedOn(), disclosure.personal(m.name()), disclosure.idNumber(m.idNumber()),
                m.birthDate(), m.sex(), m.relation(), m.labourCapacity(), disclosure.personal(m.phone()));
    }
}
