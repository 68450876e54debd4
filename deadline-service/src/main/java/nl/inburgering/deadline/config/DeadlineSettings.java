package nl.inburgering.deadline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.deadline.domain.rules.ExtensionGround;

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
