package org.anju.governance.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Resolves an accepted request; only a complaint may require a rectification. */
public record ResolveRequest(@NotBlank @Size(max = 2000) String resolution, boolean rectificationRequired) {
}
