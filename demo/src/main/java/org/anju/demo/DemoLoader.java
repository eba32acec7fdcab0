package org.anju.demo;

/**
 * Loads the data set into a running suite through the gateway, one step group after the other, each
 * record after those it names. Every POST carries a deterministic Idempotency-Key made from the data
 * set, so a second load creates nothing twice.
 */
final class DemoLoader {

    private DemoLoader() {
    }

    static void load(JinzhongDataSet data, GatewayClient client) throws Exception {
        GatewayIds ids = new GatewayIds();
        SiteSteps sites = new SiteSteps(client, data, ids);
        HouseholdSteps households = new HouseholdSteps(client, data, ids);
        sites.tasksAndSites();
        sites.villages();
        households.importAll();
        households.lifecycle();
        sites.villageLifecycle();
        new FundSteps(client).load();
        new FollowUpSteps(client, data, ids).load();
        new CommunitySteps(client, data, ids).load();
        new ClaimSteps(client).declare();
    }
}
