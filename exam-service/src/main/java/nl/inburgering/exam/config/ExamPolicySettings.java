package nl.inburgering.exam.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.exam.domain.rules.ExamPolicyConfig;

/**
 * The configurable numbers of the exam rules ({@code exam.policy.*} in application.properties, or the
 * environment, e.g. {@code EXAM_POLICY_CANCELLATION_NOTICE_DAYS=14}). The defaults are the values the sources
 * give today ({@link ExamPolicyConfig#defaults()}); {@link ExamBeans} turns them into the
 * {@link ExamPolicyConfig} the pure rule classes take.
 */
@ConfigMapping(prefix = "exam.policy")
public interface ExamPolicySettings {

    /** N7: attempts per component the municipality pays for an asylum permit holder (exam plus one resit). */
    @WithDefault("2")
    int freeAttemptsPerComponent();

    /** N6: the fee of one attempt, in euro cents (€50). */
    @WithDefault("5000")
    long feeCents();

    /** §4 / E19: cancelling or moving at least this many calendar days before the exam keeps the attempt. */
    @WithDefault("7")
    int cancellationNoticeDays();

    /** E23: the "Geen" reasons that use up an attempt. */
    @WithDefault("CULPABLE,WITHDRAWN,ABSENT")
    Set<NoResultReason> consumingNoResultReasons();

    /** The record the rule classes take. */
    default ExamPolicyConfig toPolicyConfig() {
        return new ExamPolicyConfig(freeAttemptsPerComponent(), feeCents(), cancellationNoticeDays(),
                consumingNoResultReasons());
    }
}
