package org.anju.industry.service;

import jakarta.validation.constraints.NotNull;
import org.anju.industry.domain.WorkshopStatus;

public record ChangeWorkshopStatus(@NotNull WorkshopStatus status) {
}
