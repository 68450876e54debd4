package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * Counts the hours of the Z-route (N13, N14, §3.3; DUO GevolgdeUren API).
 *
 * <ul>
 *   <li>{@link HoursKind#COURSE} hours count for everyone.</li>
 *   <li>{@link HoursKind#PARTICIPATION} hours count for asylum permit holders only (N13, N14: DUO registers
 *       participation hours only for them); participation during the brede intake is registered as
 *       PARTICIPATION and counts (GevolgdeUren: "De uren uit Brede Intake tellen mee", Besluit art. 3.14).</li>
 *   <li>{@link HoursKind#INTAKE_LANGUAGE} hours never count as course hours (GevolgdeUren
 *       {@code ParticipatieAlsTaalles}: "De uren uit Brede Intake tellen niet mee"). Whether they count as
 *       participation is not stated anywhere: N13 says "hours from the brede intake count towards
 *       participation", DUO says so only for participation activities. Default: they do not
 *       ({@code intakeLanguageHoursCountAsParticipation = false}); configurable.</li>
 * </ul>
 * The target group is the participant's current one (a change, E11, applies to all hours).
 * A partial ontheffing may cap the participation hours, even at 0 (E12, {@code urenBelastbaarheidParticipatieactiviteit}).
 */
public final class ZRouteHours {

    private final ZRouteThresholds thresholds;
    private final boolean intakeLanguageHoursCountAsParticipation;

    public ZRouteHours() {
        this(ZRouteThresholds.defaults(), false);
    }

    public ZRouteHours(ZRouteThresholds thresholds, boolean intakeLanguageHoursCountAsParticipation) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.intakeLanguageHoursCountAsParticipation = intakeLanguageHoursCountAsParticipation;
    }

    public ZRouteThresholds thresholds() {
        return thresholds;
    }

    /** All registered hours, no participation cap. */
    public ZRouteHoursAssessment assess(Collection<HoursEntry> entries, TargetGroup targetGroup) {
        return assess(entries, targetGroup, null, null);
    }

    /**
     * @param entries                the registered hours, in any order
     * @param targetGroup            the participant's target group
     * @param participationHoursCap  the cap from a partial ontheffing; null = none
     * @param asOf                   count only entries dated on or before this day; null = all
     */
    public ZRouteHoursAssessment assess(Collection<HoursEntry> entries, TargetGroup targetGroup,
                                        Integer participationHoursCap, LocalDate asOf) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(targetGroup, "targetGroup");
        if (participationHoursCap != null && participationHoursCap < 0) {
            throw new IllegalArgumentException("participationHoursCap must not be negative");
        }
        boolean asylum = targetGroup == TargetGroup.ASYLUM_PERMIT_HOLDER;
        int courseRequired = thresholds.courseHours();
        int participationRequired = !asylum ? 0
                : participationHoursCap == null ? thresholds.participationHoursAsylum()
                : Math.min(thresholds.participationHoursAsylum(), participationHoursCap);

        List<HoursEntry> sorted = entries.stream()
                .filter(e -> asOf == null || !e.date().isAfter(asOf))
                .sorted(Comparator.comparing(HoursEntry::date))
                .toList();
        int course = 0;
        int participation = 0;
        int notCounted = 0;
        LocalDate courseMetOn = null;
        LocalDate participationMetOn = null;
        for (HoursEntry entry : sorted) {
            switch (countsAs(entry.kind(), asylum)) {
                case COURSE:
                    course += entry.hours();
                    if (courseMetOn == null && course >= courseRequired) {
                        courseMetOn = entry.date();
                    }
                    break;
                case PARTICIPATION:
                    participation += entry.hours();
                    if (participationMetOn == null && participation >= participationRequired) {
                        participationMetOn = entry.date();
                    }
                    break;
                default:
                    notCounted += entry.hours();
            }
        }
        boolean met = course >= courseRequired && participation >= participationRequired;
        LocalDate metOn = !met ? null : latest(courseRequired == 0 ? null : courseMetOn,
                participationRequired == 0 ? null : participationMetOn);
        return new ZRouteHoursAssessment(course, courseRequired, participation, participationRequired,
                notCounted, met, metOn);
    }

    private enum CountsAs { COURSE, PARTICIPATION, NOTHING }

    private CountsAs countsAs(HoursKind kind, boolean asylum) {
        switch (kind) {
            case COURSE:
                return CountsAs.COURSE;
            case PARTICIPATION:
                return asylum ? CountsAs.PARTICIPATION : CountsAs.NOTHING;
            case INTAKE_LANGUAGE:
                return asylum && intakeLanguageHoursCountAsParticipation ? CountsAs.PARTICIPATION : CountsAs.NOTHING;
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    /** The later of two days, either possibly null (a requirement of 0 hours is met from the start). */
    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
