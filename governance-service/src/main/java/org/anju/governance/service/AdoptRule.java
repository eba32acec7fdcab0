package org.anju.governance.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.RuleKind;

import java.time.LocalDate;

/** Adopts a rule document in a branch; it supersedes the one of its kind in force. */
public record AdoptRule(@NotNull RuleKind kind,
                        @NotBlank @Size(max = 200) String title,
                        @Size(max = 500) String documentRef,
                        @NotNull LocalDate adoptedOn) {
}
