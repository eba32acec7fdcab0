package org.anju.platform.security;

import org.anju.localstack.DevTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void devTokensKnowExactlyThePlatformsRoles() {
        assertThat(DevTokens.ROLES).isEqualTo(Roles.TOKEN_ROLES);
    }

    @Test
    void maskedIdNumberKeepsRegionAndLastFour() {
        assertThat(PersonalData.mask("14072319900101123X")).isEqualTo("140723********123X");
        assertThat(PersonalData.mask("12345")).isEqualTo("*****");
    }
}
