package org.anju.funding.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Cancels an entry; the original stays in the ledger. */
@Schema(name = "ReversalRequest")
public record ReverseEntry(
        @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate reversedOn) {
}
