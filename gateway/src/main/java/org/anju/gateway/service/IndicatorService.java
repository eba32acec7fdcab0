package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.gateway.domain.Counter;
import org.anju.gateway.domain.Counters;
import org.anju.gateway.domain.HouseholdsProjector;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.PlacementModes;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Target;
import org.anju.gateway.domain.Unit;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.gateway.repository.TargetRepository;
import org.anju.gateway.repository.TopicTimeRepository;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.money.Money;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads indicators: counters of a scope, the catalogue's definitions, targets and freshness. Labels
 * come in both languages, every other text in the request's ({@link RequestLocale}).
 */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final Map<Locale, List<IndicatorDefinitionView>> definitions = new ConcurrentHashMap<>();
    private final CounterRepository counters;
    private final SnapshotRepository snapshots;
    private final TargetRepository targets;
    private final TopicTimeRepository topicTimes;
    private final EventConsumer consumer;
    private final GatewayConfig config;
    private final RequestLocale locale;
    private final ProgrammeClock clock;
    private final CountyScope countyScope;
    private final FigureCache cache;

    public IndicatorService(CounterRepository counters, SnapshotRepository snapshots, TargetRepository targets,
                            TopicTimeRepository topicTimes, EventConsumer consumer, GatewayConfig config, RequestLocale locale,
                            ProgrammeClock clock, CountyScope countyScope, FigureCache cache) {
        this.cache = cache;
        this.clock = clock;
        this.countyScope = countyScope;
        this.counters = counters;
        this.snapshots = snapshots;
        this.targets = targets;
        this.topicTimes = topicTimes;
        this.consumer = consumer;
        this.config = config;
        this.locale = locale;
    }

    /** What every indicator means: the same list for every request in a language, as the catalogue does not change. */
    public List<IndicatorDefinitionView> catalogue() {
        return definitions.computeIfAbsent(locale.get(),
                language -> catalogue.all().stream().map(definition -> IndicatorDefinitionView.of(definition, language)).toList());
    }

    /** Every indicator of the city ({@code county} null) or of one county, today. */
    public IndicatorsView indicators(CountyCode county) {
        return indicators(county, null);
    }

    /**
     * Every indicator of the city ({@code county} null) or of one county as it stood at the end of
     * {@code asOf} (the programme's day), counting only facts dated on or before it; today's figures
     * when {@code asOf} is null.
     */
    public IndicatorsView indicators(CountyCode county, LocalDate asOf) {
        Scope scope = Scope.cityOr(county);
        FigureCache.Current figures = cache.current();
        List<FreshnessView> freshness = freshness(figures);
        IndicatorsView view = figures.get(() -> view(scope, asOf, countersOf(scope, asOf), targets.all(), freshness),
                "indicators", scope.key(), asOf, clock.today(), locale.get());
        return withFreshness(view, freshness);
    }

    /** A view kept by the cache with the consumer's lag as it is now (the lag moves without the projection's version). */
    private static IndicatorsView withFreshness(IndicatorsView view, List<FreshnessView> freshness) {
        return new IndicatorsView(view.scope(), view.asOfDate(), view.indicators(), freshness);
    }

    /** One resettlement site's indicators today. */
    public IndicatorsView site(String siteId) {
        return site(siteId, null);
    }

    /**
     * One resettlement site's indicators as of a day (today when null): zeros for a site the gateway
     * knows (from {@code households.v1}) that nothing has been counted at yet; 404 for an id that is no site.
     */
    public IndicatorsView site(String siteId, LocalDate asOf) {
        Scope scope = Scope.site(siteId);
        if (countyScope.isCountyScoped()) {
            // a county-scoped reader sees its own county's sites only; a site whose county is not yet known is not shown
            String county = snapshots.county(HouseholdsProjector.SITE, siteId)
                    .orElseThrow(() -> new ResourceNotFound("site with relocated households", siteId));
            countyScope.requireRead(county);
        }
        FigureCache.Current figures = cache.current();
        List<FreshnessView> freshness = freshness(figures);
        Optional<IndicatorsView> view = figures.get(() -> {
            Counters siteCounters = countersOf(scope, asOf);
            if (siteCounters.isEmpty() && !snapshots.exists(HouseholdsProjector.SITE, siteId) && counters.of(scope.key()).isEmpty()) {
                return Optional.<IndicatorsView>empty();
            }
            return Optional.of(view(scope, asOf, siteCounters, targets.all(), freshness));
        }, "site", scope.key(), asOf, clock.today(), locale.get());
        return withFreshness(view.orElseThrow(() -> new ResourceNotFound("site with relocated households", siteId)), freshness);
    }

    /** Site names in the order a Chinese reader looks them up (pinyin), the same in every language. */
    private static final Collator NAMES = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    /** The indicators a county's site list shows of each site: its occupancy, nothing of money or income. */
    static final List<String> SITE_OCCUPANCY = List.of("relocation.households", "relocation.people", "occupancy.households", "occupancy.rate");

    /**
     * Every resettlement site of a county the gateway knows (its {@code households.v1} snapshot names the county),
     * with its occupancy figures as of the end of a day (today when null), zeros for a site without households;
     * sorted by name (then id). Open data: these are the counts the site's own page shows publicly.
     */
    public CountySitesView countySites(CountyCode county, LocalDate asOf) {
        return cache.current().get(() -> readCountySites(county, asOf), "county-sites", county, asOf);
    }

    private CountySitesView readCountySites(CountyCode county, LocalDate asOf) {
        Map<String, JsonNode> sites = snapshots.inCounty(HouseholdsProjector.SITE, county.code());
        List<String> keys = sites.keySet().stream().map(id -> Scope.site(id).key()).toList();
        Map<String, Counters> figures = keys.isEmpty() ? Map.of() : asOf == null ? counters.of(keys) : counters.asOf(keys, asOf);
        List<IndicatorDefinition> shown = SITE_OCCUPANCY.stream().map(id -> catalogue.find(id).orElseThrow()).toList();
        List<CountySiteView> views = sites.entrySet().stream()
                .map(site -> {
                    Counters siteCounters = figures.getOrDefault(Scope.site(site.getKey()).key(), Counters.NONE);
                    return new CountySiteView(site.getKey(), text(site.getValue(), "name"), text(site.getValue(), "placementMode"),
                            shown.stream().map(definition -> siteFigure(definition, siteCounters)).toList());
                })
                .sorted(Comparator.comparing((CountySiteView site) -> site.name() == null ? "" : site.name(), NAMES)
                        .thenComparing(CountySiteView::id))
                .toList();
        return new CountySitesView(scopeView(Scope.county(county)), asOf, views);
    }

    private static String text(JsonNode snapshot, String field) {
        JsonNode value = snapshot.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static SiteFigureView siteFigure(IndicatorDefinition definition, Counters siteCounters) {
        BigDecimal value = definition.value(siteCounters);
        if (!definition.isRate()) {
            return new SiteFigureView(definition.id(), definition.unit().name(), whole(value), null, null);
        }
        return new SiteFigureView(definition.id(), definition.unit().name(), value,
                whole(siteCounters.value(definition.numerator())), whole(siteCounters.value(definition.denominator())));
    }

    private static BigDecimal whole(BigDecimal count) {
        return count == null ? BigDecimal.ZERO : count.setScale(0, RoundingMode.HALF_EVEN);
    }

    /** Every county of the programme side by side, including those without data yet. */
    public CountiesView counties() {
        return counties(null);
    }

    /** {@link #counties()} as of the end of a day (today when null). */
    public CountiesView counties(LocalDate asOf) {
        FigureCache.Current figures = cache.current();
        List<FreshnessView> freshness = freshness(figures);
        CountiesView view = figures.get(() -> readCounties(asOf, freshness), "counties", asOf, clock.today(), locale.get());
        return new CountiesView(view.counties(), freshness);
    }

    private CountiesView readCounties(LocalDate asOf, List<FreshnessView> freshness) {
        Map<String, Counters> all = new HashMap<>(asOf == null ? counters.withPrefix("county:") : counters.withPrefixAsOf("county:", asOf));
        if (asOf == null) {
            Map<String, Counters> windowed = counters.windowedWithPrefixAsOf("county:", clock.today());
            all.replaceAll((scope, today) -> windowedToday(today, windowed.getOrDefault(scope, Counters.NONE)));
        }
        Map<String, Map<String, BigDecimal>> placed = counters.peopleByPlacementMode(asOf);
        List<Target> targetRows = targets.all();
        List<IndicatorsView> counties = Scope.programmeCounties().stream()
                .map(scope -> view(scope, asOf, PlacementModes.with(all.getOrDefault(scope.key(), Counters.NONE), placed.get(scope.key())),
                        targetRows, freshness, List.of()))
                .toList();
        return new CountiesView(counties, freshness);
    }

    /** The scope's counters today or as of a day; the city's and a county's with the people placed by mode (derived). */
    private Counters countersOf(Scope scope, LocalDate asOf) {
        Counters stored = asOf == null ? windowedToday(counters.of(scope.key()), counters.windowedAsOf(scope.key(), clock.today()))
                : counters.asOf(scope.key(), asOf);
        return scope.level() == Scope.Level.SITE ? stored
                : PlacementModes.with(stored, counters.peopleByPlacementMode(asOf).get(scope.key()));
    }

    /** Today's counters with the windowed ones ({@link Counter#isWindowed}) as they stand today. */
    private static Counters windowedToday(Counters today, Counters windowed) {
        Map<String, BigDecimal> values = new HashMap<>(today.values());
        values.keySet().removeIf(IndicatorService::isWindowed);
        values.putAll(windowed.values());
        return new Counters(values);
    }

    private static boolean isWindowed(String key) {
        return Arrays.stream(Counter.values()).anyMatch(counter -> counter.isWindowed() && (counter.key().equals(key) || counter.isPartKey(key)));
    }

    /**
     * Per topic, the time of the newest event applied — as stored with the counters in the same
     * transaction, so it is known after a restart and never ahead of the figures — and the consumer's lag.
     */
    private List<FreshnessView> freshness(FigureCache.Current figures) {
        Map<String, OffsetDateTime> stored = figures.get(topicTimes::all, "topic-times");
        return consumer.status().stream()
                .map(status -> new FreshnessView(status.topic(), stored.get(status.topic()), status.lag()))
                .toList();
    }

    private IndicatorsView view(Scope scope, LocalDate asOf, Counters scopeCounters, List<Target> targetRows, List<FreshnessView> freshness) {
        return view(scope, asOf, scopeCounters, targetRows, freshness, freshness);
    }

    private IndicatorsView view(Scope scope, LocalDate asOf, Counters scopeCounters, List<Target> targetRows,
                                List<FreshnessView> freshness, List<FreshnessView> shownFreshness) {
        Map<String, OffsetDateTime> eventTimes = new LinkedHashMap<>();
        freshness.forEach(topic -> eventTimes.put(topic.topic(), topic.lastEventTime()));
        List<IndicatorView> indicators = catalogue.at(scope.level()).stream()
                .map(definition -> indicator(definition, scope, scopeCounters, targetRows, eventTimes.get(definition.sourceTopic())))
                .toList();
        return new IndicatorsView(scopeView(scope), asOf, indicators, shownFreshness);
    }

    private IndicatorView indicator(IndicatorDefinition definition, Scope scope, Counters scopeCounters,
                                    List<Target> targetRows, OffsetDateTime asOf) {
        BigDecimal value = definition.value(scopeCounters);
        BigDecimal numerator = scopeCounters.value(definition.numerator());
        BigDecimal denominator = definition.isRate() ? scopeCounters.value(definition.denominator()) : null;
        Optional<IndicatorView.TargetView> target = target(definition, scope, scopeCounters, targetRows);
        BigDecimal gap = target.map(t -> gap(t, value)).orElse(null);
        return new IndicatorView(definition.id(),
                IndicatorView.Label.of(definition),
                definition.unit().name(),
                figure(value, definition.unit()),
                figure(numerator, definition.isRate() ? catalogue.unitOf(definition.numerator()) : definition.unit()),
                denominator == null ? null : figure(denominator, catalogue.unitOf(definition.denominator())),
                IndicatorView.Definition.of(definition, locale.get()),
                target.orElse(null), gap, gap == null ? null : gap.signum() == 0, asOf,
                breakdown(definition, scopeCounters));
    }

    private Optional<IndicatorView.TargetView> target(IndicatorDefinition definition, Scope scope,
                                                      Counters scopeCounters, List<Target> targetRows) {
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
                .flatMap(scopeCounters::recorded)
                .filter(planned -> planned.signum() > 0)
                .map(planned -> new IndicatorView.TargetView(">=", plain(planned), locale.render(Message.of("target.relocation-task"))));
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

    private static Map<String, Object> breakdown(IndicatorDefinition definition, Counters scopeCounters) {
        if (definition.breakdown() == null) {
            return null;
        }
        return scopeCounters.parts(definition.breakdown()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, part -> figure(part.getValue(), definition.unit()),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** Money as a decimal string with two decimals; counts as whole numbers; ratios as they are. */
    private static Object figure(BigDecimal value, Unit unit) {
        if (value == null) {
            return null;
        }
        return switch (unit) {
            case YUAN -> Money.format(value.setScale(2, RoundingMode.HALF_EVEN));
            case RATIO -> value;
            default -> value.setScale(0, RoundingMode.HALF_EVEN);
        };
    }

    private ScopeView scopeView(Scope scope) {
        return switch (scope.level()) {
            case CITY -> new ScopeView("CITY", AdministrativeDivisions.programme().city(), config.city().zh(), config.city().en());
            case COUNTY -> {
                GatewayConfig.Name name = config.counties().get(scope.id());
                yield new ScopeView("COUNTY", scope.id(), name == null ? null : name.zh(), name == null ? null : name.en());
            }
            case SITE -> new ScopeView("SITE", scope.id(), null, null);
        };
    }
}
