package nl.inburgering.kit.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/** Hours in quarters of an hour (0.25, 1.5, 7.75): how MAP work experience and PVT attendance are registered. Null is valid (@NotNull). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuarterHours.Validator.class)
public @interface QuarterHours {

    String message() default "must be whole quarters of an hour (e.g. 1.25, 7.5)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<QuarterHours, BigDecimal> {
        private static final BigDecimal QUARTER = new BigDecimal("0.25");

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || value.remainder(QUARTER).signum() == 0;
        }
    }
}
