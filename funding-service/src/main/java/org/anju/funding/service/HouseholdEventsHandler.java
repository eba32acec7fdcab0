package org.anju.funding.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.consumer.AggregateVersions;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;

import java.time.LocalDate;

/**
 * Turns {@code VillageDemolished} events from households.v1 into proposed rewards; every other
 * event on the topic is ignored. Runs in the consumer's transaction, so a reward and the offset
 * of the event that proposed it commit together.
 */
@ApplicationScoped
public class HouseholdEventsHandler implements EventHandler {

    static final String VILLAGE_DEMOLISHED = "anju.households.VillageDemolished";

    private final AggregateVersions versions;
    private final RewardService rewards;

    public HouseholdEventsHandler(AggregateVersions versions, RewardService rewards) {
        this.versions = versions;
        this.rewards = rewards;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!VILLAGE_DEMOLISHED.equals(event.type())) {
            return;
        }
        JsonNode village = event.data();
        String county = village.path("county").asText("");
        if (!county.matches("\\d{6}")) {
            throw new IllegalArgumentException("VillageDemolished " + event.id() + " has no 6-digit county");
        }
        LocalDate demolishedOn = village.hasNonNull("demolishedOn") ? LocalDate.parse(village.get("demolishedOn").asText()) : null;
        // a replayed or duplicated snapshot is skipped here; RewardService also proposes once per rule and village
        versions.applyIfNewer(event, () -> rewards.proposeFor(event.subject(), county, demolishedOn));
    }
}
