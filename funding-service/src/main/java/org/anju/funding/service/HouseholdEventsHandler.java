package org.anju.funding.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.platform.consumer.AggregateVersions;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.events.EventKinds;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;

/**
 * Turns {@code VillageDemolished} events from households.v1 into proposed rewards; every other
 * event on the topic is ignored. Runs in the consumer's transaction, so a reward and the offset
 * of the event that proposed it commit together. An event whose county is not one of the
 * programme's cannot be applied (it goes to the dead-letter topic).
 */
@ApplicationScoped
public class HouseholdEventsHandler implements EventHandler {

    private static final EventKinds HOUSEHOLDS = EventKinds.from("households-service")
            .kind("village-demolished", "VillageDemolished");

    private final AggregateVersions versions;
    private final RewardService rewards;

    public HouseholdEventsHandler(AggregateVersions versions, RewardService rewards) {
        this.versions = versions;
        this.rewards = rewards;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!HOUSEHOLDS.is(event, "village-demolished")) {
            return;
        }
        JsonNode village = event.data();
        CountyCode county = CountyCode.of(village.path("county").asText(null), "county");
        LocalDate demolishedOn = village.hasNonNull("demolishedOn") ? LocalDate.parse(village.get("demolishedOn").asText()) : null;
        // a replayed or duplicated snapshot is skipped here; RewardService also proposes once per rule and village
        versions.applyIfNewer(event, () -> rewards.proposeFor(event.subject(), county, demolishedOn));
    }
}
