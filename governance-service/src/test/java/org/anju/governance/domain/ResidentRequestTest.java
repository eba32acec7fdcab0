package org.anju.governance.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentRequestTest {

    private static final SlaPolicy SLA = SlaPolicy.DEFAULT;
    /** A Monday, 09:00 in Jinzhong. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private static ResidentRequest submitted(RequestCategory category) {
        return ResidentRequest.submit("140723", UUID.randomUUID(), UUID.randomUUID(), category, RequestChannel.PHONE,
                "The stairwell light is broken", "officer-1", null, MONDAY, SLA);
    }

    private static Instant hoursLater(long hours) {
        return MONDAY.plus(Duration.ofHours(hours));
    }

    @Test
    void aRequestGoesThroughTheFourFirstsRecordingTimeAndOfficerOfEachStep() {
        ResidentRequest request = submitted(RequestCategory.COMPLAINT);
        assertThat(request.version()).isEqualTo(1);
        assertThat(request.dueAt(RequestStep.ACCEPT)).isEqualTo(hoursLater(24));

        request.accept("officer-2", hoursLater(2), SLA);
        request.resolve("officer-3", "Replaced the lamp", true, hoursLater(30), SLA);
        request.reply("officer-4", hoursLater(40));
        request.rectify("officer-5", "Lamps checked monthly", hoursLater(100));

        assertThat(request.status()).isEqualTo(RequestStatus.RECTIFIED);
        assertThat(request.version()).isEqualTo(5);
        assertThat(request.acceptedBy()).isEqualTo("officer-2");
        assertThat(request.resolvedAt()).isEqualTo(hoursLater(30));
        assertThat(request.repliedBy()).isEqualTo("officer-4");
        assertThat(request.rectifiedAt()).isEqualTo(hoursLater(100));
        assertThat(request.onTime(RequestStep.ACCEPT)).isTrue();
        assertThat(request.onTime(RequestStep.RESOLVE)).isTrue();
        assertThat(request.onTime(RequestStep.REPLY)).isTrue();
        assertThat(request.pendingStep()).isEmpty();
    }

    @Test
    void aRequestEnteredLaterRunsItsAcceptanceDeadlineFromWhenItWasReceived() {
        ResidentRequest request = ResidentRequest.submit("140723", UUID.randomUUID(), UUID.randomUUID(), RequestCategory.DIFFICULTY,
                RequestChannel.IN_PERSON, "No hot water", "officer-1", MONDAY, hoursLater(30), SLA);
        assertThat(request.submittedAt()).isEqualTo(MONDAY);
        assertThat(request.dueAt(RequestStep.ACCEPT)).isEqualTo(hoursLater(24));
        assertThat(request.isOverdue(hoursLater(30))).isTrue();
    }

    @Test
    void aRequestCannotBeReceivedInTheFuture() {
        assertThatThrownBy(() -> ResidentRequest.submit("140723", UUID.randomUUID(), UUID.randomUUID(), RequestCategory.DIFFICULTY,
                RequestChannel.IN_PERSON, "No hot water", "officer-1", hoursLater(1), MONDAY, SLA))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("request-received-by-now"));
    }

    @Test
    void eachDeadlineIsFixedWhenThePreviousStepCompletes() {
        ResidentRequest request = submitted(RequestCategory.DIFFICULTY);
        assertThat(request.dueAt(RequestStep.RESOLVE)).isNull();
        request.accept("officer-2", hoursLater(1), SLA);
        assertThat(request.dueAt(RequestStep.RESOLVE)).isEqualTo(SLA.resolveDue(hoursLater(1)));
        request.resolve("officer-2", "done", false, hoursLater(3), SLA);
        assertThat(request.dueAt(RequestStep.REPLY)).isEqualTo(hoursLater(27));
    }

    @Test
    void aLateAcceptanceIsRecordedAsNotOnTime() {
        ResidentRequest request = submitted(RequestCategory.ENQUIRY);
        request.accept("officer-2", hoursLater(25), SLA);
        assertThat(request.onTime(RequestStep.ACCEPT)).isFalse();
        assertThat(request.onTime(RequestStep.RESOLVE)).isNull();
    }

    @Test
    void resolvingARequestThatWasNotAcceptedIsRejected() {
        ResidentRequest request = submitted(RequestCategory.SUGGESTION);
        assertThatThrownBy(() -> request.resolve("officer-2", "done", false, hoursLater(1), SLA))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("resolve-requires-accepted");
        assertThat(request.version()).isEqualTo(1);
    }

    @Test
    void acceptingTwiceIsRejected() {
        ResidentRequest request = submitted(RequestCategory.SUGGESTION);
        request.accept("officer-2", hoursLater(1), SLA);
        assertThatThrownBy(() -> request.accept("officer-2", hoursLater(2), SLA))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("ACCEPTED");
    }

    @Test
    void replyingBeforeResolvingIsRejected() {
        ResidentRequest request = submitted(RequestCategory.SUGGESTION);
        request.accept("officer-2", hoursLater(1), SLA);
        assertThatThrownBy(() -> request.reply("officer-2", hoursLater(2)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("reply-requires-resolved");
    }

    @Test
    void onlyAComplaintCanRequireARectification() {
        ResidentRequest request = submitted(RequestCategory.DIFFICULTY);
        request.accept("officer-2", hoursLater(1), SLA);
        assertThatThrownBy(() -> request.resolve("officer-2", "done", true, hoursLater(2), SLA))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("rectification-only-for-complaints");
    }

    @Test
    void rectifyingAComplaintResolvedWithoutRequiringItIsRejected() {
        ResidentRequest request = submitted(RequestCategory.COMPLAINT);
        request.accept("officer-2", hoursLater(1), SLA);
        request.resolve("officer-2", "explained", false, hoursLater(2), SLA);
        request.reply("officer-2", hoursLater(3));
        assertThatThrownBy(() -> request.rectify("officer-2", "nothing", hoursLater(4)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("rectify-requires-rectification-required");
    }

    @Test
    void rectifyingBeforeTheReplyIsRejected() {
        ResidentRequest request = submitted(RequestCategory.COMPLAINT);
        request.accept("officer-2", hoursLater(1), SLA);
        request.resolve("officer-2", "fixing", true, hoursLater(2), SLA);
        assertThatThrownBy(() -> request.rectify("officer-2", "fixed", hoursLater(4)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("rectify-requires-replied");
    }

    @Test
    void aStepIsFlaggedOverdueOnceAfterItsDeadline() {
        ResidentRequest request = submitted(RequestCategory.COMPLAINT);
        assertThat(request.flagOverdue(hoursLater(24))).isEmpty();
        assertThat(request.isOverdue(hoursLater(24))).isFalse();

        assertThat(request.isOverdue(hoursLater(25))).isTrue();
        assertThat(request.flagOverdue(hoursLater(25))).contains(RequestStep.ACCEPT);
        assertThat(request.version()).isEqualTo(2);
        assertThat(request.flagOverdue(hoursLater(26))).isEmpty();
        assertThat(request.version()).isEqualTo(2);
        assertThat(request.overdueAt(RequestStep.ACCEPT)).isEqualTo(hoursLater(25));
    }

    @Test
    void theNextStepCanBecomeOverdueAfterALateOne() {
        ResidentRequest request = submitted(RequestCategory.COMPLAINT);
        request.flagOverdue(hoursLater(30));
        request.accept("officer-2", hoursLater(31), SLA);
        assertThat(request.flagOverdue(hoursLater(32))).isEmpty();
        Instant afterResolveDeadline = request.dueAt(RequestStep.RESOLVE).plusSeconds(1);
        assertThat(request.flagOverdue(afterResolveDeadline)).contains(RequestStep.RESOLVE);
        assertThat(request.version()).isEqualTo(4);
    }

    @Test
    void aCompletedRequestIsNeverOverdue() {
        ResidentRequest request = submitted(RequestCategory.ENQUIRY);
        request.accept("officer-2", hoursLater(1), SLA);
        request.resolve("officer-2", "answered", false, hoursLater(2), SLA);
        request.reply("officer-2", hoursLater(3));
        assertThat(request.isOverdue(hoursLater(10_000))).isFalse();
        assertThat(request.flagOverdue(hoursLater(10_000))).isEmpty();
    }
}
