package org.anju.households.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.anju.households.domain.Relation;

public record MemberRequest(
        @NotBlank @Size(max = 50) String name,
        @NotNull @IdCardNumber String idNumber,
        @NotNull Relation relation,
        boolean labourCapacity,
        @Pattern(regexp = "\\+?[0-9 -]{5,20}", message = "must be a phone number") String phone) {
}
