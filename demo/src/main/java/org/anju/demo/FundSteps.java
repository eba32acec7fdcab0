package org.anju.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.anju.demo.GatewayClient.JSON;
import static org.anju.demo.PublishedFigures.FUNDS;
import static org.anju.demo.PublishedFigures.FUNDS_RECEIVED;
import static org.anju.demo.PublishedFigures.FUNDS_RECEIVED_BY_SOURCE;

/**
 * Loads the money: every source received, each disbursed to the counties in equal shares and 60% of it
 * spent, and the report's declaration of the funds received 2016–2018.
 */
final class FundSteps {

    private record Disbursement(String source, County county, String amount) {
    }

    private final GatewayClient client;

    FundSteps(GatewayClient client) {
        this.client = client;
    }

    void load() throws Exception {
        int year = 2016;
        for (Map.Entry<String, String> fund : FUNDS.entrySet()) {
            String source = fund.getKey();
            client.call("POST", "/api/v1/entries/receipts", JSON.createObjectNode().put("source", source).put("amount", fund.getValue())
                    .put("receivedOn", Math.min(year++, 2018) + "-03-01").put("documentNumber", "测试文号〔" + source + "〕1号").toString(),
                    "receipt:" + source);
        }
        List<Disbursement> disbursements = new ArrayList<>();
        for (String source : FUNDS.keySet()) {
            for (County county : County.ALL) {
                disbursements.add(new Disbursement(source, county, JinzhongDataSet.countyShare(source, county).toPlainString()));
            }
        }
        client.parallel("funds disbursed and spent", disbursements, d -> {
            String county = d.county().code();
            client.call("POST", "/api/v1/entries/disbursements", JSON.createObjectNode().put("source", d.source()).put("county", county)
                    .put("amount", d.amount()).put("disbursedOn", "2018-06-01").toString(), "disbursement:" + d.source() + ":" + county);
            String purpose = switch (d.source()) {
                case "CITY_FISCAL" -> "INDUSTRY_SUPPORT";
                case "POLICY_LOAN", "LOCAL_GOVERNMENT_BOND" -> "HOUSING_SUBSIDY";
                case "CENTRAL_BUDGET" -> "CO_RELOCATION_SUBSIDY";
                default -> "DEMOLITION_RECLAMATION_REWARD";
            };
            BigDecimal spent = new BigDecimal(d.amount()).multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN);
            client.call("POST", "/api/v1/entries/expenditures", JSON.createObjectNode().put("source", d.source()).put("county", county)
                    .put("purpose", purpose).put("amount", spent.toPlainString()).put("spentOn", "2019-03-01").toString(),
                    "expenditure:" + d.source() + ":" + county);
        });
        ObjectNode declaration = JSON.createObjectNode().put("description", "晋中市易地扶贫搬迁资金 2016–2018（报告数）")
                .put("total", FUNDS_RECEIVED).put("periodFrom", "2016-01-01").put("periodTo", "2018-12-31");
        ObjectNode sources = declaration.putObject("sources");
        FUNDS_RECEIVED_BY_SOURCE.forEach(sources::put);
        client.call("PUT", "/api/v1/declarations/jinzhong-2016-2018", declaration.toString(), null);
    }
}
