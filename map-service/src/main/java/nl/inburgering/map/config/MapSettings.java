package nl.inburgering.map.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.map.domain.rules.MapRulesConfig;

/** map-service's rule settings ({@code map.*}; environment variables override, e.g. MAP_START_INTERVIEW_REQUIRED). */
@ConfigMapping(prefix = "map")
public interface MapSettings {

    /** Seed: the start interview is a part; the law corroborates only the 40 hours and the final interview (§5 [?]). */
    @WithDefault("true")
    boolean startInterviewRequired();

    /** §5 [S]: the labour-market themes (codes), Divosa's eight by default. */
    @WithDefault("CAREER_ORIENTATION,EMPLOYEE_COMPETENCIES,REALISTIC_VIEW_OF_OCCUPATIONS,JOB_PROSPECTS,"
            + "OCCUPATIONAL_COMPETENCIES,BUILDING_A_NETWORK,FINDING_WORK,WORK_CULTURE")
    List<String> themes();

    /** N11: hours of work experience before the final interview. */
    @WithDefault("40")
    BigDecimal workExperienceHours();

    default MapRulesConfig toRules() {
        return new MapRulesConfig(startInterviewRequired(), themes(), workExperienceHours(), BigDecimal.valueOf(24));
    }
}
