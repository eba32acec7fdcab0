package org.anju.households.service;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text without U+FFFD, the character a decoder puts where it lost one (a GBK file read as UTF-8
 * by some tool on its way here): such a text is never stored, whichever path it came by.
 */
@Pattern(regexp = "[^\\uFFFD]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Legible {

    String message() default "{anju.legible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
