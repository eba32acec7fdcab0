package org.anju.governance.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwardTest {

    private static final UUID SITE = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2020, 12, 20);

    @Test
    void anAwardCanFollowAnEvaluationAtTheSameSite() {
        Activity evaluation = Activity.held("140723", SITE, ActivityKind.EVALUATION, "2020 evaluation", DAY, 1, 80);
        Award award = Award.grant("140723", SITE, AwardKind.MOST_BEAUTIFUL_FAMILY, UUID.randomUUID(), 2020, DAY, evaluation);
        assertThat(award.evaluationId()).isEqualTo(evaluation.id());
    }

    @Test
    void anAwardCannotFollowATrainingOrAnotherSitesEvaluation() {
        Activity training = Activity.held("140723", SITE, ActivityKind.TRAINING, "Skills", DAY, 3, 40);
        assertThatThrownBy(() -> Award.grant("140723", SITE, AwardKind.GOOD_NEIGHBOUR, UUID.randomUUID(), 2020, DAY, training))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("EVALUATION");
        Activity elsewhere = Activity.held("140723", UUID.randomUUID(), ActivityKind.EVALUATION, "Other", DAY, 1, 10);
        assertThatThrownBy(() -> Award.grant("140723", SITE, AwardKind.GOOD_NEIGHBOUR, UUID.randomUUID(), 2020, DAY, elsewhere))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("another site");
    }

    @Test
    void anAwardIsNotGrantedBeforeItsYear() {
        assertThatThrownBy(() -> Award.grant("140723", SITE, AwardKind.GOOD_NEIGHBOUR, UUID.randomUUID(), 2021, DAY, null))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aTrainingHasSessions() {
        assertThatThrownBy(() -> Activity.held("140723", SITE, ActivityKind.TRAINING, "Skills", DAY, 0, 10))
                .isInstanceOf(DomainRuleViolation.class);
    }
}
