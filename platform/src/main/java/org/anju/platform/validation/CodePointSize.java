package org.anju.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@code @Size} on a text counts characters as people count them: code points, not UTF-16 units,
 * so a name of rare characters outside the Basic Multilingual Plane (𠮷, 𡈽) is not refused at half
 * its limit. Registered for {@code String} ({@link CodePointSizes}), more specific than Hibernate
 * Validator's own for {@code CharSequence}.
 */
public class CodePointSize implements ConstraintValidator<Size, String> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        this.min = size.min();
        this.max = size.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int length = value.codePointCount(0, value.length());
        return length >= min && length <= max;
    }
}
