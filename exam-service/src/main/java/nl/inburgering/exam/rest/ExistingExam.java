package nl.inburgering.exam.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.rules.ExamCatalogue;

/**
 * The component/level combination exists (§4, {@link ExamCatalogue}): LE, LU, SC, SP at A2, B1 or B2; KNM without
 * a level. Reported on the {@code level} field, in the same 400 as every other invalid field. A missing component
 * is left to {@code @NotNull}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExistingExam.Validator.class)
public @interface ExistingExam {

    String message() default "no such exam";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Anything that names a component and a level. */
    interface ComponentAndLevel {
        ExamComponent component();

        LanguageLevel level();
    }

    class Validator implements ConstraintValidator<ExistingExam, ComponentAndLevel> {
        @Override
        public boolean isValid(ComponentAndLevel value, ConstraintValidatorContext context) {
            if (value == null || value.component() == null) {
                return true;
            }
            return ExamCatalogue.problemWith(value.component(), value.level()).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(escape(problem.detail()))
                        .addPropertyNode(problem.field()).addConstraintViolation();
                return false;
            }).orElse(true);
        }

        /** The detail is plain text, not a message template. */
        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
