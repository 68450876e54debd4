package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Which law governs a participant (rules §1 [C]): the Wet inburgering 2021 entered into force on 1 January 2022 and
 * applies to everyone who became inburgeringsplichtig on or after that day; those obliged earlier stay under the
 * Wet inburgering 2013. Its rules differ (no leerroutes, ONA instead of the MAP, the AGI ontheffing, other terms),
 * so this system, which implements the Wi2021 only, refuses such a registration instead of judging it wrongly.
 */
public final class ApplicableLaw {

    /** Entry into force of the Wi2021 (Stb. 2021, 38): the first day an obligation falls under it. */
    public static final LocalDate WI2021_IN_FORCE = LocalDate.of(2022, 1, 1);

    private ApplicableLaw() {
    }

    /** @return whether an obligation that started on {@code obligationStart} falls under the Wi2021 */
    public static boolean isWi2021(LocalDate obligationStart) {
        return !Objects.requireNonNull(obligationStart, "obligationStart").isBefore(WI2021_IN_FORCE);
    }

    /** @throws RuleViolationException {@link RuleCodes#WI2021_SCOPE} for an obligation under the Wi2013 */
    public static void requireWi2021(LocalDate obligationStart) {
        if (!isWi2021(obligationStart)) {
            throw new RuleViolationException(RuleCodes.WI2021_SCOPE,
                    "the obligation started before 1 January 2022, so it falls under the Wet inburgering 2013, "
                            + "which this system does not handle");
        }
    }
}
