package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Counter;
import org.anju.gateway.domain.CounterKey;
import org.anju.gateway.domain.Counters;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.ResolveTimeHistogram;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.anju.gateway.repository.CounterRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.time.ProgrammeClock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One indicator through time, by the records' own business dates: its figures as they stood at the
 * end of each day, month, quarter or year, summed from the counters' changes per day
 * ({@code gw_counter_days}) — never a scan of records. A back-dated correction moves the past points
 * it affects; a rebuild gives the same series.
 */
@ApplicationScoped
public class SeriesService {

    /** The most points one series answers. */
    static final int MAX_POINTS = 10_000;

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final CounterRepository counters;
    private final ProgrammeClock clock;

    public SeriesService(CounterRepository counters, ProgrammeClock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * One indicator of the city ({@code county} null) or a county at the end of each period from
     * {@code from} (default: the programme's first recorded day) to {@code to} (default: today); the
     * last point is {@code to} itself when it ends no period.
     *
     * @param interval {@code day} (default), {@code month}, {@code quarter} or {@code year}
     */
    public SeriesView series(String indicatorId, CountyCode county, LocalDate from, LocalDate to, String interval) {
        IndicatorDefinition definition = catalogue.find(indicatorId).orElseThrow(() -> new ResourceNotFound("indicator", indicatorId));
        SeriesInterval step = SeriesInterval.of(interval);
        LocalDate end = to == null ? clock.today() : to;
        if (from != null && from.isAfter(end)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, Message.of("series.from-after-to", from.toString(), end.toString()));
        }
        LocalDate start = from != null ? from : counters.firstDay(Scope.CITY.key()).filter(first -> !first.isAfter(end)).orElse(end);
        List<LocalDate> days = step.ends(start, end, MAX_POINTS);
        if (days.size() > MAX_POINTS) {
            throw new InvalidInput("from", Message.of("series.too-many-points", String.valueOf(MAX_POINTS)));
        }
        Scope scope = Scope.cityOr(county);
        List<SeriesPointView> points = points(definition, scope, days);
        return new SeriesView(indicatorId, county == null ? AdministrativeDivisions.programme().city() : county.code(),
                step.name().toLowerCase(Locale.ROOT), points);
    }

    private List<SeriesPointView> points(IndicatorDefinition definition, Scope scope, List<LocalDate> days) {
        Set<String> read = new LinkedHashSet<>();
        read.add(definition.numerator().key());
        if (definition.isRate()) {
            read.add(definition.denominator().key());
        }
        if (definition.unit() == Unit.HOURS) {
            ResolveTimeHistogram.buckets().forEach(bucket -> read.add(bucket.key()));
        }
        LocalDate last = days.get(days.size() - 1);
        List<CounterRepository.DayDelta> changes = new ArrayList<>(counters.changes(scope.key(), read, last));
        if (definition.numerator().isDerived() || (definition.isRate() && definition.denominator().isDerived())) {
            changes.addAll(counters.placementChanges(scope.key(), last));
            changes.sort(java.util.Comparator.comparing(CounterRepository.DayDelta::day));
        }
        Map<String, BigDecimal> running = new HashMap<>();
        List<SeriesPointView> points = new ArrayList<>(days.size());
        int next = 0;
        for (LocalDate day : days) {
            while (next < changes.size() && !changes.get(next).day().isAfter(day)) {
                CounterRepository.DayDelta change = changes.get(next++);
                running.merge(change.counter(), change.delta(), BigDecimal::add);
            }
            Counters asOf = new Counters(running);
            BigDecimal numerator = figure(asOf, definition.numerator());
            boolean computed = definition.isRate() || definition.unit() == Unit.HOURS;
            points.add(new SeriesPointView(day, numerator, definition.isRate() ? figure(asOf, definition.denominator()) : null,
                    computed ? definition.value(asOf) : numerator));
        }
        return points;
    }

    /** A count as a whole number, an amount in yuan with its cents. */
    private BigDecimal figure(Counters asOf, CounterKey counter) {
        BigDecimal value = asOf.value(counter);
        return counter instanceof Counter plain && catalogue.unitOf(plain) == Unit.YUAN
                ? value.setScale(2, RoundingMode.HALF_EVEN) : value.setScale(0, RoundingMode.HALF_EVEN);
    }
}
