package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.Target;
import org.anju.gateway.repository.ProjectionVersionRepository;
import org.anju.gateway.repository.TargetRepository;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.CountyScope;

import java.util.List;

/** Plan values per indicator and scope, shown with every indicator as target and gap. */
@ApplicationScoped
public class TargetService {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final TargetRepository targets;
    private final CountyScope countyScope;
    private final ProjectionVersionRepository version;

    public TargetService(TargetRepository targets, CountyScope countyScope, ProjectionVersionRepository version) {
        this.version = version;
        this.targets = targets;
        this.countyScope = countyScope;
    }

    public List<PlanValueView> all() {
        return targets.all().stream().map(PlanValueView::of).toList();
    }

    /** Sets the target of one indicator for the city ({@code scope} null), one county, or every scope ("*"). */
    public PlanValueView set(String indicatorId, TargetScope scope, SetTarget command) {
        CountyCode county = scope == null ? null : scope.county();
        // the city's targets and the default for every scope are the city's; a county's also its own county-scoped admin's
        if (county == null) {
            countyScope.requireCityAdmin();
        } else {
            countyScope.requireWrite(county);
        }
        catalogue.find(indicatorId).orElseThrow(() -> new ResourceNotFound("indicator", indicatorId));
        Target row = new Target(indicatorId, TargetScope.keyOf(scope), command.comparator(), command.value(), command.note());
        targets.save(row);
        version.moveOn(); // the indicators show their targets
        return PlanValueView.of(row);
    }
}
