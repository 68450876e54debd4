package nl.inburgering.pip.domain.rules;

/**
 * Hours needed to finish the Z-route (N13, N14; Besluit art. 3.14 as quoted by third parties [I]/[S], open
 * question §12.4): configurable, defaults 800 course hours for everyone plus 800 participation hours for
 * asylum permit holders.
 *
 * @param courseHours              course hours (Dutch and KNM) required of every participant
 * @param participationHoursAsylum participation hours required of an asylum permit holder
 */
public record ZRouteThresholds(int courseHours, int participationHoursAsylum) {

    public ZRouteThresholds {
        if (courseHours < 0 || participationHoursAsylum < 0) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
    }

    /** 800 course hours; 800 participation hours for asylum permit holders. */
    public static ZRouteThresholds defaults() {
        return new ZRouteThresholds(800, 800);
    }
}
