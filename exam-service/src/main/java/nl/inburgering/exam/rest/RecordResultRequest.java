package nl.inburgering.exam.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.exam.domain.rules.ExamResult;
import nl.inburgering.exam.domain.rules.RuleCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result (uitslag) of one registration, as the exam provider reports it (DUO Examenresultaat). */
@RecordResultRequest.ReasonMatchesOutcome
@Schema(name = "RecordResultRequest", description = "The result (uitslag, DUO Examenresultaat) of one exam "
        + "registration. A NO_RESULT (Geen) needs a reason (redenGeenResultaat); PASSED and FAILED carry none.")
public record RecordResultRequest(
        @Schema(description = "Outcome (resultaat): PASSED (Geslaagd), FAILED (Gezakt) or NO_RESULT (Geen)",
                example = "FAILED")
        @NotNull ExamOutcome outcome,
        @Schema(description = "Reason for no result (redenGeenResultaat), only with NO_RESULT: CULPABLE "
                + "(Verwijtbaar), NOT_CULPABLE (Nietverwijtbaar), WITHDRAWN (Afgemeld) or ABSENT (Absent)",
                example = "ABSENT")
        NoResultReason noResultReason,
        @Schema(description = "Score (behaalde score), optional, not negative", example = "27")
        @PositiveOrZero Integer score,
        @Schema(description = "Result date (datum uitslag): not before the exam date (examendatum), not in the future",
                example = "2027-04-20")
        @NotNull LocalDate resultDate) {

    public ExamResult toResult() {
        return new ExamResult(outcome, noResultReason, score, resultDate);
    }

    /** DUO-EXAMEN-1: {@code redenGeenResultaat} belongs to, and only to, the result "Geen". */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ReasonMatchesOutcome.Validator.class)
    public @interface ReasonMatchesOutcome {

        String message() default RuleCodes.DUO_EXAMEN_REASON + ": a NO_RESULT needs a noResultReason; "
                + "PASSED and FAILED carry none";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ReasonMatchesOutcome, RecordResultRequest> {
            @Override
            public boolean isValid(RecordResultRequest r, ConstraintValidatorContext context) {
                if (r == null || r.outcome() == null) {
                    return true;
                }
                boolean valid = (r.outcome() == ExamOutcome.NO_RESULT) == (r.noResultReason() != null);
                if (!valid) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(r.outcome() == ExamOutcome.NO_RESULT
                                    ? "a NO_RESULT needs a reason: CULPABLE, NOT_CULPABLE, WITHDRAWN or ABSENT"
                                    : "only a NO_RESULT carries a reason, not " + r.outcome())
                            .addPropertyNode("noResultReason").addConstraintViolation();
                }
                return valid;
            }
        }
    }
}
