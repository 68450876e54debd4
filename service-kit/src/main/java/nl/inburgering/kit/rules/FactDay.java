package nl.inburgering.kit.rules;

import java.time.LocalDate;
import nl.inburgering.kit.problem.RuleViolationException;

/** A fact is recorded on or after the day it happened, never ahead of it: rule FACT-NOT-IN-FUTURE, in every service. */
public final class FactDay {

    public static final String NOT_IN_FUTURE = "FACT-NOT-IN-FUTURE";

    private FactDay() {
    }

    /**
     * @param what the fact in words, e.g. "a decision"
     * @throws RuleViolationException {@value #NOT_IN_FUTURE} when {@code day} lies after {@code today}
     */
    public static void requireNotInFuture(LocalDate day, LocalDate today, String what) {
        if (day.isAfter(today)) {
            throw new RuleViolationException(NOT_IN_FUTURE, what + " is recorded on or after its day, and " + day
                    + " lies after today");
        }
    }
}
