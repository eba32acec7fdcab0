package org.anju.households.rest;

import io.restassured.path.json.JsonPath;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.anju.households.rest.Api.ADMIN;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Submits import files and waits for their jobs; reads what the database stored. */
final class Imports {

    static final String HEADER = "registryNumber,county,originVillage,originNaturalVillage,villageId,category,siteId,"
            + "homesteadToDemolish,memberName,idNumber,relation,labourCapacity,phone";

    private Imports() {
    }

    /** A CSV file of the header and these rows. */
    static byte[] csv(List<String> rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HOUSEHOLDS = "/api/v1/imports/households";
    static final String UPDATES = "/api/v1/imports/household-updates";

    /** The job's location, once accepted. */
    static String submit(String bearer, byte[] csv) {
        return submit(bearer, HOUSEHOLDS, CSV, csv);
    }

    /** A file posted to an import endpoint (with its query, e.g. {@code ?dryRun=true}); the job's location, once accepted. */
    static String submit(String bearer, String path, String contentType, byte[] file) {
        return given().header("Authorization", bearer).contentType(contentType).body(file)
                .post(path).then().statusCode(202).body("status", equalTo("QUEUED"))
                .extract().header("Location");
    }

    /** Submits and waits, as the city administrator. */
    static JsonPath run(String path, String contentType, byte[] file) {
        return awaitFinished(submit(ADMIN, path, contentType, file));
    }

    static JsonPath awaitFinished(String location) {
        return awaitFinished(location, ADMIN);
    }

    static JsonPath awaitFinished(String location, String bearer) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
                () -> given().header("Authorization", bearer).get(location).then().statusCode(200).extract().jsonPath(),
                job -> !job.getString("status").equals("QUEUED") && !job.getString("status").equals("RUNNING"));
    }

    /** A row of the household file: one member of a household of Heshun from 松烟镇石叠村, no site or village, homestead not to demolish. */
    static String row(String registryNumber, String category, String name, String idNumber, String relation) {
        return String.join(",", registryNumber, Api.HESHUN, "松烟镇石叠村", "后沟", "", category, "", "false", name, idNumber, relation, "true", "");
    }

    /** A job's row errors as (row, field, rule). */
    static List<Tuple> errors(JsonPath job) {
        return job.getList("errors", Map.class).stream().map(error -> Assertions.tuple(error.get("row"), error.get("field"), error.get("rule")))
                .toList();
    }

    /** How many households have this registry number. */
    static long households(DataSource dataSource, String registryNumber) throws SQLException {
        return count(dataSource, "SELECT count(*) FROM households WHERE registry_number = ?", registryNumber);
    }

    /** The first column of the rows a query with one string parameter selects, as strings. */
    static List<String> select(DataSource dataSource, String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    static long count(DataSource dataSource, String sql, String parameter) throws SQLException {
        return Long.parseLong(select(dataSource, sql, parameter).get(0));
    }
}
