package org.anju.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.anju.client.ApiClient;
import org.anju.client.ApiException;
import org.anju.client.ApiResponse;
import org.anju.client.api.AuditApi;
import org.anju.client.api.EmploymentApi;
import org.anju.client.api.HouseholdsApi;
import org.anju.client.api.IndicatorsApi;
import org.anju.client.api.LedgerEntriesApi;
import org.anju.client.api.ResidentsRequestsApi;
import org.anju.client.api.SitesApi;
import org.anju.client.model.AllocateHousingRequest;
import org.anju.client.model.Category;
import org.anju.client.model.DatedCommand;
import org.anju.client.model.Employment;
import org.anju.client.model.EmploymentChannel;
import org.anju.client.model.EntrySnapshot;
import org.anju.client.model.Household;
import org.anju.client.model.HouseholdRequest;
import org.anju.client.model.IndicatorsView;
import org.anju.client.model.MemberRequest;
import org.anju.client.model.PlacementMode;
import org.anju.client.model.Problem;
import org.anju.client.model.ReceiptRequest;
import org.anju.client.model.Relation;
import org.anju.client.model.RequestCategory;
import org.anju.client.model.RequestChannel;
import org.anju.client.model.RequestView;
import org.anju.client.model.Site;
import org.anju.client.model.SiteRequest;
import org.anju.client.model.StartEmployment;
import org.anju.client.model.SubmitRequest;
import org.anju.demo.IdNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * What a partner does: take the gateway's one merged OpenAPI document, generate a Java client from it
 * (openapi-generator, native HttpClient and Jackson; the build does both, see the pom), and use it
 * against the running suite through the gateway alone — a household, a ledger entry, an employment
 * and a resident request created and read back with the generated models, dates, money and
 * problems included. The suite runs on ports of its own (every port moved by 500).
 */
class GeneratedClientTest {

    private static final int PORT_OFFSET = 500;
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String HESHUN = "140723";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Suite suite;
    private static ApiClient client;

