package org.anju.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.platform.outbox.Outbox;

import java.util.stream.LongStream;

@ApplicationScoped
public class ThingService {

    private final Outbox outbox;

    public ThingService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public void change(ThingChanged.Thing... things) {
        for (ThingChanged.Thing thing : things) {
            outbox.record(new ThingChanged(thing));
        }
    }

    @Transactional
    public void changeThenFail(ThingChanged.Thing thing) {
        outbox.record(new ThingChanged(thing));
        throw new IllegalStateException("a rule broken after the event was recorded");
    }

    public void changeWithoutTransaction(ThingChanged.Thing thing) {
        outbox.record(new ThingChanged(thing));
    }

    public static ThingChanged.Thing thing(String id, long version) {
        return new ThingChanged.Thing(id, "140723", version, "thing " + id + " v" + version);
    }

    public static ThingChanged.Thing[] versions(String id, int from, int to) {
        return LongStream.rangeClosed(from, to).mapToObj(v -> thing(id, v))
                .toArray(ThingChanged.Thing[]::new);
    }
}
