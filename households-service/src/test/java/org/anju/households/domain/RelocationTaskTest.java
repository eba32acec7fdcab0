package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelocationTaskTest {

    @Test
    void changingTheQuotaIsANewVersionAndSettingTheSameQuotaIsNot() {
        RelocationTask task = RelocationTask.set("140723", "2016-2020", 3000, null);
        assertThat(task.change(3120, 1210)).isTrue();
        assertThat(task.change(3120, 1210)).isFalse();
        assertThat(task.version()).isEqualTo(2);
        assertThat(task.plannedPeople()).isEqualTo(3120);
    }
}
