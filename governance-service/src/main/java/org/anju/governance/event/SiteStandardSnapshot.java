package org.anju.governance.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.anju.platform.events.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A site's 五化五通八有 checklist; the score is {@code metItems} of {@code totalItems}. */
public record SiteStandardSnapshot(UUID siteId, long version, String county, Instant assessedAt, int metItems,
                                   int totalItems, boolean compliant, List<Item> items) implements Snapshot {

    public record Item(String item, String group, boolean met, LocalDate evidenceOn, String source) {
    }

    /** The aggregate is the site's checklist, so its id is the site's. */
    @Override
    @JsonIgnore
    public UUID id() {
        return siteId;
    }
}
