package org.anju.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.config.GatewayConfig;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.repository.TargetRepository;
import org.anju.gateway.domain.Target;
import org.anju.platform.problem.ResourceNotFound;

import java.math.BigDecimal;
import java.util.List;

/** Plan values per indicator and scope, shown with every indicator as target and gap. */
@ApplicationScoped
public class TargetService {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final TargetRepository targets;
    private final GatewayConfig config;

    public TargetService(TargetRepository targets, GatewayConfig config) {
        this.targets = targets;
        this.config = config;
    }

    public List<Target> all() {
        return targets.all();
    }

    /** Sets the target of one indicator for the city (county null), one county, or every scope ("*"). */
    public Target set(String indicatorId, String county, String comparator, BigDecimal value, String note) {
        catalogue.find(indicatorId).orElseThrow(() -> new ResourceNotFound("indicator", indicatorId));
        String scope = switch (county == null ? "city" : county) {
            case "city" -> "city";
            case "*" -> "*";
            default -> {
                if (!config.counties().containsKey(county)) {
                    throw new ResourceNotFound("county", county);
                }
                yield "county:" + county;
            }
        };
        Target row = new Target(indicatorId, scope, comparator, value, note);
        targets.save(row);
        return row;
    }
}
