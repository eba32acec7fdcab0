package org.anju.households.service;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.anju.households.domain.IdNumber;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * An 18-character resident identity number with a valid GB 11643 check digit and a birth date by
 * the programme's today (Bean Validation's clock, the programme clock); the message (ValidationMessages,
 * {@code anju.id-number.<problem>}, in the request's language) never repeats it.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdCardNumber.Validator.class)
public @interface IdCardNumber {

    String message() default "{anju.id-card-number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdCardNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Clock clock = context.getClockProvider().getClock();
            return IdNumber.problem(value, LocalDate.ofInstant(clock.instant(), clock.getZone())).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{anju." + problem.key() + "}").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
