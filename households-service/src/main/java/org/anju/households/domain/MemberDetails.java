package org.anju.households.domain;

/**
 * A member as a registration or a correction gives it, before it is checked
 * ({@link HouseholdRegistrationPolicy}); birth date and sex are derived from the ID number.
 *
 * @param relation the relation to the head, null when the input had none that could be read
 */
public record MemberDetails(String name, String idNumber, Relation relation, boolean labourCapacity, String phone) {
}
