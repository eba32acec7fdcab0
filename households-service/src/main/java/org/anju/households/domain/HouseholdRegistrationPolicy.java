package org.anju.households.domain;

import org.anju.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a household's members meet on their own, whatever the registry holds: at least one
 * member, valid ID numbers, each person once, exactly one head. Every entry path checks a
 * registration and a correction against it: the JSON API answers the first violation (a 409),
 * the import reports every one as a row error. Fields are paths into the registration as the
 * JSON API reads it ({@code members[1].idNumber}); messages never repeat an ID number.
 * Rules that need the registry (registry and ID numbers unique across households, the site and
 * village named) are checked by the service.
 */
public final class HouseholdRegistrationPolicy {

    static final String MEMBERS = "members";

    private HouseholdRegistrationPolicy() {
    }

    /** Every rule the members break, in the order of the members; empty when they meet them all. */
    public static List<RuleViolation> violations(List<MemberDetails> members, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (members.isEmpty()) {
            violations.add(RuleViolation.of("household-has-members", MEMBERS));
            return violations;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String idNumber = members.get(i).idNumber();
            String field = MEMBERS + "[" + i + "].idNumber";
            IdNumber.problem(idNumber, today).ifPresentOrElse(
                    problem -> violations.add(RuleViolation.of("id-number-valid", field, problem)),
                    () -> {
                        if (!seen.add(idNumber)) {
                            violations.add(RuleViolation.of("id-number-unique", field));
                        }
                    });
        }
        // a member whose relation could not be read is reported by the input's own checks: heads are counted once all are known
        if (members.stream().map(MemberDetails::relation).allMatch(Objects::nonNull)) {
            long heads = members.stream().filter(member -> member.relation() == Relation.HEAD).count();
            if (heads != 1) {
                violations.add(RuleViolation.of("household-has-one-head", MEMBERS, String.valueOf(heads)));
            }
        }
        return violations;
    }

    /** @throws org.anju.platform.problem.DomainRuleViolation (409) the first rule the members break */
    public static void require(List<MemberDetails> members, LocalDate today) {
        List<RuleViolation> violations = violations(members, today);
        if (!violations.isEmpty()) {
            throw violations.get(0).toException();
        }
    }
}
