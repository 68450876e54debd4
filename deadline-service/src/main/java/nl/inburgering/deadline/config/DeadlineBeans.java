package nl.inburgering.deadline.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.inburgering.deadline.domain.rules.ExemptionPolicy;
import nl.inburgering.deadline.domain.rules.ExtensionPolicy;
import nl.inburgering.deadline.domain.rules.FinePolicy;
import nl.inburgering.deadline.domain.rules.PlanDeadline;

/** The pure rule classes as beans, built once from {@link DeadlineSettings}. */
public class DeadlineBeans {

    @Produces
    @Singleton
    ExtensionPolicy extensionPolicy(DeadlineSettings settings) {
        return new ExtensionPolicy(settings.extensionMaxima());
    }

    @Produces
    @Singleton
    ExemptionPolicy exemptionPolicy(DeadlineSettings settings) {
        return new ExemptionPolicy(settings.temporaryExemptionPausesTerm());
    }

    @Produces
    @Singleton
    FinePolicy finePolicy(DeadlineSettings settings) {
        return new FinePolicy(settings.fineSettings());
    }

    @Produces
    @Singleton
    PlanDeadline planDeadline(DeadlineSettings settings) {
        return new PlanDeadline(settings.planDeadlineWeeks());
    }
}
