package nl.inburgering.deadline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.deadline.domain.rules.ExtensionGround;
import nl.inburgering.deadline.domain.rules.FinePolicy;

/** deadline-service's rule settings ({@code deadline.*}). */
@ConfigMapping(prefix = "deadline")
public interface DeadlineSettings {

    /** The maximum extra time of an extension ground whose amount the sources leave open ([?], rules §7.2). */
    Map<String, String> extensionMaximum();

    /** N5: weeks from the kennisgeving (or a later registration) within which the initial PIP is due. */
    @WithDefault("10")
    int planDeadlineWeeks();

    /** §7.1, SS130 ([?], rules §11.15): a temporary exemption during the term stops its clock; the end moves. */
    @WithDefault("true")
    boolean temporaryExemptionPausesTerm();

    /** Fines (rules §7.5, §8; FinePolicy). */
    Fine fine();

    interface Fine {

        /** N19: the leerroute fine's maximum, euro. */
        @WithDefault("1000")
        BigDecimal routeMaximum();

        /** [?] rules §11.8: DUO's table is not published; the expected amount less this per exam component passed. */
        @WithDefault("0")
        BigDecimal routeReductionPerExamPassed();

        /** N21. */
        @WithDefault("340")
        BigDecimal mapAmount();

        /** N20. */
        @WithDefault("340")
        BigDecimal pvtAmount();

        /** §7.5: no fines for asylum permit holders (CJEU 4 February 2025; DUO's pause). */
        @WithDefault("true")
        boolean asylumPermitHoldersExempt();

        /** N22 [I]: the new term by exam components passed (index), the last also for more. */
        @WithDefault("P2Y,P18M,P1Y,P6M")
        List<Period> newTermByExamsPassed();

        /** N22 [I]: the Z-route's hours per band of the next table. */
        @WithDefault("200")
        int zrouteHoursBand();

        /** N22 [I]: the new term by the Z-route's course hours, one per band, the last also for more. */
        @WithDefault("P2Y,P18M,P1Y,P6M")
        List<Period> newTermByZrouteHours();

        @WithDefault("P6M")
        Period newTermMapOrPvt();

        @WithDefault("P1Y")
        Period newTermMapAndPvt();

        /** N23, N24 [S]: the amounts of a municipality that configured none. */
        Municipal municipalDefault();

        /** Per municipality (CBS code), e.g. {@code deadline.fine.municipal."GM0599".pip-obligation-maximum=500}. */
        Map<String, Municipal> municipal();
    }

    interface Municipal {

        /** N23: the amount of each brede intake no-show step. */
        @WithDefault("250")
        BigDecimal intakeNoShowAmount();

        /** N23: the steps (after the 2nd and after the 3rd unanswered call). */
        @WithDefault("2")
        int intakeNoShowSteps();

        /** N24: the most for breaking the PIP's obligations (PIP in enge zin). */
        @WithDefault("800")
        BigDecimal pipObligationMaximum();
    }

    default FinePolicy.Settings fineSettings() {
        Fine f = fine();
        Map<String, FinePolicy.Municipal> municipal = new HashMap<>();
        f.municipal().forEach((gm, m) -> municipal.put(gm, municipal(m)));
        return new FinePolicy.Settings(f.routeMaximum(), f.routeReductionPerExamPassed(), f.mapAmount(), f.pvtAmount(),
                f.asylumPermitHoldersExempt(), f.newTermByExamsPassed(), f.zrouteHoursBand(), f.newTermByZrouteHours(),
                f.newTermMapOrPvt(), f.newTermMapAndPvt(), municipal(f.municipalDefault()), municipal);
    }

    private static FinePolicy.Municipal municipal(Municipal m) {
        return new FinePolicy.Municipal(m.intakeNoShowAmount(), m.intakeNoShowSteps(), m.pipObligationMaximum());
    }

    /** The daily run of the term signals (ReminderService; read by its {@code @Scheduled}). */
    Scheduler scheduler();

    interface Scheduler {

        /** A Quartz cron expression in Europe/Amsterdam, 06:15 every day by default. */
        String cron();
    }

    default Map<ExtensionGround, Period> extensionMaxima() {
        Map<ExtensionGround, Period> maxima = new EnumMap<>(ExtensionGround.class);
        extensionMaximum().forEach((ground, period) -> maxima.put(ExtensionGround.valueOf(ground),
                Period.parse(period)));
        return maxima;
    }
}
