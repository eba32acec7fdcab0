package org.anju.industry;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.ConnectivitySmokeTest;
import org.anju.testing.StackTestResource;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class IndustryConnectivityTest extends ConnectivitySmokeTest {

    @Override
    protected String topic() {
        return "industry.v1";
    }
}
