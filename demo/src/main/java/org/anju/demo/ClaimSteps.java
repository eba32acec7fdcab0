package org.anju.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.demo.PublishedFigures.Claim;

import static org.anju.demo.GatewayClient.JSON;

/** Declares the report's published figures as claims, so that the data-quality view checks them against the records. */
final class ClaimSteps {

    private static final String SOURCE = "晋中市易地扶贫搬迁工作报告 (Jinzhong report)";

    private final GatewayClient client;

    ClaimSteps(GatewayClient client) {
        this.client = client;
    }

    void declare() {
        for (Claim claim : PublishedFigures.claims()) {
            ObjectNode body = JSON.createObjectNode().put("source", SOURCE);
            if (claim.numerator() != null) {
                body.put("numerator", claim.numerator());
            }
            if (claim.denominator() != null) {
                body.put("denominator", claim.denominator());
            }
            if (claim.value() != null) {
                body.put("value", claim.value());
            }
            // the day or period each figure speaks for: funds received 2016–2018, the rest as of the report's day
            if (claim.id().startsWith("funds.received")) {
                body.put("from", PublishedFigures.FUNDS_FROM.toString()).put("to", PublishedFigures.FUNDS_TO.toString());
            } else {
                body.put("asOf", PublishedFigures.REPORT_AS_OF.toString());
            }
            client.call("PUT", "/api/v1/data-quality/claims/" + claim.id(), body.toString(), null);
        }
        client.report("the report's claims declared");
    }
}
