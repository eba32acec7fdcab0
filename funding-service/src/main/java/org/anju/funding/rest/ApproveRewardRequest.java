package org.anju.funding.rest;

import java.time.LocalDate;

/** Approving a reward; {@code paidOn} is the payment's date (today when absent). */
public record ApproveRewardRequest(LocalDate paidOn) {
}
