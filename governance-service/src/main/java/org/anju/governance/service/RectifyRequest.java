package org.anju.governance.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Records the correction a replied complaint required. */
public record RectifyRequest(@NotBlank @Size(max = 2000) String rectification) {
}
