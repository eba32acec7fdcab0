package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.gateway.domain.Claim;
import org.anju.gateway.domain.DataQualityRules;
import org.anju.gateway.domain.Finding;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.repository.ClaimRepository;
import org.anju.gateway.repository.CounterRepository;
import org.anju.platform.problem.ResourceNotFound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Current data-quality findings over the records and the declared claims. */
@ApplicationScoped
public class DataQualityService {

    public record DataQualityView(Instant checkedAt, int findingCount, List<Finding> findings) {
    }

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final DataQualityRules rules = new DataQualityRules(catalogue);
    private final CounterRepository counters;
    private final ClaimRepository claims;
    private final GatewayConfig config;

    public DataQualityService(CounterRepository counters, ClaimRepository claims, GatewayConfig config) {
        this.counters = counters;
        this.claims = claims;
        this.config = config;
    }

    public DataQualityView findings() {
        Map<String, Map<String, BigDecimal>> scopes = new HashMap<>(counters.withPrefix("county:"));
        scopes.put(Scope.CITY.key(), counters.of(Scope.CITY.key()));
        List<Finding> findings = new ArrayList<>();
        scopes.forEach((scope, scopeCounters) -> findings.addAll(rules.records(scope, scopeCounters)));
        findings.addAll(rules.claims(claims.all(), scope -> scopes.getOrDefault(scope, Map.of())));
        return new DataQualityView(Instant.now(), findings.size(), findings);
    }

    public List<Claim> claims() {
        return claims.all();
    }

    /** Declares a figure for the city (county null) or a county; {@code indicatorId} may name a part ({@code id:key}). */
    public Claim declare(String indicatorId, String county, BigDecimal numerator, BigDecimal denominator, BigDecimal value, String source) {
        String base = indicatorId.contains(":") ? indicatorId.substring(0, indicatorId.indexOf(':')) : indicatorId;
        catalogue.find(base).orElseThrow(() -> new ResourceNotFound("indicator", base));
        if (county != null && !config.counties().containsKey(county)) {
            throw new ResourceNotFound("county", county);
        }
        Claim claim = new Claim(indicatorId, county == null ? Scope.CITY.key() : Scope.county(county).key(),
                numerator, denominator, value, source);
        claims.save(claim);
        return claim;
    }
}
