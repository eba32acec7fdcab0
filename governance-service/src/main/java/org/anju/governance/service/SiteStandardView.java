package org.anju.governance.service;

import org.anju.governance.domain.EvidenceSource;
import org.anju.governance.domain.StandardGroup;
import org.anju.governance.domain.StandardItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A site's 五化五通八有 checklist as the API shows it; the score is {@code metItems} of {@code totalItems}. */
public record SiteStandardView(UUID siteId, long version, String county, Instant assessedAt, int metItems,
                               int totalItems, boolean compliant, List<Item> items) {

    /**
     * One item, met or not as of its evidence date, on an officer's assessment or an open facility's
     * account; an item never assessed is not met and has neither.
     */
    @Schema(name = "StandardItemView")
    public record Item(StandardItem item, StandardGroup group, boolean met, @Schema(nullable = true) LocalDate evidenceOn,
                       @Schema(nullable = true) EvidenceSource source) {
    }
}
