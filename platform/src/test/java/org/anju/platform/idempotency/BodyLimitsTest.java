package org.anju.platform.idempotency;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.platform.problem.Problem;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** JSON bodies are small and refused with a 413 before they are read; uploads stream, keyed or not. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class BodyLimitsTest {

    private static final String OFFICER = TestTokens.bearer("county-officer", "140723");

    @Test
    void aJsonBodyOverItsLimitIsA413ProblemBeforeItIsRead() {
        byte[] json = new byte[1_100_000];
        Arrays.fill(json, (byte) ' ');
        json[0] = '{';
        json[json.length - 1] = '}';
        given().header("Authorization", OFFICER).contentType("application/json").body(json).post("/api/test/effects")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE).body("type", equalTo("urn:anju:problem:payload-too-large"));
    }

    @Test
    void aKeyedUploadLargerThanTheJsonLimitStreamsAndItsRetryIsReplayed() {
        byte[] csv = new byte[5_000_000];
        Arrays.fill(csv, (byte) 'a');
        String key = UUID.randomUUID().toString();
        int before = UploadTestResource.RUNS.get();
        String first = given().header("Authorization", OFFICER).header(IdempotencyFilter.HEADER, key).contentType("text/csv")
                .body(csv).post("/api/test/uploads").then().statusCode(200).extract().asString();
        given().header("Authorization", OFFICER).header(IdempotencyFilter.HEADER, key).contentType("text/csv")
                .body(csv).post("/api/test/uploads").then().statusCode(200).header(IdempotencyFilter.REPLAYED_HEADER, "true")
                .body(equalTo("5000000"));
        csv[4_999_999] = 'b';
        given().header("Authorization", OFFICER).header(IdempotencyFilter.HEADER, key).contentType("text/csv")
                .body(csv).post("/api/test/uploads").then().statusCode(422);
        assertThat(first).isEqualTo("5000000");
        assertThat(UploadTestResource.RUNS.get() - before).isEqualTo(1);
    }

    /** The refusal comes from the headers alone: the client has sent none of the 9 MB it announced. */
    @Test
    void anUploadOverTheApplicationsLimitIsA413BeforeItsBodyIsSent() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/test/uploads HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OFFICER
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 9000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            String line;
            boolean problem = false;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                problem |= line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type: " + Problem.MEDIA_TYPE);
            }
            assertThat(problem).isTrue();
        }
    }
}
