package nl.inburgering.pvt.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.inburgering.pvt.domain.rules.PvtRulesConfig;

/** pvt-service's rule settings ({@code pvt.*}; environment variables override, e.g. PVT_HOURS_REQUIRED). */
@ConfigMapping(prefix = "pvt")
public interface PvtSettings {

    /** N12 [S]: hours attended before the signing. */
    @WithDefault("12")
    BigDecimal hoursRequired();

    /** §6 [S]: education on the core values before the signing. */
    @WithDefault("true")
    boolean educationRequired();

    /** The seed's walk through the community before the signing (§6 [?]: not in the law, a municipal choice). */
    @WithDefault("true")
    boolean communityWalkRequired();

    /** The topics a session may have: the core values of §6 and the other subjects of the trajectory. */
    @WithDefault("FREEDOM,EQUALITY,SOLIDARITY,PARTICIPATION,RIGHTS_AND_DUTIES,SOCIAL_RULES,LOCAL_COMMUNITY")
    List<String> topics();

    /** Topics every participant must have attended before the signing; none by default (§6 sets no per-topic check). */
    @WithDefault("NONE")
    List<String> requiredTopics();

    /** The participation statement as it is signed and printed. */
    Statement statement();

    /** CBS code to the municipality's name, for the printed statement; a code not listed is printed as the code. */
    Map<String, String> municipalityNames();

    interface Statement {

        /** Recorded with each signing, so a changed text never rewrites one signed earlier. */
        String version();

        /** The text of the participatieverklaring (the annex to the Besluit inburgering 2021). */
        String text();
    }

    default PvtRulesConfig toRules() {
        List<String> required = requiredTopics().equals(List.of("NONE")) ? List.of() : requiredTopics();
        return new PvtRulesConfig(hoursRequired(), educationRequired(), communityWalkRequired(), topics(), required);
    }
}
