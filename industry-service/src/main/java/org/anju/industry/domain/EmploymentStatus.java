package org.anju.industry.domain;

public enum EmploymentStatus {
    ACTIVE,
    ENDED
}
