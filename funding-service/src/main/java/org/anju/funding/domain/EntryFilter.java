package org.anju.funding.domain;

import java.time.LocalDate;

/** Which entries a list or export wants; every part is optional (null = any). Dates are inclusive. */
public record EntryFilter(EntryKind kind, String source, String county, Purpose purpose, LocalDate from, LocalDate to) {
}
