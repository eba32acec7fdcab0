package org.anju.funding.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Cancels an entry; the original stays in the ledger. */
public record ReversalRequest(
        @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate reversedOn) {
}
