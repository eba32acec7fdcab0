package org.anju.systemtests;

import org.anju.demo.IdNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of every kind in two counties, made through the gateway's public API with a city-admin
 * token, and the personal data they carry (names, ID numbers, phones, birth dates, a resident's
 * words) so that tests can look for it where it must not be.
 */
final class Seed {

    static final String OWN = "140723";   // Heshun: the county of the county-scoped tokens
    static final String OTHER = "140721"; // Yushe
    static final String BIRTH_DATE = "1931-07-29";

    /** county → record kind (the collection's path, e.g. /api/v1/households) → id. */
    final Map<String, Map<String, String>> ids = new LinkedHashMap<>();
    final List<String> idNumbers = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    final List<String> requestTexts = new ArrayList<>();

    static Seed load(RunningSuite suite) {
        Seed seed = new Seed();
        suite.admin("POST", "/api/v1/entries/receipts", """
                {"source": "CENTRAL_BUDGET", "amount": "90000000.00", "receivedOn": "2018-03-01", "documentNumber": "系统测试〔2018〕1号"}""", 201);
        int n = 0;
        for (String county : List.of(OWN, OTHER)) {
            seed.county(suite, county, ++n);
        }
        return seed;
    }

    String id(String county, String kind) {
        return ids.get(county).get(kind);
    }

    /** Every seeded value that only a pii-reader may see in full. */
    List<String> secretsOfPiiReaders() {
        return idNumbers;
    }

    /** Every seeded value a partner may never see. */
    List<String> secretsOfPartners() {
        List<String> all = new ArrayList<>(idNumbers);
        all.addAll(names);
        all.addAll(phones);
        all.addAll(requestTexts);
        return all;
    }

