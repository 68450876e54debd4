package nl.inburgering.pvt.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.inburgering.kit.rules.ModuleResultRules;
import nl.inburgering.pvt.domain.rules.PvtSigningPolicy;

/** The pure rule classes as beans, built once from {@link PvtSettings}. "Today" is service-kit's clock (kit.zone). */
public class PvtBeans {

    @Produces
    @Singleton
    PvtSigningPolicy signingPolicy(PvtSettings settings) {
        return new PvtSigningPolicy(settings.toRules());
    }

    /** DUO SDI016 (PUT /personen/{bsn}/pvt): the signing date and verwijtbaar, codes DUO-PVT-n. */
    @Produces
    @Singleton
    ModuleResultRules signingRules() {
        return new ModuleResultRules("DUO-PVT", "the signing");
    }
}
