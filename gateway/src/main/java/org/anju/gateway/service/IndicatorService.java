package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.TargetRepository;
import org.anju.gateway.domain.Target;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.consumer.TopicStatus;
import org.anju.platform.problem.ResourceNotFound;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads indicators: counters of a scope, the catalogue's definitions, targets and freshness. */
@ApplicationScoped
public class IndicatorService {

    public record ScopeView(String level, String code, String zh, String en) {
    }

    public record Freshness(String topic, OffsetDateTime lastEventTime, long lag) {
    }

    public record IndicatorsView(ScopeView scope, List<IndicatorView> indicators, List<Freshness> freshness) {
    }

    public record CountiesView(List<IndicatorsView> counties, List<Freshness> freshness) {
    }

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final CounterRepository counters;
    private final TargetRepository targets;
    private final EventConsumer consumer;
    private final GatewayConfig config;

    public IndicatorService(CounterRepository counters, TargetRepository targets, EventConsumer consumer, GatewayConfig config) {
        this.counters = counters;
        this.targets = targets;
        this.consumer = consumer;
        this.config = config;
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    public IndicatorsView city() {
        return view(Scope.CITY, counters.of(Scope.CITY.key()), targets.all(), freshness());
    }

    public IndicatorsView county(String code) {
        requireCounty(code);
        Scope scope = Scope.county(code);
        return view(scope, counters.of(scope.key()), targets.all(), freshness());
    }

    public IndicatorsView site(String siteId) {
        Scope scope = Scope.site(siteId);
        Map<String, BigDecimal> siteCounters = counters.of(scope.key());
        if (siteCounters.isEmpty()) {
            throw new ResourceNotFound("site with relocated households", siteId);
        }
        return view(scope, siteCounters, targets.all(), freshness());
    }

    /** Every configured county side by side, including those without data yet. */
    public CountiesView counties() {
        Map<String, Map<String, BigDecimal>> all = counters.withPrefix("county:");
        List<Target> targetRows = targets.all();
        List<Freshness> freshness = freshness();
        List<IndicatorsView> counties = new TreeMap<>(config.counties()).keySet().stream()
                .map(code -> view(Scope.county(code), all.getOrDefault(Scope.county(code).key(), Map.of()), targetRows, List.of()))
                .toList();
        return new CountiesView(counties, freshness);
    }

    public void requireCounty(String code) {
        if (!config.counties().containsKey(code)) {
            throw new ResourceNotFound("county", code);
        }
    }

    public List<Freshness> freshness() {
        return consumer.status().stream()
                .map(status -> new Freshness(status.topic(), status.lastEventTime(), status.lag()))
                .toList();
    }

    IndicatorsView view(Scope scope, Map<String, BigDecimal> scopeCounters, List<Target> targetRows, List<Freshness> freshness) {
        Map<String, OffsetDateTime> asOf = new HashMap<>();
        consumer.status().forEach(status -> asOf.put(status.topic(), status.lastEventTime()));
        List<IndicatorView> indicators = catalogue.at(scope.level()).stream()
                .map(definition -> indicator(definition, scope, scopeCounters, targetRows, asOf.get(definition.sourceTopic())))
                .toList();
        return new IndicatorsView(scopeView(scope), indicators, freshness);
    }

    private IndicatorView indicator(IndicatorDefinition definition, Scope scope, Map<String, BigDecimal> scopeCounters,
                                    List<Target> targetRows, OffsetDateTime asOf) {
        BigDecimal value = definition.value(scopeCounters);
        BigDecimal numerator = scopeCounters.getOrDefault(definition.numerator(), BigDecimal.ZERO);
        BigDecimal denominator = definition.isRate() ? scopeCounters.getOrDefault(definition.denominator(), BigDecimal.ZERO) : null;
        Optional<IndicatorView.TargetView> target = target(definition, scope, scopeCounters, targetRows);
        BigDecimal gap = target.map(t -> gap(t, value)).orElse(null);
        return new IndicatorView(definition.id(),
                new IndicatorView.Label(definition.labelZh(), definition.labelEn()),
                definition.unit().name(),
                figure(value, definition.unit()),
                figure(numerator, definition.isRate() ? Unit.COUNT : definition.unit()),
                denominator == null ? null : figure(denominator, Unit.COUNT),
                new IndicatorView.Definition(definition.numeratorDefinition(), definition.denominatorDefinition()),
                target.orElse(null), gap, gap == null ? null : gap.signum() == 0, asOf,
                breakdown(definition, scopeCounters));
    }

    private Optional<IndicatorView.TargetView> target(IndicatorDefinition definition, Scope scope,
                                                      Map<String, BigDecimal> scopeCounters, List<Target> targetRows) {
        Optional<Target> explicit = targetRows.stream()
                .filter(row -> row.indicatorId().equals(definition.id()) && row.scopeKey().equals(scope.key()))
                .findFirst()
                .or(() -> targetRows.stream()
                        .filter(row -> row.indicatorId().equals(definition.id()) && row.scopeKey().equals("*"))
                        .findFirst());
        if (explicit.isPresent()) {
            return explicit.map(row -> new IndicatorView.TargetView(row.comparator(), plain(row.value()), row.note()));
        }
        return catalogue.counterTarget(definition.id())
                .map(counter -> scopeCounters.get(counter))
                .filter(planned -> planned.signum() > 0)
                .map(planned -> new IndicatorView.TargetView(">=", plain(planned), "the relocation task"));
    }

    private static BigDecimal gap(IndicatorView.TargetView target, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal difference = switch (target.comparator()) {
            case ">=" -> target.value().subtract(value).max(BigDecimal.ZERO);
            case "<=" -> value.subtract(target.value()).max(BigDecimal.ZERO);
            default -> value.subtract(target.value()).abs();
        };
        return plain(difference);
    }

    /** Without trailing zeros (10.00 → 10, 0.950000 → 0.95), never in exponent form. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private static Map<String, Object> breakdown(IndicatorDefinition definition, Map<String, BigDecimal> scopeCounters) {
        if (definition.breakdown() == null) {
            return null;
        }
        String prefix = definition.breakdown() + ":";
        Map<String, Object> parts = new LinkedHashMap<>();
        new TreeMap<>(scopeCounters).forEach((counter, value) -> {
            if (counter.startsWith(prefix)) {
                parts.put(counter.substring(prefix.length()), figure(value, definition.unit()));
            }
        });
        return parts;
    }

    /** Money as a decimal string with two decimals; counts as whole numbers; ratios as they are. */
    static Object figure(BigDecimal value, Unit unit) {
        if (value == null) {
            return null;
        }
        return switch (unit) {
            case YUAN -> value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            case RATIO -> value;
            default -> value.setScale(0, RoundingMode.HALF_EVEN);
        };
    }

    private ScopeView scopeView(Scope scope) {
        return switch (scope.level()) {
            case CITY -> new ScopeView("CITY", config.city().code(), config.city().zh(), config.city().en());
            case COUNTY -> {
                GatewayConfig.Name name = config.counties().get(scope.id());
                yield new ScopeView("COUNTY", scope.id(), name == null ? null : name.zh(), name == null ? null : name.en());
            }
            case SITE -> new ScopeView("SITE", scope.id(), null, null);
        };
    }
}
