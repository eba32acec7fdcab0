package org.anju.platform.security;

/**
 * How much personal data a response may show, fixed when the request is read (so that a streamed
 * export, which writes after the resource method has returned, follows the caller's roles too).
 * Services build it from {@link PersonalData} and pass it to the code that makes their views:
 * <pre>
 * Disclosure disclosure = Disclosure.of(personalData);
 * new MemberView(disclosure.personal(m.name()), disclosure.idNumber(m.idNumber()), ...)
 * </pre>
 */
public record Disclosure(boolean personalData, boolean unmaskedIdNumbers) {

    public static Disclosure of(PersonalData caller) {
        if (caller.unmasked()) {
            caller.noteUnmaskedDisclosure(); // the audit trail records the read
        }
        return new Disclosure(caller.visible(), caller.unmasked());
    }

    /** The ID number as this caller may see it: unmasked, masked, or not at all. */
    public String idNumber(String idNumber) {
        if (!personalData || idNumber == null) {
            return null;
        }
        return unmaskedIdNumbers ? idNumber : PersonalData.mask(idNumber);
    }

    /** A personal value (a name, a phone number, a resident's own words) or null when it may not be shown. */
    public <T> T personal(T value) {
        return personalData ? value : null;
    }
}
