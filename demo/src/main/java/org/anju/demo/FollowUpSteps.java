package org.anju.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.demo.FollowUpSupport.Project;
import org.anju.demo.JinzhongDataSet.Household;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.anju.demo.GatewayClient.JSON;
import static org.anju.demo.PublishedFigures.ZUOQUAN_PV_DIVIDENDS;

/**
 * Loads the follow-up support: the industry projects with their beneficiaries and Zuoquan's PV dividends,
 * the workshops, the employment placements, the suspended workshops, the trainings and the job fairs.
 */
final class FollowUpSteps {

    private record Beneficiary(Project project, Household household) {
    }

    private final GatewayClient client;
    private final FollowUpSupport followUp;
    private final GatewayIds ids;

    FollowUpSteps(GatewayClient client, JinzhongDataSet data, GatewayIds ids) {
        this.client = client;
        this.followUp = data.followUp;
        this.ids = ids;
    }

    void load() throws Exception {
        projects();
        workshopsAndPlacements();
        client.parallel("trainings", followUp.trainings, training -> client.call("POST", "/api/v1/trainings", JSON.createObjectNode()
                .put("topic", training.topic()).put("county", training.county().code()).put("heldFrom", training.heldFrom())
                .put("heldTo", training.heldTo()).put("sessions", training.sessions()).put("trainees", training.trainees())
                .put("employedAfter", training.employedAfter()).toString(), "training:" + training.key()));
        client.parallel("job fairs", followUp.jobFairs, fair -> client.call("POST", "/api/v1/job-fairs", JSON.createObjectNode()
                .put("heldOn", fair.heldOn()).put("county", fair.county().code()).put("employers", fair.employers())
                .put("registrations", fair.registrations()).put("hires", fair.hires()).toString(), "job-fair:" + fair.key()));
    }

    /** The projects, operating; their beneficiaries; the PV station's dividends paid out in equal shares, the rounding cents to the last. */
    private void projects() throws Exception {
        client.parallel("industry projects", followUp.projects, project -> {
            ObjectNode body = JSON.createObjectNode().put("name", project.name()).put("type", project.type())
                    .put("county", project.county().code()).put("investment", project.investment()).put("landAreaMu", project.landAreaMu())
                    .put("capacity", project.capacity()).put("capacityUnit", project.capacityUnit()).put("startDate", project.startDate());
            String key = "project:" + project.key();
            String id = ids.remember(project, client.call("POST", "/api/v1/projects", body.toString(), key).path("id").asText());
            client.call("POST", "/api/v1/projects/" + id + "/status", "{\"status\": \"OPERATING\"}", key + ":operating");
        });
        List<Beneficiary> beneficiaries = new ArrayList<>();
        followUp.projects.forEach(project -> project.beneficiaries().forEach(household -> beneficiaries.add(new Beneficiary(project, household))));
        client.parallel("project beneficiaries", beneficiaries, beneficiary -> client.call("POST",
                "/api/v1/projects/" + ids.of(beneficiary.project()) + "/beneficiaries", JSON.createObjectNode()
                        .put("householdId", ids.of(beneficiary.household()))
                        .put("expectedAnnualIncrease", beneficiary.project().expectedIncrease()).toString(),
                "beneficiary:" + beneficiary.project().key() + ":" + beneficiary.household().registryNumber));
        Project pv = followUp.projects.stream().filter(p -> p.key().equals("zuoquan-pv")).findFirst().orElseThrow();
        List<Household> paid = pv.beneficiaries();
        long total = new BigDecimal(ZUOQUAN_PV_DIVIDENDS).movePointRight(2).longValueExact(), share = total / paid.size();
        client.parallel("photovoltaic dividends", paid, household -> {
            long cents = household == paid.get(paid.size() - 1) ? total - share * (paid.size() - 1) : share;
            client.call("POST", "/api/v1/projects/" + ids.of(pv) + "/beneficiaries/" + ids.of(household) + "/dividends",
                    JSON.createObjectNode().put("paidOn", "2020-01-15").put("amount", BigDecimal.valueOf(cents, 2).toPlainString()).toString(),
                    "dividend:" + pv.key() + ":" + household.registryNumber);
        });
    }

    /** The workshops, operating; the placements, some in them; then the workshops suspended: a suspended workshop employs nobody new. */
    private void workshopsAndPlacements() throws Exception {
        client.parallel("workshops", followUp.workshops, workshop -> {
            ObjectNode body = JSON.createObjectNode().put("name", workshop.name()).put("operatingCompany", workshop.company())
                    .put("county", workshop.county().code()).put("siteId", ids.of(workshop.site()))
                    .put("jobsOffered", workshop.jobsOffered());
            String key = "workshop:" + workshop.key();
            String id = ids.remember(workshop, client.call("POST", "/api/v1/workshops", body.toString(), key).path("id").asText());
            client.call("POST", "/api/v1/workshops/" + id + "/status", "{\"status\": \"OPERATING\"}", key + ":operating");
        });
        client.parallel("employment placements", followUp.jobs, job -> {
            Household household = job.household();
            ObjectNode body = JSON.createObjectNode().put("householdId", ids.of(household)).put("memberRef", job.memberRef())
                    .put("channel", job.channel()).put("startDate", "2019-07-01").put("contract", !job.channel().equals("FLEXIBLE_LOCAL"))
                    .put("monthlyIncome", switch (job.channel()) {
                        case "PUBLIC_WELFARE_POST" -> "800.00";
                        case "WORKSHOP" -> "1500.00";
                        case "FLEXIBLE_LOCAL" -> "700.00";
                        default -> "2400.00";
                    });
            if (job.workshop() != null) {
                body.put("workshopId", ids.of(job.workshop())).put("employer", job.workshop().company());
            } else {
                body.put("employer", "测试" + household.county.name() + "用工单位" + (household.index % 7 + 1));
            }
            client.call("POST", "/api/v1/employments", body.toString(), "employment:" + job.memberRef());
        });
        client.parallel("workshops suspended", followUp.workshops.stream().filter(w -> !w.running()).toList(), workshop -> client.call("POST",
                "/api/v1/workshops/" + ids.of(workshop) + "/status", "{\"status\": \"SUSPENDED\"}", "workshop:" + workshop.key() + ":suspended"));
    }
}
