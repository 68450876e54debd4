package nl.inburgering.exam.domain.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.NoResultReason;

/**
 * The configurable numbers of the exam rules, in one place. Amounts and practice change over time
 * ({@code wi2021-rules.md}: "check every number against the live source before go-live"), so none of them is
 * hard-coded in a rule.
 *
 * @param freeAttemptsPerComponent N7 / seed: attempts per component the municipality pays for an asylum
 *                                 permit holder ("exam plus one resit") — default 2
 * @param feeCents                 N6: the fee of one attempt in euro cents — default 5000 (€50)
 * @param cancellationNoticeDays   §4 / E19: cancelling or moving at least this many calendar days before the
 *                                 exam keeps the attempt — default 7 (DUO's examenreglement art. 11(11), via
 *                                 third-party notes; DUO's "Nietverwijtbaar" text says 14, see
 *                                 {@link CancellationPolicy})
 * @param consumingNoResultReasons E23 (open question): the "Geen" reasons that use up an attempt — default
 *                                 {@code CULPABLE, WITHDRAWN, ABSENT}; {@code NOT_CULPABLE} does not
 */
public record ExamPolicyConfig(int freeAttemptsPerComponent,
                               long feeCents,
                               int cancellationNoticeDays,
                               Set<NoResultReason> consumingNoResultReasons) {

    public ExamPolicyConfig {
        if (freeAttemptsPerComponent < 0) {
            throw new IllegalArgumentException("freeAttemptsPerComponent must not be negative");
        }
        if (feeCents < 0) {
            throw new IllegalArgumentException("feeCents must not be negative");
        }
        if (cancellationNoticeDays < 0) {
            throw new IllegalArgumentException("cancellationNoticeDays must not be negative");
        }
        Objects.requireNonNull(consumingNoResultReasons, "consumingNoResultReasons");
        EnumSet<NoResultReason> copy = EnumSet.noneOf(NoResultReason.class);
        copy.addAll(consumingNoResultReasons);
        consumingNoResultReasons = Collections.unmodifiableSet(copy);
    }

    /** The values the sources give today: 2 free attempts, €50, 7 days, and every "Geen" reason except Nietverwijtbaar. */
    public static ExamPolicyConfig defaults() {
        return new ExamPolicyConfig(2, 5000, 7,
                EnumSet.of(NoResultReason.CULPABLE, NoResultReason.WITHDRAWN, NoResultReason.ABSENT));
    }

    public ExamPolicyConfig withFreeAttemptsPerComponent(int value) {
        return new ExamPolicyConfig(value, feeCents, cancellationNoticeDays, consumingNoResultReasons);
    }

    public ExamPolicyConfig withFeeCents(long value) {
        return new ExamPolicyConfig(freeAttemptsPerComponent, value, cancellationNoticeDays, consumingNoResultReasons);
    }

    public ExamPolicyConfig withCancellationNoticeDays(int value) {
        return new ExamPolicyConfig(freeAttemptsPerComponent, feeCents, value, consumingNoResultReasons);
    }

    public ExamPolicyConfig withConsumingNoResultReasons(Set<NoResultReason> value) {
        return new ExamPolicyConfig(freeAttemptsPerComponent, feeCents, cancellationNoticeDays, value);
    }
}
