package nl.inburgering.exam.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import nl.inburgering.exam.domain.rules.AttemptCounter;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import nl.inburgering.exam.domain.rules.ExamFee;
import nl.inburgering.exam.domain.rules.ExamPolicyConfig;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.letter.ResultLetterRenderer;

/**
 * The pure rule classes as beans, built once from {@link ExamPolicySettings}, and the clock that says what
 * "today" is. The rules are framework-free; this is the only place that wires them.
 */
public class ExamBeans {

    /** Dates in this domain are Dutch calendar days (a cancellation "7 days before" counts days in NL). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }

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
