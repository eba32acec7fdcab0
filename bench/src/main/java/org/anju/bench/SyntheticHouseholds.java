package org.anju.bench;

import org.anju.demo.IdNumbers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * N obviously fake households (1–7 members named 测试…, valid GB 11643 ID numbers) spread over
 * Jinzhong's 11 counties, generated deterministically so that the suite's import and the COPY
 * baseline load exactly the same rows. Person {@code p} gets a unique ID number: its county's
 * region code, birth date {@code 1940-01-01 + p / 999} days, sequence {@code p % 999 + 1}.
 */
final class SyntheticHouseholds {

    static final List<String> COUNTIES = List.of("140702", "140703", "140721", "140722", "140723", "140724", "140725",
            "140727", "140728", "140729", "140781");
    static final String CSV_HEADER = "registryNumber,county,originVillage,originNaturalVillage,villageId,category,siteId,"
            + "homesteadToDemolish,memberName,idNumber,relation,labourCapacity,phone\n";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

    /** One household as both the import and the COPY see it. */
    record Household(int index, String registryNumber, String county, String category, boolean homestead, int members, long firstPerson) {

        String relation(int member) {
            return member == 0 ? "HEAD" : member == 1 ? "SPOUSE" : "CHILD";
        }

        boolean labour(int member) {
            return member < 2;
        }

        String name(int member) {
            return "测试户" + index + "之" + (member + 1);
        }

        String idNumber(int member) {
            return SyntheticHouseholds.idNumber(county, firstPerson + member);
        }

        int labourCount() {
            return Math.min(members, 2);
        }
    }

    private final String prefix;
    private final byte[] sizes;
    private final long[] firstPerson;

    /**
     * {@code prefix} keeps registry numbers apart between batches; {@code personBase} keeps ID
     * numbers apart (batches use disjoint person ranges, hence disjoint birth dates).
     */
    SyntheticHouseholds(String prefix, int count, long personBase, long seed) {
        this.prefix = prefix;
        this.sizes = new byte[count];
        this.firstPerson = new long[count];
        SplittableRandom random = new SplittableRandom(seed);
        long person = personBase;
        for (int i = 0; i < count; i++) {
            sizes[i] = (byte) (1 + random.nextInt(7));
            firstPerson[i] = person;
            person += sizes[i];
        }
    }

    int size() {
        return sizes.length;
    }

    long people() {
        long people = 0;
        for (byte size : sizes) {
            people += size;
        }
        return people;
    }

    /** Households {@code index} with {@code county} given explicitly (the freshness phase puts them all in one county). */
    Household get(int index, String county) {
        return new Household(index, prefix + county + String.format("%09d", index), county,
                index % 5 == 4 ? "CO_RELOCATED" : "REGISTERED_POOR", index % 3 != 0, sizes[index], firstPerson[index]);
    }

    Household get(int index) {
        return get(index, COUNTIES.get(index % COUNTIES.size()));
    }

    /** How many import files a county's households take at {@code perFile} households per file. */
    int files(int perFile) {
        int perCounty = (size() + COUNTIES.size() - 1) / COUNTIES.size();
        return Math.max(1, (perCounty + perFile - 1) / perFile);
    }

    /**
     * Import file {@code part} of one county: its households {@code part * perFile} onwards, one
     * row per member with the household's columns repeated.
     */
    String csv(String county, int part, int perFile) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        int first = COUNTIES.indexOf(county) + part * perFile * COUNTIES.size();
        int end = Math.min(size(), first + perFile * COUNTIES.size());
        for (int i = first; i < end; i += COUNTIES.size()) {
            Household h = get(i);
            for (int m = 0; m < h.members(); m++) {
                csv.append(h.registryNumber()).append(',').append(h.county()).append(",测试村").append(i % 50).append(",,,")
                        .append(h.category()).append(",,").append(h.homestead()).append(',').append(h.name(m)).append(',')
                        .append(h.idNumber(m)).append(',').append(h.relation(m)).append(',').append(h.labour(m)).append(",\n");
            }
        }
        return csv.toString();
    }

    /** The JSON body of {@code POST /api/v1/households}. */
    String json(Household h) {
        StringBuilder json = new StringBuilder("{\"registryNumber\":\"").append(h.registryNumber()).append("\",\"county\":\"")
                .append(h.county()).append("\",\"originVillage\":\"测试村").append(h.index() % 50).append("\",\"category\":\"")
                .append(h.category()).append("\",\"homesteadToDemolish\":").append(h.homestead()).append(",\"members\":[");
        for (int m = 0; m < h.members(); m++) {
            json.append(m == 0 ? "" : ",").append("{\"name\":\"").append(h.name(m)).append("\",\"idNumber\":\"").append(h.idNumber(m))
                    .append("\",\"relation\":\"").append(h.relation(m)).append("\",\"labourCapacity\":").append(h.labour(m)).append('}');
        }
        return json.append("]}").toString();
    }

    /**
     * The COPY text row of the baseline's copy of {@code households}: the columns households-service
     * writes for a newly registered household.
     */
    void householdRow(Household h, StringBuilder rows) {
        rows.append(id(h)).append("\t1\t").append(h.registryNumber()).append('\t').append(h.county()).append("\t测试村")
                .append(h.index() % 50).append("\t\\N\t\\N\t").append(h.category()).append('\t').append(h.members()).append('\t')
                .append(h.labourCount()).append("\t\\N\t\\N\tREGISTERED\t\\N\t\\N\t")
                .append(h.category().equals("REGISTERED_POOR") ? "IN_POVERTY" : "NOT_APPLICABLE").append("\t\\N\t")
                .append(h.homestead() ? "TO_DEMOLISH" : "NONE_TO_DEMOLISH").append("\t\\N\t\\N\n");
    }

    /** The COPY text rows of the household's members for the copy of {@code household_members}. */
    void memberRows(Household h, StringBuilder rows) {
        UUID household = id(h);
        for (int m = 0; m < h.members(); m++) {
            String idNumber = h.idNumber(m);
            rows.append(UUID.nameUUIDFromBytes(idNumber.getBytes(StandardCharsets.UTF_8))).append('\t').append(household)
                    .append('\t').append(m).append('\t').append(h.name(m)).append('\t').append(idNumber).append('\t')
                    .append(idNumber, 6, 10).append('-').append(idNumber, 10, 12).append('-').append(idNumber, 12, 14).append('\t')
                    .append((idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE").append('\t').append(h.relation(m)).append('\t')
                    .append(h.labour(m)).append("\t\\N\n");
        }
    }

    private static UUID id(Household h) {
        return UUID.nameUUIDFromBytes(h.registryNumber().getBytes(StandardCharsets.UTF_8));
    }

    static String idNumber(String region, long person) {
        return IdNumbers.of(region, FIRST_BIRTH.plusDays(person / 999).toString().replace("-", ""), (int) (person % 999 + 1));
    }
}
