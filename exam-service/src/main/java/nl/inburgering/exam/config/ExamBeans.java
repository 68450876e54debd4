package nl.inburgering.exam.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.inburgering.exam.domain.rules.AttemptCounter;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import nl.inburgering.exam.domain.rules.ExamFee;
import nl.inburgering.exam.domain.rules.ExamPolicyConfig;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.letter.ResultLetterRenderer;

/**
 * The pure rule classes as beans, built once from {@link ExamPolicySettings}. The rules are framework-free; this is
 * the only place that wires them. "Today" is service-kit's clock (kit.zone, Europe/Amsterdam).
 */
public class ExamBeans {

    @Produces
    @Singleton
    ExamPolicyConfig policyConfig(ExamPolicySettings settings) {
        return settings.toPolicyConfig();
    }

    @Produces
    @Singleton
    FreeAttemptPolicy freeAttemptPolicy(ExamPolicyConfig config) {
        return new FreeAttemptPolicy(config);
    }

    @Produces
    @Singleton
    CancellationPolicy cancellationPolicy(ExamPolicyConfig config) {
        return new CancellationPolicy(config);
    }

    @Produces
    @Singleton
    AttemptCounter attemptCounter(ExamPolicyConfig config) {
        return new AttemptCounter(config);
    }

    @Produces
    @Singleton
    ExamFee examFee(ExamPolicyConfig config) {
        return new ExamFee(config);
    }

    @Produces
    @Singleton
    ResultLetterRenderer resultLetterRenderer() {
        return new ResultLetterRenderer();
    }
}
