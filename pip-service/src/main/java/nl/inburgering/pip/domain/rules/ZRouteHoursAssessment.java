package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;

/**
 * Hours counted towards the Z-route against the hours required.
 *
 * @param courseHoursCounted        course hours that count
 * @param courseHoursRequired       course hours required
 * @param participationHoursCounted participation hours that count (0 for a family or other migrant)
 * @param participationHoursRequired participation hours required (0 for a family or other migrant; capped by
 *                                  a partial ontheffing, E12)
 * @param hoursNotCounted           registered hours that count towards nothing (brede-intake lessons,
 *                                  participation of a non-asylum participant)
 * @param met                       whether both requirements are met
 * @param metOn                     the first day on which both were met (the day the last hours that were
 *                                  needed were followed); null when not met, or when nothing was required
 */
public record ZRouteHoursAssessment(
        int courseHoursCounted,
        int courseHoursRequired,
        int participationHoursCounted,
        int participationHoursRequired,
        int hoursNotCounted,
        boolean met,
        LocalDate metOn) {

    /** @return course hours still to follow, 0 when met */
    public int courseHoursOutstanding() {
        return Math.max(0, courseHoursRequired - courseHoursCounted);
    }

    /** @return participation hours still to follow, 0 when met */
    public int participationHoursOutstanding() {
        return Math.max(0, participationHoursRequired - participationHoursCounted);
    }
}
