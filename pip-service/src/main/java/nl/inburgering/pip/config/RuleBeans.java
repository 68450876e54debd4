package nl.inburgering.pip.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.inburgering.pip.domain.rules.AfschalenEffort;
import nl.inburgering.pip.domain.rules.CompletionPolicy;
import nl.inburgering.pip.domain.rules.PlanRules;
import nl.inburgering.pip.domain.rules.ZRouteCompletionPolicy;
import nl.inburgering.pip.domain.rules.ZRouteHours;
import nl.inburgering.pip.domain.rules.ZRouteThresholds;

/** The pure rule classes as beans, configured from {@link PipConfig}. "Today" is service-kit's clock (kit.zone). */
@ApplicationScoped
public class RuleBeans {

    @Produces
    @Singleton
    ZRouteHours zRouteHours(PipConfig config) {
        return new ZRouteHours(new ZRouteThresholds(config.zroute().courseHours(),
                config.zroute().participationHoursAsylum()), config.zroute().intakeLanguageHoursCountAsParticipation());
    }

    @Produces
    @Singleton
    ZRouteCompletionPolicy zRouteCompletionPolicy(ZRouteHours hours, PipConfig config) {
        return new ZRouteCompletionPolicy(hours, config.zroute().requireMapAndPvtFirst());
    }

    @Produces
    @Singleton
    CompletionPolicy completionPolicy(PipConfig config) {
        return new CompletionPolicy(config.complianceMoment());
    }

    @Produces
    @Singleton
    PlanRules planRules() {
        return new PlanRules();
    }

    @Produces
    @Singleton
    AfschalenEffort afschalenEffort(PipConfig config) {
        return new AfschalenEffort(config.afschalenMinimumCourseHours());
    }
}
