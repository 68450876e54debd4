package nl.inburgering.pip.service.command;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.pip.domain.LearnabilityOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The leerbaarheidstoets result as DUO reports it (Leerbaarheidstoets API {@code Resultaat}: resultaat,
 * behaaldeScore, benodigdeScore, datumAfname, all required), or SKIPPED without any of them (E16).
 */
@LearnabilityTestRequest.Consistent
@Schema(name = "LearnabilityTest", description = "Uitslag leerbaarheidstoets (DUO): B1_ROUTE_FEASIBLE = \"B1-route "
        + "haalbaar\", B1_ROUTE_NOT_FEASIBLE = \"B1-route niet haalbaar\", UNKNOWN = \"Onbekend\", each with score "
        + "(behaaldeScore), requiredScore (benodigdeScore) and testDate (datumAfname); or SKIPPED (toets overgeslagen) "
        + "with none of them. The result advises; the municipality decides the route.")
public record LearnabilityTestRequest(
        @Schema(description = "Outcome (resultaat)", example = "B1_ROUTE_FEASIBLE") @NotNull LearnabilityOutcome outcome,
        @Schema(description = "Score achieved (behaaldeScore), 0–999.99", example = "62.50")
        @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2) BigDecimal score,
        @Schema(description = "Score needed for the B1-route (benodigdeScore), 0–999.99", example = "55.00")
        @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2) BigDecimal requiredScore,
        @Schema(description = "Date DUO registered the result (datumAfname)", example = "2026-02-05")
        @PastOrPresent LocalDate testDate) {

    /** A result has score, required score and test date; SKIPPED has none of them. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistentValidator.class)
    public @interface Consistent {
        String message() default "must be given with a test result and absent when the test was skipped";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Reports each inconsistent field on its own, so the 400 lists them all. */
    public static class ConsistentValidator implements ConstraintValidator<Consistent, LearnabilityTestRequest> {
        @Override
        public boolean isValid(LearnabilityTestRequest test, ConstraintValidatorContext context) {
            if (test == null || test.outcome() == null) {
                return true;
            }
            boolean result = test.outcome().hasResult();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            valid &= check(context, result, test.score() != null, "score");
            valid &= check(context, result, test.requiredScore() != null, "requiredScore");
            valid &= check(context, result, test.testDate() != null, "testDate");
            return valid;
        }

        private static boolean check(ConstraintValidatorContext context, boolean required, boolean present,
                String field) {
            if (required == present) {
                return true;
            }
            context.buildConstraintViolationWithTemplate(required
                            ? "is required with a test result (B1_ROUTE_FEASIBLE, B1_ROUTE_NOT_FEASIBLE, UNKNOWN)"
                            : "must be absent when the test was SKIPPED")
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
