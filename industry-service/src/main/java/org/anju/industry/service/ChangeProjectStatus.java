package org.anju.industry.service;

import jakarta.validation.constraints.NotNull;
import org.anju.industry.domain.ProjectStatus;

public record ChangeProjectStatus(@NotNull ProjectStatus status) {
}
