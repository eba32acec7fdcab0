package org.anju.households.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.Household;
import org.anju.households.domain.PovertyVillage;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.SiteRepository;
import org.anju.households.repository.VillageRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.RuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules a registration meets against the registry (those of its members alone are
 * {@link org.anju.households.domain.HouseholdRegistrationPolicy}'s): its registry number and its
 * members' ID numbers in no other household, its site and village existing and in its county, the
 * village not yet relocated. The JSON API (one registration, the first violation answered as a
 * 409) and the import (a chunk of registrations, every violation a row error) check here, with
 * one query per kind of record for a whole chunk. Messages name other households by registry
 * number, never a person.
 */
@ApplicationScoped
public class RegistrationChecks {

    private final HouseholdRepository households;
    private final SiteRepository sites;
    private final VillageRepository villages;

    public RegistrationChecks(HouseholdRepository households, SiteRepository sites, VillageRepository villages) {
        this.households = households;
        this.sites = sites;
        this.villages = villages;
    }

    /**
     * What the caller may learn of another household a person is already a member of.
     *
     * @param county the only county whose households the caller may read, null for every county
     * @param seesIdNumbers whether the caller sees full ID numbers (personal data and {@code pii-reader})
     */
    record Reader(String county, boolean seesIdNumbers) {

        /**
         * Naming the other household confirms the full ID number of the person (the mask hides the
         * birth date, which a caller could otherwise guess row by row): it is named only to a caller
         * who may read that household and who sees full ID numbers anyway.
         */
        boolean mayBeToldOf(HouseholdRepository.Registered owner) {
            return seesIdNumbers && (county == null || county.equals(owner.county()));
        }
    }

    /**
     * @param correcting the household a correction replaces, null for a new one
     * @param reader what the caller may be told of other households
     * @throws DomainRuleViolation (409) the first rule the registration breaks
     */
    void require(RegisterHousehold registration, Household correcting, Reader reader) {
        List<RuleViolation> violations = violations(List.of(registration), correcting, reader).get(0);
        if (!violations.isEmpty()) {
            throw violations.get(0).toException();
        }
    }

    /**
     * Every rule each registration breaks, in the order of the registrations. {@code correcting} is
     * the household a correction replaces (its own numbers are no conflict, the village it already
     * names is kept even if relocated since), null for new households. A person already in another
     * household is reported naming that household only to a {@code reader} who may read it and sees
     * full ID numbers; to anyone else as registered in another household, no household or county named.
     */
    List<List<RuleViolation>> violations(List<RegisterHousehold> registrations, Household correcting, Reader reader) {
        UUID except = correcting != null ? correcting.id() : null;
        UUID keptVillage = correcting != null ? correcting.villageId() : null;
        Set<String> taken = new HashSet<>(households.registryNumbersOf(
                registrations.stream().map(RegisterHousehold::registryNumber).toList(), except));
        Map<String, HouseholdRepository.Registered> owners = households.householdsOfIdNumbers(registrations.stream()
                .flatMap(registration -> registration.members().stream().map(RegisterHousehold.Member::idNumber))
                .collect(Collectors.toSet()), except);
        Map<UUID, Optional<ResettlementSite>> sitesById = lookUp(registrations.stream().map(RegisterHousehold::siteId),
                sites::findByIdOptional);
        // share-locked, so that no village is relocated while households join it
        Map<UUID, Optional<PovertyVillage>> villagesById = lookUp(registrations.stream().map(RegisterHousehold::villageId)
                .filter(id -> id != null && !id.equals(keptVillage)), villages::findForShare);

        List<List<RuleViolation>> all = new ArrayList<>();
        for (RegisterHousehold registration : registrations) {
            List<RuleViolation> violations = new ArrayList<>();
            String county = registration.county().code();
            if (taken.contains(registration.registryNumber())) {
                violations.add(RuleViolation.of("registry-number-unique", "registryNumber", registration.registryNumber()));
            }
            UUID villageId = registration.villageId();
            if (villagesById.containsKey(villageId)) {
                village(villageId, villagesById.get(villageId), county).ifPresent(violations::add);
            }
            UUID siteId = registration.siteId();
            if (siteId != null) {
                site(siteId, sitesById.get(siteId), county).ifPresent(violations::add);
            }
            for (int i = 0; i < registration.members().size(); i++) {
                HouseholdRepository.Registered owner = owners.get(registration.members().get(i).idNumber());
                if (owner != null) {
                    violations.add(alreadyRegistered("members[" + i + "].idNumber", owner, reader));
                }
            }
            all.add(violations);
        }
        return all;
    }

    /** A person in another household: named by its registry number only to a reader who may be told of it. */
    private static RuleViolation alreadyRegistered(String field, HouseholdRepository.Registered owner, Reader reader) {
        if (reader.mayBeToldOf(owner)) {
            return new RuleViolation("id-number-unique", field, Message.of("rule.id-number-unique.other-household", owner.registryNumber()));
        }
        return new RuleViolation("id-number-unique", field, Message.of("rule.id-number-unique.elsewhere"));
    }

    private static Optional<RuleViolation> village(UUID id, Optional<PovertyVillage> found, String county) {
        if (found.isEmpty()) {
            return Optional.of(RuleViolation.of("village-must-exist", "villageId", id.toString()));
        }
        PovertyVillage village = found.get();
        if (!village.county().equals(county)) {
            return Optional.of(RuleViolation.of("village-in-household-county", "villageId", village.county(), county));
        }
        return village.closedForHouseholds("villageId");
    }

    private static Optional<RuleViolation> site(UUID id, Optional<ResettlementSite> found, String county) {
        if (found.isEmpty()) {
            return Optional.of(unknownSite(id));
        }
        ResettlementSite site = found.get();
        if (!site.county().equals(county)) {
            return Optional.of(RuleViolation.of("site-in-household-county", "siteId", site.county(), county));
        }
        return Optional.empty();
    }

    static RuleViolation unknownSite(UUID id) {
        return RuleViolation.of("site-must-exist", "siteId", id.toString());
    }

    private static <T> Map<UUID, Optional<T>> lookUp(Stream<UUID> ids, Function<UUID, Optional<T>> find) {
        return ids.filter(Objects::nonNull).distinct().collect(Collectors.toMap(Function.identity(), find));
    }
}
