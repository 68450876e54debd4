package nl.inburgering.map.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.inburgering.kit.rules.ModuleResultRules;
import nl.inburgering.map.domain.rules.MapCompletionPolicy;

/** The pure rule classes as beans, built once from {@link MapSettings}. "Today" is service-kit's clock (kit.zone). */
public class MapBeans {

    @Produces
    @Singleton
    MapCompletionPolicy completionPolicy(MapSettings settings) {
        return new MapCompletionPolicy(settings.toRules());
    }

    /** DUO SDI016 (PUT /personen/{bsn}/map): the final-interview date and verwijtbaar, codes DUO-MAP-n. */
    @Produces
    @Singleton
    ModuleResultRules finalInterviewRules() {
        return new ModuleResultRules("DUO-MAP", "the final interview");
    }
}