    private void county(RunningSuite suite, String county, int n) {
        Map<String, String> mine = new LinkedHashMap<>();
        ids.put(county, mine);
        suite.admin("PUT", "/api/v1/relocation-tasks/" + county + "/2016-2020", "{\"plannedPeople\": 30, \"plannedHouseholds\": 10}", 200, 201);
        String site = suite.admin("POST", "/api/v1/sites", """
                {"county": "%s", "town": "系统测试镇", "name": "系统测试安置点%d", "placementMode": "COUNTY_TOWN",
                 "plannedHouseholds": 10, "plannedPeople": 30}""".formatted(county, n), 201).path("id").asText();
        suite.admin("POST", "/api/v1/sites/" + site + "/start-construction", "{\"date\": \"2018-03-01\"}", 200);
        suite.admin("POST", "/api/v1/sites/" + site + "/complete", "{\"date\": \"2018-10-01\"}", 200);
        mine.put("/api/v1/sites", site);
        mine.put("/api/v1/villages", suite.admin("POST", "/api/v1/villages", """
                {"county": "%s", "township": "系统测试乡", "name": "系统测试村%d"}""".formatted(county, n), 201).path("id").asText());

        String head = "系统测试户主" + "甲乙".charAt(n - 1);
        String spouse = "系统测试配偶" + "甲乙".charAt(n - 1);
        String headId = IdNumbers.of(county, BIRTH_DATE.replace("-", ""), 100 + n);
        String spouseId = IdNumbers.of(county, "19330101", 200 + n);
        String headPhone = "1390731" + String.format("%04d", 4000 + n);
        names.addAll(List.of(head, spouse));
        idNumbers.addAll(List.of(headId, spouseId));
        phones.add(headPhone);
        String household = suite.admin("POST", "/api/v1/households", """
                {"registryNumber": "XT-%s-0001", "county": "%s", "originVillage": "系统测试原村", "category": "REGISTERED_POOR",
                 "homesteadToDemolish": true, "siteId": "%s", "members": [
                   {"name": "%s", "idNumber": "%s", "relation": "HEAD", "labourCapacity": true, "phone": "%s"},
                   {"name": "%s", "idNumber": "%s", "relation": "SPOUSE", "labourCapacity": true}]}"""
                .formatted(county, county, site, head, headId, headPhone, spouse, spouseId), 201).path("id").asText();
        mine.put("/api/v1/households", household);

        suite.admin("POST", "/api/v1/entries/disbursements", """
                {"source": "CENTRAL_BUDGET", "county": "%s", "amount": "2000000.00", "disbursedOn": "2018-04-01", "documentNumber": "系统测试拨〔2018〕%d号"}"""
                .formatted(county, n), 201);
        mine.put("/api/v1/entries", suite.admin("POST", "/api/v1/entries/expenditures", """
                {"source": "CENTRAL_BUDGET", "county": "%s", "purpose": "HOUSING_SUBSIDY", "amount": "1000.00", "spentOn": "2018-05-01",
                 "documentNumber": "系统测试支〔2018〕%d号", "siteId": "%s"}""".formatted(county, n, site), 201).path("id").asText());

        String project = suite.admin("POST", "/api/v1/projects", """
                {"name": "系统测试项目%d", "type": "MUSHROOM_GREENHOUSE", "county": "%s", "investment": "1000000.00",
                 "startDate": "2018-04-01"}""".formatted(n, county), 201).path("id").asText();
        mine.put("/api/v1/projects", project);
        String workshop = suite.adminEventually("POST", "/api/v1/workshops", """
                {"name": "系统测试车间%d", "operatingCompany": "系统测试公司", "county": "%s", "siteId": "%s", "jobsOffered": 20}"""
                .formatted(n, county, site), 201).path("id").asText();
        mine.put("/api/v1/workshops", workshop);
        suite.admin("POST", "/api/v1/workshops/" + workshop + "/status", "{\"status\": \"OPERATING\"}", 200);
        mine.put("/api/v1/trainings", suite.admin("POST", "/api/v1/trainings", """
                {"topic": "系统测试培训", "county": "%s", "heldFrom": "2019-05-06", "heldTo": "2019-05-10", "sessions": 5, "trainees": 40, "employedAfter": 20}"""
                .formatted(county), 201).path("id").asText());
        mine.put("/api/v1/job-fairs", suite.admin("POST", "/api/v1/job-fairs", """
                {"heldOn": "2019-02-15", "county": "%s", "employers": 10, "registrations": 100, "hires": 20}""".formatted(county), 201)
                .path("id").asText());
        mine.put("/api/v1/employments", suite.adminEventually("POST", "/api/v1/employments", """
                {"householdId": "%s", "memberRef": "m-1", "channel": "WORKSHOP", "employer": "系统测试公司", "workshopId": "%s",
                 "startDate": "2019-03-01", "monthlyIncome": "1500.00", "contract": true}""".formatted(household, workshop), 201).path("id").asText());
        suite.admin("POST", "/api/v1/projects/" + project + "/beneficiaries", """
                {"householdId": "%s", "expectedAnnualIncrease": "5000.00"}""".formatted(household), 200, 201);

        String secretary = "系统测试书记" + "甲乙".charAt(n - 1);
        String deputy = "系统测试副书记" + "甲乙".charAt(n - 1);
        names.addAll(List.of(secretary, deputy));
        String branch = suite.adminEventually("POST", "/api/v1/party-branches", """
                {"county": "%s", "name": "系统测试党支部%d", "managementMode": "SINGLE_AFFILIATION_DUAL_MANAGEMENT", "foundedOn": "2019-03-01",
                 "siteIds": ["%s"], "secretary": {"officerId": "xt-secretary-%d", "name": "%s"}}""".formatted(county, n, site, n, secretary), 201)
                .path("id").asText();
        mine.put("/api/v1/party-branches", branch);
        suite.admin("POST", "/api/v1/party-branches/" + branch + "/officers", """
                {"officerId": "xt-deputy-%d", "name": "%s", "role": "DEPUTY_SECRETARY", "appointedOn": "2020-01-15"}""".formatted(n, deputy), 200, 201);
        mine.put("officer", "xt-deputy-" + n);
        mine.put("/api/v1/facilities", suite.admin("POST", "/api/v1/facilities", """
                {"county": "%s", "siteId": "%s", "type": "ELDERLY_HOME", "name": "系统测试养老院%d", "beds": 20, "openedOn": "2019-10-01"}"""
                .formatted(county, site, n), 201).path("id").asText());
        String words = "系统测试诉求：" + "甲乙".charAt(n - 1) + "家暖气不热";
        requestTexts.add(words);
        mine.put("/api/v1/requests", suite.admin("POST", "/api/v1/requests", """
                {"county": "%s", "siteId": "%s", "householdId": "%s", "category": "COMPLAINT", "channel": "PHONE", "summary": "%s"}"""
                .formatted(county, site, household, words), 201).path("request").path("id").asText());
        mine.put("/api/v1/activities", suite.admin("POST", "/api/v1/activities", """
                {"county": "%s", "siteId": "%s", "kind": "TRAINING", "title": "系统测试活动", "heldOn": "2020-06-01", "sessions": 2, "participants": 20}"""
                .formatted(county, site), 201).path("id").asText());
        mine.put("/api/v1/awards", suite.admin("POST", "/api/v1/awards", """
                {"county": "%s", "siteId": "%s", "kind": "MOST_BEAUTIFUL_FAMILY", "householdId": "%s", "year": 2020, "grantedOn": "2020-12-20"}"""
                .formatted(county, site, household), 201).path("id").asText());
        suite.admin("PATCH", "/api/v1/sites/" + site + "/standard", """
                {"county": "%s", "items": [{"item": "PAVED", "met": true, "evidenceOn": "2020-09-30"}]}""".formatted(county), 200, 201);
    }
}
