package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.PovertyVillage;
import org.anju.households.repository.SiteRepository;
import org.anju.households.repository.VillageRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.RuleViolation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sites and villages as a spreadsheet names them: by their id, or by their name within the
 * household's county (a village as {@code township/name} where several townships of the county have
 * one of that name). Each import run keeps what it looked up in a {@link Cache}.
 */
@ApplicationScoped
public class References {

    /** What a cell names: the record's id, or why it names none. */
    record Resolved(UUID id, RuleViolation problem) {
    }

    /** One run's lookups, by kind, county and text. */
    static final class Cache {
        private final Map<String, Resolved> resolved = new HashMap<>();
    }

    private final SiteRepository sites;
    private final VillageRepository villages;

    public References(SiteRepository sites, VillageRepository villages) {
        this.sites = sites;
        this.villages = villages;
    }

    /** The site {@code text} names in {@code county}; null text is no site. Run inside a transaction. */
    Resolved site(String county, String text, String field, Cache cache) {
        return cache.resolved.computeIfAbsent("site\u001f" + county + "\u001f" + text, key -> {
            UUID id = uuid(text);
            if (id != null) {
                return new Resolved(id, null);
            }
            return sites.findByName(county, Names.of(text))
                    .map(site -> new Resolved(site.id(), null))
                    .orElseGet(() -> new Resolved(null, new RuleViolation("site-must-exist", field,
                            Message.of("rule.site-must-exist.name", text, county))));
        });
    }

    /** The village {@code text} names in {@code county}. Run inside a transaction. */
    Resolved village(String county, String text, String field, Cache cache) {
        return cache.resolved.computeIfAbsent("village\u001f" + county + "\u001f" + text, key -> {
            UUID id = uuid(text);
            if (id != null) {
                return new Resolved(id, null);
            }
            int slash = text.lastIndexOf('/');
            if (slash > 0) {
                String township = Names.of(text.substring(0, slash));
                String name = Names.of(text.substring(slash + 1));
                return villages.findByName(county, township, name)
                        .map(village -> new Resolved(village.id(), null))
                        .orElseGet(() -> unknownVillage(text, county, field));
            }
            List<PovertyVillage> named = villages.findByName(county, Names.of(text));
            if (named.size() == 1) {
                return new Resolved(named.get(0).id(), null);
            }
            return named.isEmpty() ? unknownVillage(text, county, field)
                    : new Resolved(null, new RuleViolation("village-must-exist", field,
                    Message.of("rule.village-must-exist.ambiguous", text, county)));
        });
    }

    private static Resolved unknownVillage(String text, String county, String field) {
        return new Resolved(null, new RuleViolation("village-must-exist", field, Message.of("rule.village-must-exist.name", text, county)));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
