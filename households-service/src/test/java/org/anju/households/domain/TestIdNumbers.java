package org.anju.households.domain;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Distinct valid ID numbers for tests: a fresh birth date and sequence each time, with the right check digit. */
public final class TestIdNumbers {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final LocalDate BASE = LocalDate.of(1940, 1, 1);

    private TestIdNumbers() {
    }

    public static String next(String county) {
        long n = NEXT.incrementAndGet();
        LocalDate birthDate = BASE.plusDays(n / 1000 % 25_000);
        String first17 = county + birthDate.toString().replace("-", "") + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    public static String mistyped(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '0' ? '1' : '0');
    }

    /** A fresh valid number whose check character is X. */
    public static String nextEndingInX(String county) {
        String idNumber = next(county);
        while (idNumber.charAt(17) != 'X') {
            idNumber = next(county);
        }
        return idNumber;
    }

    /** The number as an IME types it: full-width digits and letters. */
    public static String fullWidth(String idNumber) {
        StringBuilder typed = new StringBuilder();
        idNumber.chars().forEach(c -> typed.append((char) (c + 0xFEE0)));
        return typed.toString();
    }
}
