package org.anju.households.rest;

import io.restassured.path.json.JsonPath;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /** The job's location, once accepted. */
    static String submit(String bearer, byte[] csv) {
        return given().header("Authorization", bearer).contentType("text/csv").body(csv)
                .post("/api/v1/imports/households").then().statusCode(202).body("status", equalTo("QUEUED"))
                .extract().header("Location");
    }

    static JsonPath awaitFinished(String location) {
        return awaitFinished(location, ADMIN);
    }

    static JsonPath awaitFinished(String location, String bearer) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
                () -> given().header("Authorization", bearer).get(location).then().statusCode(200).extract().jsonPath(),
                job -> !job.getString("status").equals("QUEUED") && !job.getString("status").equals("RUNNING"));
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
