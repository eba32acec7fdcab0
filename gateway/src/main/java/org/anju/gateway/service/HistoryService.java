package org.anju.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Counters;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.HistoryRepository;
import org.anju.gateway.repository.HistoryRepository.Point;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.time.ProgrammeClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A snapshot of every city and county indicator per day (the programme's days). Today's row is
 * rewritten every few minutes, so the last row of each day holds the day's closing figures.
 */
@ApplicationScoped
public class HistoryService {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final CounterRepository counters;
    private final HistoryRepository history;
    private final ProgrammeClock clock;

    public HistoryService(CounterRepository counters, HistoryRepository history, ProgrammeClock clock) {
        this.counters = counters;
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(every = "${anju.gateway.history-interval:5m}", delay = 10, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordPeriodically() {
        recordToday();
    }

    /** Writes today's figures for the city and every county of the programme. */
    public void recordToday() {
        LocalDate today = clock.today();
        List<Point> points = new ArrayList<>(points(Scope.CITY, counters.of(Scope.CITY.key()), today));
        Map<String, Counters> counties = counters.withPrefix("county:");
        for (Scope scope : Scope.programmeCounties()) {
            points.addAll(points(scope, counties.getOrDefault(scope.key(), Counters.NONE), today));
        }
        history.save(points);
    }

    /** One indicator per day for the city ({@code county} null) or a county, from 90 days before {@code to} (today) by default. */
    public SeriesView series(String indicatorId, CountyCode county, LocalDate from, LocalDate to) {
        IndicatorDefinition definition = catalogue.find(indicatorId).orElseThrow(() -> new ResourceNotFound("indicator", indicatorId));
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, Message.of("series.from-after-to", start.toString(), end.toString()));
        }
        Scope scope = Scope.cityOr(county);
        List<SeriesPointView> points = history.series(indicatorId, scope.key(), start, end).stream()
                .map(point -> new SeriesPointView(point.day(), point.numerator(), point.denominator(), value(definition, point)))
                .toList();
        return new SeriesView(indicatorId, county == null ? AdministrativeDivisions.programme().city() : county.code(), points);
    }

    private List<Point> points(Scope scope, Counters scopeCounters, LocalDate day) {
        return catalogue.at(scope.level()).stream()
                // a median is not one counter: the history keeps counts, amounts and rates
                .filter(definition -> definition.unit() != Unit.HOURS)
                .map(definition -> new Point(definition.id(), scope.key(), day,
                        scopeCounters.value(definition.numerator()),
                        definition.isRate() ? scopeCounters.value(definition.denominator()) : null))
                .toList();
    }

    private static BigDecimal value(IndicatorDefinition definition, Point point) {
        return definition.isRate() ? IndicatorDefinition.ratio(point.numerator(), point.denominator()) : point.numerator();
    }
}
