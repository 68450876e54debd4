package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;

import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.NoResultReason;

/**
 * A result as reported for one registration (DUO Examen API {@code Examenresultaat}: resultaat,
 * redenGeenResultaat). Deliberately unvalidated so that {@link ResultRules#violations} can report every
 * problem of a request at once; {@link ResultRules#accept} validates.
 *
 * @param outcome        PASSED (Geslaagd), FAILED (Gezakt) or NO_RESULT (Geen)
 * @param noResultReason required with NO_RESULT, absent otherwise
 * @param score          optional, not negative (DUO's API carries none; schools' reports may)
 * @param resultDate     the day the result was established
 */
public record ExamResult(ExamOutcome outcome, NoResultReason noResultReason, Integer score, LocalDate resultDate) {
}
