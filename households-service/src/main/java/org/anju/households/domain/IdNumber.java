package org.anju.households.domain;

import org.anju.platform.i18n.Message;
import org.anju.platform.text.Identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 18-character resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
 * Never log one: it is personal data.
 */
public final class IdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumber() {
    }

    /**
     * The number as it is stored, from the number as a clerk typed it: NFKC-normalised and trimmed
     * ({@link Identifiers#normalise}: full-width digits, no-break and ideographic spaces) and with a
     * lower-case check character {@code x} upper-cased. Every entry path reads ID numbers through this.
     */
    public static String normalise(String raw) {
        String normalised = Identifiers.normalise(raw);
        if (normalised != null && normalised.endsWith("x")) {
            return normalised.substring(0, normalised.length() - 1) + "X";
        }
        return normalised;
    }

    /**
     * Why the number is not a valid identity number of someone born by {@code today}, or empty when
     * it is: the bundles' {@code id-number.shape}, {@code id-number.check-digit},
     * {@code id-number.birth-date-implausible} or {@code id-number.birth-date-invalid}. The reason
     * never repeats the number.
     */
    public static Optional<Message> problem(String idNumber, LocalDate today) {
        if (idNumber == null || !SHAPE.matcher(idNumber).matches()) {
            return problem("shape");
        }
        if (checkCharacter(idNumber) != idNumber.charAt(17)) {
            return problem("check-digit");
        }
        try {
            LocalDate birthDate = birthDateOf(idNumber);
            if (birthDate.isAfter(today) || birthDate.getYear() < 1880) {
                return problem("birth-date-implausible");
            }
        } catch (DateTimeException e) {
            return problem("birth-date-invalid");
        }
        return Optional.empty();
    }

    private static Optional<Message> problem(String what) {
        return Optional.of(Message.of("id-number." + what));
    }

    public static LocalDate birthDateOf(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    public static Sex sexOf(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The check character for the first 17 digits. */
    static char checkCharacter(String idNumber) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
