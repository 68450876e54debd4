package nl.inburgering.exam.domain.rules;

import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.NoResultReason;

/**
 * E23 (open question, {@code wi2021-rules.md} §11/§12): does a result "Geen" use up an attempt? No source says.
 * Policy, configurable in {@link ExamPolicyConfig#consumingNoResultReasons()}; the default follows DUO's own
 * wording of the reasons:
 * <ul>
 *   <li>{@code Verwijtbaar} (CULPABLE: fraud, not showing up through one's own fault) — consumes;</li>
 *   <li>{@code Absent} (ABSENT) — consumes: a no-show is treated like a late cancellation (§4: "later
 *       cancellation, or not showing up, means no refund");</li>
 *   <li>{@code Afgemeld} (WITHDRAWN) — consumes: an in-time cancellation is recorded by us as
 *       {@link AttemptStatus#CANCELLED_IN_TIME} and never becomes a result, so a withdrawal that DUO reports
 *       as a result is one it did not accept as timely;</li>
 *   <li>{@code Nietverwijtbaar} (NOT_CULPABLE: ill during the exam, DUO cancelled, force majeure) — does not
 *       consume: the candidate is not to blame.</li>
 * </ul>
 */
public final class NoResultPolicy {

    private final Set<NoResultReason> consuming;

    public NoResultPolicy(ExamPolicyConfig config) {
        this.consuming = config.consumingNoResultReasons();
    }

    /** Whether a NO_RESULT with this reason uses up the attempt (rule E23). */
    public boolean consumesAttempt(NoResultReason reason) {
        Objects.requireNonNull(reason, "a NO_RESULT always has a reason");
        return consuming.contains(reason);
    }
}
