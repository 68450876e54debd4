package nl.inburgering.pip.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import nl.inburgering.pip.domain.rules.ComplianceMoment;

/** pip-service's own settings ({@code pip.*} in application.properties; environment variables override). */
@ConfigMapping(prefix = "pip")
public interface PipConfig {

    /** Z-route hours (N13, N14; open question §12.4, so configurable). */
    ZRoute zroute();

    /** Which date of a passed exam counts as the day the requirement was met (§12.11, E5). */
    @WithDefault("EXAM_DATE")
    ComplianceMoment complianceMoment();

    /** How long after a move the previous municipality keeps read access (§11 E10: one month). */
    @WithDefault("P1M")
    Period previousMunicipalityAccess();

    /**
     * N15 (Besluit art. 5.5): hours of NT2 course before afschalen; fewer gives a warning, not a refusal, as the
     * municipality decides.
     */
    @WithDefault("600")
    int afschalenMinimumCourseHours();

    /**
     * The BSN's keys (issue 14 item 5, {@code BsnProtection}). No defaults here: application.properties sets the
     * public development keys, which the prod profile refuses ({@code BsnKeys}).
     */
    Bsn bsn();

    interface ZRoute {
        /** Course hours every participant needs (N13, N14). */
        @WithDefault("800")
        int courseHours();

        /** Participation hours an asylum permit holder needs (N13). */
        @WithDefault("800")
        int participationHoursAsylum();

        /** Whether language lessons during the brede intake count as participation hours (not in the sources). */
        @WithDefault("false")
        boolean intakeLanguageHoursCountAsParticipation();

        /** Whether the MAP and PVT must be known before a Z-route completion is accepted (E17, stricter). */
        @WithDefault("false")
        boolean requireMapAndPvtFirst();
    }

    interface Bsn {
        /** Base64 of at least 32 random bytes: the HMAC-SHA256 key of the unique, searchable column. */
        String hmacKey();

        /** Base64 of 32 random bytes: the AES-256-GCM key of the stored BSN. */
        String encryptionKey();
    }
}