    @BeforeAll
    static void upOnFreshData() throws IOException {
        Path root = Path.of(System.getProperty("anju.root", "..")).toAbsolutePath().normalize();
        assertThat(root.resolve("system-tests/target/openapi/anju.json")).as("the merged document the client was generated from")
                .isRegularFile();
        suite = new Suite(root, root.resolve("system-tests/target/client-home"), PORT_OFFSET);
        suite.run(PATIENCE, "down");
        if (Files.exists(suite.home())) {
            try (Stream<Path> files = Files.walk(suite.home())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        suite.staleBuild(System.getProperty("anju.version", "0.1.0-SNAPSHOT")).ifPresent(reason -> fail(
                "./suite up would rebuild the applications (" + reason + "); build through the reactor first"));
        for (int port : suite.ports()) {
            assertThat(Suite.free(port)).as("port %d is free", port).isTrue();
        }
        Suite.Result up = suite.run(UP_TIMEOUT, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        Suite.Result token = suite.run(PATIENCE, "token", "city-admin");
        assertThat(token.exitCode()).as(token.output()).isZero();
        List<String> lines = token.output().lines().filter(line -> line.split("\\.").length == 3).toList();
        String bearer = "Bearer " + lines.get(lines.size() - 1).trim();

        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + suite.gatewayPort());
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> {
            request.header("Authorization", bearer);
            if (request.build().method().equals("POST")) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
        });
    }

    @AfterAll
    static void down() {
        if (suite != null) {
            suite.run(PATIENCE, "down");
            suite.processes().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aPartnersGeneratedClientCreatesAndReadsAHouseholdALedgerEntryAnEmploymentAndAResidentRequestThroughTheGateway()
            throws Exception {
        SitesApi sites = new SitesApi(client);
        HouseholdsApi households = new HouseholdsApi(client);

        // a completed site, and a household that registers, gets a flat and moves in
        Site site = sites.registerSite(new SiteRequest().county(HESHUN).town("义兴镇").name("客户端测试安置点")
                .placementMode(PlacementMode.COUNTY_TOWN).plannedHouseholds(5).plannedPeople(15));
        sites.startSiteConstruction(site.getId(), new DatedCommand().date(LocalDate.of(2018, 3, 1)), null);
        sites.completeSite(site.getId(), new DatedCommand().date(LocalDate.of(2018, 10, 1)), null);

        ApiResponse<Household> registered = households.registerHouseholdWithHttpInfo(new HouseholdRequest()
                .registryNumber("HS-CLIENT-0001").county(HESHUN).originVillage("石拐村").originNaturalVillage("后沟")
                .category(Category.REGISTERED_POOR).homesteadToDemolish(true)
                .addMembersItem(new MemberRequest().name("客户甲").idNumber(IdNumbers.of(HESHUN, "19700101", 11))
                        .relation(Relation.HEAD).labourCapacity(true))
                .addMembersItem(new MemberRequest().name("客户乙").idNumber(IdNumbers.of(HESHUN, "19720202", 22))
                        .relation(Relation.SPOUSE).labourCapacity(false)));
        assertThat(registered.getStatusCode()).isEqualTo(201);
        Household household = registered.getData();
        assertThat(registered.getHeaders().get("location")).as("the Location points at the gateway, not at the service")
                .containsExactly("http://localhost:" + suite.gatewayPort() + "/api/v1/households/" + household.getId());
        households.allocateHousing(household.getId(), new AllocateHousingRequest().siteId(site.getId()).flat("3-201")
                .date(LocalDate.of(2019, 5, 1)), null);
        households.moveIn(household.getId(), new DatedCommand().date(LocalDate.of(2019, 6, 1)), null);

        Household read = households.getHousehold(household.getId());
        assertThat(read.getRegistryNumber()).isEqualTo("HS-CLIENT-0001");
        assertThat(read.getMemberCount()).isEqualTo(2);
        assertThat(read.getMovedInOn()).isEqualTo(LocalDate.of(2019, 6, 1));

        // money received by the city: yuan as a decimal string, dates as dates
        LedgerEntriesApi ledger = new LedgerEntriesApi(client);
        EntrySnapshot receipt = ledger.recordReceipt(new ReceiptRequest().source("CENTRAL_BUDGET").amount("54810000.00")
                .receivedOn(LocalDate.of(2018, 3, 1)).documentNumber("发改投资〔2018〕9号"));
        EntrySnapshot entry = ledger.getEntry(receipt.getId());
        assertThat(entry.getAmount()).isEqualTo("54810000.00");
        assertThat(entry.getOccurredOn()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(entry.getRecordedAt()).isNotNull();

        // a member gets a job, once industry-service knows the household from its events
        EmploymentApi employment = new EmploymentApi(client);
        Employment job = eventually(() -> employment.startEmployment(new StartEmployment().householdId(household.getId())
                .memberRef("m-1").channel(EmploymentChannel.ENTERPRISE).employer("和顺食用菌合作社")
                .startDate(LocalDate.of(2019, 7, 1)).monthlyIncome("2000.00").contract(true)));
        Employment readJob = employment.getEmployment(job.getId());
        assertThat(readJob.getHouseholdId()).isEqualTo(household.getId());
        assertThat(readJob.getMonthlyIncome()).isEqualTo("2000.00");
        assertThat(readJob.getStartDate()).isEqualTo(LocalDate.of(2019, 7, 1));

        // a resident files a request, once governance-service knows the site
        ResidentsRequestsApi requests = new ResidentsRequestsApi(client);
        RequestView filed = eventually(() -> requests.submitRequest(new SubmitRequest().county(HESHUN).siteId(site.getId())
                .householdId(household.getId()).category(RequestCategory.DIFFICULTY).channel(RequestChannel.IN_PERSON)
                .summary("暖气不热")));
        RequestView readRequest = requests.getRequest(filed.getRequest().getId());
        assertThat(readRequest.getSummary()).isEqualTo("暖气不热");
        assertThat(readRequest.getRequest().getSiteId()).isEqualTo(site.getId());
        assertThat(readRequest.getRequest().getSubmittedAt()).isNotNull();

        // the gateway's own API and a service's audit trail through the same client
        IndicatorsView heshun = new IndicatorsApi(client).getIndicators(null, HESHUN, null);
        assertThat(heshun.getIndicators()).isNotEmpty();
        assertThat(new AuditApi(client).industryListAuditEntriesWithHttpInfo(null, null, null, null, null, null, null, 5, null)
                .getStatusCode()).isEqualTo(200);
    }

    @Test
    void aRefusalArrivesAsAProblemTheClientCanRead() {
        HouseholdsApi households = new HouseholdsApi(client);
        assertThatThrownBy(() -> households.getHousehold(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    Problem problem = problem(refused);
                    assertThat(problem.getStatus()).isEqualTo(404);
                    assertThat(problem.getType()).isEqualTo("urn:anju:problem:not-found");
                });
        assertThatThrownBy(() -> households.registerHousehold(new HouseholdRequest().county("999999")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(problem(refused).getErrors()).isNotEmpty();
                });
    }

    private static Problem problem(ApiException refused) {
        try {
            return JSON.readValue(refused.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a problem: " + refused.getResponseBody(), e);
        }
    }

    /** Retries while the owner does not know a reference yet (its replica is fed by events): a 422 until then. */
    private static <T> T eventually(Callable<T> call) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return call.call();
            } catch (ApiException e) {
                if (e.getCode() != 422 || System.nanoTime() > deadline) {
                    throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
                }
                Thread.sleep(500);
            }
        }
    }
}
