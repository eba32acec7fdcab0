package org.anju.demo;

/**
 * Synthetic resident ID numbers with a valid GB 11643 check digit, for made-up households only: the
 * demo's, the benchmark's and the system tests'.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** {@code region} (6 digits) + {@code birthDate} (yyyyMMdd) + a 3-digit sequence + the check digit. */
    public static String of(String region, String birthDate, int sequence) {
        String body = region + birthDate + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }
}
