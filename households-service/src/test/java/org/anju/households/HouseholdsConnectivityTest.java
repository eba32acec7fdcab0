package org.anju.households;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.ConnectivitySmokeTest;
import org.anju.testing.StackTestResource;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class HouseholdsConnectivityTest extends ConnectivitySmokeTest {

    @Override
    protected String topic() {
        return "households.v1";
    }
}
