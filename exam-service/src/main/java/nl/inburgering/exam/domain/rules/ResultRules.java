package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamOutcome;

/**
 * When a result may be recorded for a registration.
 * <ul>
 *   <li>N17: the result date is not before the exam date, and not after {@code today} (a result is a fact
 *       that has happened).</li>
 *   <li>DUO-EXAMEN-1 (DUO Examen API): NO_RESULT ("Geen") needs a {@code redenGeenResultaat}; PASSED and
 *       FAILED must not carry one.</li>
 *   <li>§4: the score is optional and not negative.</li>
 *   <li>DUO-EXAMEN-2: a registration gets one result. The same result again (same outcome, reason, score and
 *       result date) is a retry and is accepted as {@link ResultDecision#SAME}; anything different is refused:
 *       a correction is a separate, explicit process, not an overwrite.</li>
 * </ul>
 * A result is accepted for a registration that was cancelled late: DUO reports those as "Geen / Afgemeld".
 */
public final class ResultRules {

    private ResultRules() {
    }

    /** Every problem with this result, in field order; empty when it may be recorded. */
    public static List<RuleViolation> violations(LocalDate examDate, ExamResult result, LocalDate today) {
        Objects.requireNonNull(examDate, "examDate");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(today, "today");
        List<RuleViolation> problems = new ArrayList<>();
        if (result.outcome() == null) {
            problems.add(new RuleViolation(RuleCodes.DUO_EXAMEN_REASON, "outcome",
                    "an outcome is required: PASSED, FAILED or NO_RESULT"));
        } else if (result.outcome() == ExamOutcome.NO_RESULT && result.noResultReason() == null) {
            problems.add(new RuleViolation(RuleCodes.DUO_EXAMEN_REASON, "noResultReason",
                    "a NO_RESULT needs a reason: CULPABLE, NOT_CULPABLE, WITHDRAWN or ABSENT"));
        } else if (result.outcome() != ExamOutcome.NO_RESULT && result.noResultReason() != null) {
            problems.add(new RuleViolation(RuleCodes.DUO_EXAMEN_REASON, "noResultReason",
                    "only a NO_RESULT carries a reason, not " + result.outcome()));
        }
        if (result.score() != null && result.score() < 0) {
            problems.add(new RuleViolation(RuleCodes.S4_EXAMS, "score", "the score must not be negative"));
        }
        if (result.resultDate() == null) {
            problems.add(new RuleViolation(RuleCodes.N17_RESULT_DATE, "resultDate", "a result date is required"));
        } else if (result.resultDate().isBefore(examDate)) {
            problems.add(new RuleViolation(RuleCodes.N17_RESULT_DATE, "resultDate",
                    "the result date lies before the exam date"));
        } else if (result.resultDate().isAfter(today)) {
            problems.add(new RuleViolation(RuleCodes.N17_RESULT_DATE, "resultDate",
                    "the result date lies in the future"));
        }
        return List.copyOf(problems);
    }

    /** Throws the first of {@link #violations} as a {@link nl.inburgering.kit.problem.RuleViolationException}. */
    public static void requireValid(LocalDate examDate, ExamResult result, LocalDate today) {
        List<RuleViolation> problems = violations(examDate, result, today);
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
    }

    /**
     * Decides whether {@code incoming} may be recorded for a registration that already has {@code existing}
     * (null when it has none).
     *
     * @return {@link ResultDecision#NEW} to record it, {@link ResultDecision#SAME} for an identical retry
     * @throws nl.inburgering.kit.problem.RuleViolationException when the result is invalid (N17,
     *         DUO-EXAMEN-1, §4) or differs from the recorded one (DUO-EXAMEN-2)
     */
    public static ResultDecision accept(LocalDate examDate, ExamResult existing, ExamResult incoming,
                                        LocalDate today) {
        requireValid(examDate, incoming, today);
        if (existing == null) {
            return ResultDecision.NEW;
        }
        if (existing.equals(incoming)) {
            return ResultDecision.SAME;
        }
        throw new RuleViolation(RuleCodes.DUO_EXAMEN_ONE_RESULT, "outcome",
                "this registration already has a different result; a registration gets one result").toException();
    }
}
