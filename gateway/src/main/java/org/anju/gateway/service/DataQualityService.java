package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Claim;
import org.anju.gateway.domain.Counters;
import org.anju.gateway.domain.DataQualityRules;
import org.anju.gateway.domain.Finding;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.repository.ClaimRepository;
import org.anju.gateway.repository.CounterRepository;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Current data-quality findings over the records and the declared claims, explained in the request's language. */
@ApplicationScoped
public class DataQualityService {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final DataQualityRules rules = new DataQualityRules(catalogue);
    private final CounterRepository counters;
    private final ClaimRepository claims;
    private final ProgrammeClock clock;
    private final RequestLocale locale;
    private final CountyScope countyScope;

    public DataQualityService(CounterRepository counters, ClaimRepository claims, ProgrammeClock clock, RequestLocale locale,
                              CountyScope countyScope) {
        this.countyScope = countyScope;
        this.counters = counters;
        this.claims = claims;
        this.clock = clock;
        this.locale = locale;
    }

    /** Today's findings: the records as they stand, every claim compared with the records of the day or period it speaks for. */
    public DataQualityView findings() {
        return findings(null);
    }

    /**
     * The findings about the figures as they stood at the end of {@code asOf} (today's when null or today): the
     * record rules over the counters of that day, and only the claims that speak for that day (its {@code asOf}, or a
     * period ending on it) — a claim about another day says nothing about that day's figures.
     */
    public DataQualityView findings(LocalDate asOf) {
        boolean past = asOf != null && asOf.isBefore(clock.today());
        Map<String, Counters> scopes = new HashMap<>(past ? counters.withPrefixAsOf("county:", asOf) : counters.withPrefix("county:"));
        scopes.put(Scope.CITY.key(), past ? counters.asOf(Scope.CITY.key(), asOf) : counters.of(Scope.CITY.key()));
        List<Finding> findings = new ArrayList<>();
        scopes.forEach((scope, scopeCounters) -> findings.addAll(rules.records(scope, scopeCounters)));
        Map<String, Counters> dated = new HashMap<>();
        List<Claim> compared = past ? claims.all().stream().filter(claim -> asOf.equals(claim.isOverPeriod() ? claim.to() : claim.asOf())).toList()
                : claims.all();
        findings.addAll(rules.claims(compared, claim -> records(claim, scopes, dated)));
        List<FindingView> views = findings.stream().map(finding -> FindingView.of(finding, locale.get())).toList();
        return new DataQualityView(clock.now(), views.size(), views);
    }

    /**
     * The records a claim is compared with: as they stood at the end of its day, what they added over
     * its period (the counters at its end minus those the day before it began), or today's.
     */
    private Counters records(Claim claim, Map<String, Counters> today, Map<String, Counters> dated) {
        if (claim.isOverPeriod()) {
            return asOf(claim.scopeKey(), claim.to(), dated).minus(asOf(claim.scopeKey(), claim.from().minusDays(1), dated));
        }
        if (claim.asOf() != null) {
            return asOf(claim.scopeKey(), claim.asOf(), dated);
        }
        return today.getOrDefault(claim.scopeKey(), Counters.NONE);
    }

    private Counters asOf(String scope, LocalDate day, Map<String, Counters> dated) {
        return dated.computeIfAbsent(scope + "@" + day, key -> counters.asOf(scope, day));
    }

    public List<ClaimView> claims() {
        return claims.all().stream().map(ClaimView::of).toList();
    }

    /** Declares a figure for the city ({@code county} null) or a county; {@code indicatorId} may name a part ({@code id:key}). */
    public ClaimView declare(String indicatorId, CountyCode county, DeclareClaim command) {
        // the city's claims are the city's; a county's also its own county-scoped admin's
        if (county == null) {
            countyScope.requireCityAdmin();
        } else {
            countyScope.requireWrite(county);
        }
        String base = indicatorId.contains(":") ? indicatorId.substring(0, indicatorId.indexOf(':')) : indicatorId;
        catalogue.find(base).orElseThrow(() -> new ResourceNotFound("indicator", base));
        Claim claim = new Claim(indicatorId, Scope.cityOr(county).key(),
                command.numerator(), command.denominator(), command.value(), command.source(),
                command.asOf(), command.from(), command.to());
        claims.save(claim);
        return ClaimView.of(claim);
    }
}
