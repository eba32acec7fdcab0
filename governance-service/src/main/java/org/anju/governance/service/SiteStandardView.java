package org.anju.governance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A site's 五化五通八有 checklist as the API shows it; the score is {@code metItems} of {@code totalItems}. */
public record SiteStandardView(UUID siteId, long version, String county, Instant assessedAt, int metItems,
                               int totalItems, boolean compliant, List<Item> items) {

    /** One item, met or not as of its evidence date, on an officer's assessment or an open facility's account. */
    public record Item(String item, String group, boolean met, LocalDate evidenceOn, String source) {
    }
}
