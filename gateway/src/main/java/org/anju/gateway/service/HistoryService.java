package org.anju.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.HistoryRepository;
import org.anju.gateway.repository.HistoryRepository.Point;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;
import org.anju.platform.problem.ResourceNotFound;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A snapshot of every city and county indicator per day. Today's row is rewritten every few
 * minutes, so the last row of each day holds the day's closing figures.
 */
@ApplicationScoped
public class HistoryService {

    /** The programme's days are China Standard Time days. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public record SeriesPoint(LocalDate day, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
    }

    public record Series(String indicatorId, String scope, List<SeriesPoint> points) {
    }

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final CounterRepository counters;
    private final HistoryRepository history;
    private final GatewayConfig config;
    private final Clock clock = Clock.system(CHINA);

    public HistoryService(CounterRepository counters, HistoryRepository history, GatewayConfig config) {
        this.counters = counters;
        this.history = history;
        this.config = config;
    }

    @Scheduled(every = "${anju.gateway.history-interval:5m}", delay = 10, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordPeriodically() {
        recordToday();
    }

    /** Writes today's figures for the city and every county. */
    public void recordToday() {
        LocalDate today = LocalDate.now(clock);
        List<Point> points = new ArrayList<>();
        points.addAll(points(Scope.CITY, counters.of(Scope.CITY.key()), today));
        Map<String, Map<String, BigDecimal>> counties = counters.withPrefix("county:");
        for (String county : config.counties().keySet()) {
            Scope scope = Scope.county(county);
            points.addAll(points(scope, counties.getOrDefault(scope.key(), Map.of()), today));
        }
        history.save(points);
    }

    public Series series(String indicatorId, String county, LocalDate from, LocalDate to) {
        IndicatorDefinition definition = catalogue.find(indicatorId).orElseThrow(() -> new ResourceNotFound("indicator", indicatorId));
        if (county != null && !config.counties().containsKey(county)) {
            throw new ResourceNotFound("county", county);
        }
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "from (" + start + ") is after to (" + end + ")");
        }
        Scope scope = county == null ? Scope.CITY : Scope.county(county);
        List<SeriesPoint> points = history.series(indicatorId, scope.key(), start, end).stream()
                .map(point -> new SeriesPoint(point.day(), point.numerator(), point.denominator(), value(definition, point)))
                .toList();
        return new Series(indicatorId, county == null ? config.city().code() : county, points);
    }

    private List<Point> points(Scope scope, Map<String, BigDecimal> scopeCounters, LocalDate day) {
        return catalogue.at(scope.level()).stream()
                // a median is not one counter: the history keeps counts, amounts and rates
                .filter(definition -> definition.unit() != Unit.HOURS)
                .map(definition -> new Point(definition.id(), scope.key(), day,
                        scopeCounters.getOrDefault(definition.numerator(), BigDecimal.ZERO),
                        definition.isRate() ? scopeCounters.getOrDefault(definition.denominator(), BigDecimal.ZERO) : null))
                .toList();
    }

    private static BigDecimal value(IndicatorDefinition definition, Point point) {
        if (!definition.isRate()) {
            return point.numerator();
        }
        return point.denominator() == null || point.denominator().signum() == 0 ? null
                : point.numerator().divide(point.denominator(), 6, RoundingMode.HALF_EVEN);
    }
}
