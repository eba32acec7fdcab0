package org.anju.industry.service;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.CountyRecord;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.events.Snapshot;
import org.anju.platform.events.SnapshotEvent;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;
import java.util.function.Function;

/**
 * What the services of records kept in a county share (projects, workshops, training courses, job
 * fairs): a record is added in a county the caller may change, read where the caller may read its
 * county, corrected (If-Match) without leaving its county, and every change is published with the
 * record's snapshot in the command's transaction.
 *
 * @param <E> the entity
 * @param <C> the command (and request body) that records it and corrects it
 * @param <S> its event snapshot
 * @param <V> its view
 */
public abstract class CountyRecordService<E extends CountyRecord, C extends CountyCommand, S extends Snapshot, V> {

    private final PanacheRepositoryBase<E, UUID> records;
    private final String kind;
    private final Function<S, SnapshotEvent> recorded;
    private final Function<S, SnapshotEvent> corrected;
    final Outbox outbox;
    private final CountyScope scope;

    /**
     * @param kind      what a record is called in a 404 (in English; {@code kind.<kind>} in the Chinese bundle)
     * @param recorded  the event of a new record
     * @param corrected the event of a correction
     */
    CountyRecordService(PanacheRepositoryBase<E, UUID> records, String kind, Function<S, SnapshotEvent> recorded,
                        Function<S, SnapshotEvent> corrected, Outbox outbox, CountyScope scope) {
        this.records = records;
        this.kind = kind;
        this.recorded = recorded;
        this.corrected = corrected;
        this.outbox = outbox;
        this.scope = scope;
    }

    /** For the container only: the client proxy of a subclass bean (Quarkus adds its no-args constructor, which calls this one). */
    CountyRecordService() {
        this(null, null, null, null, null, null);
    }

    /** A new record as the command describes it, its references resolved. */
    abstract E create(C command);

    /** Applies the command's details to the record (the domain refuses another county). */
    abstract void correct(E record, C command);

    abstract S snapshot(E record);

    abstract V view(E record);

    @Transactional
    public V record(@Valid C command) {
        scope.requireWrite(command.county());
        E record = create(command);
        records.persist(record);
        return publish(record, recorded);
    }

    @Transactional
    public V correct(UUID id, String ifMatch, @Valid C command) {
        E record = locked(id, ifMatch);
        correct(record, command);
        return publish(record, corrected);
    }

    @Transactional
    public V get(UUID id) {
        return view(readable(id));
    }

    /** One page of the records in the county asked for, or in every county the caller may read. */
    @Transactional
    public Page<V> list(CountyCode county, String cursor, int limit) {
        return list(ListQuery.byId(CountyRecord::id), county, cursor, limit);
    }

    /** One page of the query's records in the county asked for, or in every county the caller may read. */
    Page<V> list(ListQuery<E> query, CountyCode county, String cursor, int limit) {
        return query.where("county", scope.listCounty(county))
                .after(cursor)
                .page(records, limit)
                .map(this::view);
    }

    /** Records the record's change (its snapshot in {@code event}) and answers its view. */
    V publish(E record, Function<S, SnapshotEvent> event) {
        outbox.record(event.apply(snapshot(record)));
        return view(record);
    }

    /** The record, if the caller may read its county. */
    E readable(UUID id) {
        E record = records.findByIdOptional(id).orElseThrow(() -> new ResourceNotFound(kind, id));
        scope.requireRead(record.county());
        return record;
    }

    /** The record, locked for a change, if the caller may change its county. */
    E locked(UUID id) {
        E record = records.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new ResourceNotFound(kind, id));
        scope.requireWrite(record.county());
        return record;
    }

    /** The record, locked for a change, if the caller may change its county and read its current version. */
    E locked(UUID id, String ifMatch) {
        E record = locked(id);
        ETags.requireMatch(ifMatch, record.version());
        return record;
    }
}
