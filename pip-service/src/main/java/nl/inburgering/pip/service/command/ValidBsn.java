package nl.inburgering.pip.service.command;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.inburgering.pip.domain.rules.BsnValidator;

/** A burgerservicenummer: 9 digits that pass the 11-test, not 000000000 (DESIGN §4). Null is left to @NotNull. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidBsn.Validator.class)
public @interface ValidBsn {

    String message() default "must be a valid BSN: 9 digits passing the 11-test";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidBsn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || BsnValidator.isValid(value);
        }
    }
}
