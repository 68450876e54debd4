package nl.inburgering.pvt.service;

import java.util.ArrayList;
import java.util.List;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.Problem;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Collects what is wrong with the entries of one bulk request (a session's list), so the answer names every entry at
 * once and nothing is recorded (all or none): input errors as one 400 listing each, else rule violations as one 409
 * whose rule is the first entry's and whose detail names each entry.
 */
final class BulkRefusal {

    private static final int NAMED_AT_MOST = 50;

    private final List<Problem.FieldError> invalid = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private String firstRule;

    void invalid(String field, String code, String detail) {
        invalid.add(new Problem.FieldError(field, code, detail));
    }

    void violation(int index, RuleViolationException e) {
        if (firstRule == null) {
            firstRule = e.rule();
        }
        violations.add("entries[" + index + "]: " + e.detail());
    }

    /** @throws InvalidInputException or RuleViolationException when any entry is refused */
    void throwIfAny(int entries) {
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        if (!violations.isEmpty()) {
            String named = String.join("; ", violations.subList(0, Math.min(NAMED_AT_MOST, violations.size())));
            throw new RuleViolationException(firstRule, violations.size() + " of " + entries + " entries break a "
                    + "rule, so none was recorded: " + named + (violations.size() > NAMED_AT_MOST ? "; …" : ""));
        }
    }
}
