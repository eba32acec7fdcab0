package org.anju.governance;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.ConnectivitySmokeTest;
import org.anju.testing.StackTestResource;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class GovernanceConnectivityTest extends ConnectivitySmokeTest {

    @Override
    protected String topic() {
        return "governance.v1";
    }
}
