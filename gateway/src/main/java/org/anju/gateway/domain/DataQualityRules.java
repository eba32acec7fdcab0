package org.anju.gateway.domain;

import org.anju.platform.i18n.Message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules ({@link FindingRule}) that flag figures which cannot all be true: over the counters (the
 * records) and over declared claims (e.g. the seed report's). Each finding states the arithmetic.
 */
public final class DataQualityRules {

    /** A rate's denominator is part of a larger population: its base can never exceed it. */
    private static final Map<Counter, Counter> PART_OF = Map.of(
            Counter.HOUSEHOLDS_HOMESTEAD, Counter.HOUSEHOLDS,
            Counter.PEOPLE_REGISTERED_POOR, Counter.PEOPLE,
            Counter.PEOPLE_CO_RELOCATED, Counter.PEOPLE,
            Counter.EMPLOYMENT_HOUSEHOLDS_WITH_LABOUR, Counter.HOUSEHOLDS);

    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private final IndicatorCatalogue catalogue;

    public DataQualityRules(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The counters these rules read besides those of the catalogue's indicators. */
    public static Set<Counter> countersRead() {
        Set<Counter> read = EnumSet.of(Counter.PEOPLE_CO_RELOCATED);
        PART_OF.forEach((part, whole) -> {
            read.add(part);
            read.add(whole);
        });
        return read;
    }

    /** The populations a rate's base can be part of: each is named in a finding by {@code counter.<key>}. */
    public static Collection<Counter> populations() {
        return EnumSet.copyOf(PART_OF.values());
    }

    /** Findings over the counters of one scope. */
    public List<Finding> records(String scope, Counters counters) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorDefinition rate : catalogue.all()) {
            if (!rate.isRatio()) {
                continue;
            }
            BigDecimal top = counters.value(rate.numerator());
            BigDecimal bottom = counters.value(rate.denominator());
            if (top.compareTo(bottom) > 0 && bottom.signum() > 0) {
                findings.add(FindingRule.RATE_ABOVE_100.finding(rate.id(), scope, rate.label(),
                        figure(top, rate.numerator()), rate.numeratorDefinition(),
                        figure(bottom, rate.denominator()), rate.denominatorDefinition(), Figures.percent(top, bottom)));
            }
        }
        return findings;
    }

    /**
     * Findings over declared figures, each checked against itself, the other claims and the records
     * {@code recordsOf} gives for it (as of its day, over its period, or today's).
     */
    public List<Finding> claims(List<Claim> claims, Function<Claim, Counters> recordsOf) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : claims) {
            Counters records = recordsOf.apply(claim);
            Optional<IndicatorDefinition> definition = catalogue.find(claim.indicatorId());
            claimedRate(claim, definition, findings);
            definition.ifPresent(indicator -> {
                claimedAboveItsBase(claim, indicator, claims, records, findings);
                impliedBaseTooLarge(claim, indicator, claims, records, findings);
                differsFromRecords(claim, indicator, records, findings);
            });
            partsDoNotAddUp(claim, claims, findings);
        }
        movedInBeyondCategory(claims, recordsOf, findings);
        return findings;
    }

    /** "19,850 of 22,909 is 95%": a stated rate must be its numerator ÷ denominator. */
    private void claimedRate(Claim claim, Optional<IndicatorDefinition> definition, List<Finding> findings) {
        if (claim.numerator() == null || claim.denominator() == null || claim.value() == null || claim.denominator().signum() == 0) {
            return;
        }
        BigDecimal actual = claim.numerator().divide(claim.denominator(), 6, RoundingMode.HALF_EVEN);
        if (actual.subtract(claim.value()).abs().compareTo(TOLERANCE) > 0) {
            Optional<IndicatorDefinition> rate = definition.filter(IndicatorDefinition::isRate);
            findings.add(FindingRule.CLAIMED_RATE_MISMATCH.finding(claim.indicatorId(), claim.scopeKey(),
                    Figures.percent(claim.value()),
                    Figures.of(claim.numerator(), rate.map(r -> catalogue.unitOf(r.numerator())).orElse(Unit.COUNT)),
                    Figures.of(claim.denominator(), rate.map(r -> catalogue.unitOf(r.denominator())).orElse(Unit.COUNT)),
                    Figures.percent(actual), sourced(claim)));
        }
    }

    /** "22,946 covered of 22,909": a rate's numerator can never exceed its denominator. */
    private void claimedAboveItsBase(Claim claim, IndicatorDefinition indicator, List<Claim> claims,
                                     Counters records, List<Finding> findings) {
        if (!indicator.isRatio() || claim.numerator() == null) {
            return;
        }
        Optional<BigDecimal> base = Optional.ofNullable(claim.denominator())
                .or(() -> claimedCounter(indicator.denominator(), claim.scopeKey(), claims))
                .or(() -> records.recorded(indicator.denominator()));
        base.filter(denominator -> claim.numerator().compareTo(denominator) > 0).ifPresent(denominator ->
                findings.add(FindingRule.CLAIMED_ABOVE_BASE.finding(claim.indicatorId(), claim.scopeKey(),
                        figure(claim.numerator(), indicator.numerator()), indicator.numeratorDefinition(),
                        figure(denominator, indicator.denominator()), indicator.denominatorDefinition(), sourced(claim))));
    }

    /** "10,353 at 94.72%" implies a base of 10,930, which must fit inside the population it is part of. */
    private void impliedBaseTooLarge(Claim claim, IndicatorDefinition indicator, List<Claim> claims,
                                     Counters records, List<Finding> findings) {
        if (!indicator.isRatio() || claim.numerator() == null || claim.value() == null || claim.value().signum() == 0
                || claim.denominator() != null || !PART_OF.containsKey(indicator.denominator())) {
            return;
        }
        BigDecimal implied = claim.numerator().divide(claim.value(), 0, RoundingMode.HALF_EVEN);
        Counter whole = PART_OF.get(indicator.denominator());
        Optional<BigDecimal> population = claimedCounter(whole, claim.scopeKey(), claims)
                .or(() -> records.recorded(whole));
        population.filter(limit -> implied.compareTo(limit) > 0).ifPresent(limit ->
                findings.add(FindingRule.IMPLIED_BASE_EXCEEDS_POPULATION.finding(claim.indicatorId(), claim.scopeKey(),
                        figure(claim.numerator(), indicator.numerator()), Figures.percent(claim.value()),
                        figure(implied, indicator.denominator()), indicator.denominatorDefinition(),
                        figure(limit, whole), Message.of("counter." + whole.key()), sourced(claim))));
    }

    /** A declared figure that the records, where they exist, do not bear out. */
    private void differsFromRecords(Claim claim, IndicatorDefinition indicator, Counters records, List<Finding> findings) {
        BigDecimal recorded = records.recorded(indicator.numerator()).orElse(null);
        BigDecimal claimed = indicator.isRate() ? claim.numerator() : Optional.ofNullable(claim.value()).orElse(claim.numerator());
        if (recorded == null || claimed == null || recorded.signum() == 0 || recorded.compareTo(claimed) == 0) {
            return;
        }
        findings.add(FindingRule.CLAIM_DIFFERS_FROM_RECORDS.finding(claim.indicatorId(), claim.scopeKey(),
                figure(claimed, indicator.numerator()), figure(recorded, indicator.numerator()), indicator.numeratorDefinition(),
                sourced(claim)));
    }

    /** "¥917M received" against four sources adding to ¥924.955M. */
    private void partsDoNotAddUp(Claim total, List<Claim> claims, List<Finding> findings) {
        if (total.indicatorId().contains(":") || total.value() == null) {
            return;
        }
        List<Claim> parts = claims.stream()
                .filter(part -> part.scopeKey().equals(total.scopeKey()) && part.indicatorId().startsWith(total.indicatorId() + ":")
                        && part.value() != null)
                .toList();
        if (parts.isEmpty()) {
            return;
        }
        BigDecimal sum = parts.stream().map(Claim::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total.value()) != 0) {
            Unit unit = catalogue.find(total.indicatorId()).map(IndicatorDefinition::unit).orElse(Unit.COUNT);
            findings.add(FindingRule.PARTS_DO_NOT_ADD_UP.finding(total.indicatorId(), total.scopeKey(),
                    Figures.of(total.value(), unit), parts.size(), Figures.of(sum, unit),
                    Figures.of(sum.subtract(total.value()), unit), sourced(total)));
        }
    }

    /** Moved-in people minus registered-poor moved-in are co-relocated people moved in: never more than there are. */
    private static void movedInBeyondCategory(List<Claim> claims, Function<Claim, Counters> recordsOf,
                                              List<Finding> findings) {
        for (Claim all : claims) {
            if (!all.indicatorId().equals("occupancy.people") || value(all) == null) {
                continue;
            }
            Optional<BigDecimal> registeredPoor = claimed("occupancy.registered-poor.people", all.scopeKey(), claims);
            Optional<BigDecimal> coRelocated = claimed("relocation.people.co-relocated", all.scopeKey(), claims)
                    .or(() -> recordsOf.apply(all).recorded(Counter.PEOPLE_CO_RELOCATED));
            if (registeredPoor.isEmpty() || coRelocated.isEmpty()) {
                continue;
            }
            BigDecimal coRelocatedMovedIn = value(all).subtract(registeredPoor.get());
            if (coRelocatedMovedIn.compareTo(coRelocated.get()) > 0) {
                findings.add(FindingRule.CATEGORY_MOVED_IN_EXCEEDS_POPULATION.finding("occupancy.people", all.scopeKey(),
                        Figures.of(value(all), Unit.PEOPLE), Figures.of(registeredPoor.get(), Unit.PEOPLE),
                        Figures.of(coRelocatedMovedIn, Unit.PEOPLE), Figures.of(coRelocated.get(), Unit.PEOPLE), sourced(all)));
            }
        }
    }

    private Optional<BigDecimal> claimedCounter(Counter counter, String scope, List<Claim> claims) {
        return catalogue.all().stream()
                .filter(indicator -> !indicator.isRate() && indicator.numerator().equals(counter))
                .map(indicator -> claimed(indicator.id(), scope, claims))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<BigDecimal> claimed(String indicatorId, String scope, List<Claim> claims) {
        return claims.stream()
                .filter(claim -> claim.indicatorId().equals(indicatorId) && claim.scopeKey().equals(scope))
                .map(DataQualityRules::value)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static BigDecimal value(Claim claim) {
        return claim.value() != null ? claim.value() : claim.numerator();
    }

    /** A figure of {@code counter}, in the unit it counts in (yuan for funds). */
    private Message figure(BigDecimal value, Counter counter) {
        return Figures.of(value, catalogue.unitOf(counter));
    }

    /** Where the claim comes from and the day or period it speaks for, after its finding; nothing when it says neither. */
    private static Object sourced(Claim claim) {
        if (claim.isOverPeriod()) {
            return claim.source() == null ? Message.of("finding.period", claim.from().toString(), claim.to().toString())
                    : Message.of("finding.source.period", claim.source(), claim.from().toString(), claim.to().toString());
        }
        if (claim.asOf() != null) {
            return claim.source() == null ? Message.of("finding.as-of", claim.asOf().toString())
                    : Message.of("finding.source.as-of", claim.source(), claim.asOf().toString());
        }
        return claim.source() == null ? "" : Message.of("finding.source", claim.source());
    }
}
