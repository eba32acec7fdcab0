package org.anju.funding.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Approving a reward; {@code paidOn} is the payment's date (the programme's today when absent). */
@Schema(name = "ApproveRewardRequest")
public record ApproveReward(LocalDate paidOn) {
}
