package org.anju.households.service;

import org.anju.platform.security.PersonalData;

/**
 * How much personal data a response may show, fixed when the request is read so that a streamed
 * export, which writes after the resource method has returned, follows the caller's roles too.
 */
public record Disclosure(boolean personalData, boolean unmaskedIdNumbers) {

    public static Disclosure of(PersonalData caller) {
        return new Disclosure(caller.visible(), caller.unmasked());
    }

    /** The ID number as this caller may see it: unmasked, masked, or not at all. */
    public String idNumber(String idNumber) {
        if (!personalData) {
            return null;
        }
        return unmaskedIdNumbers ? idNumber : PersonalData.mask(idNumber);
    }

    public String personal(String value) {
        return personalData ? value : null;
    }
}
