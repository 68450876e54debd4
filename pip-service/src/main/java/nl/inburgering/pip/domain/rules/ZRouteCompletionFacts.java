package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * What {@link ZRouteCompletionPolicy} needs to judge a Z-route completion.
 *
 * @param currentRoute          route of the current PIP; null when there is no PIP
 * @param targetGroup           the participant's current target group
 * @param hours                 all registered hours, in any order
 * @param participationHoursCap cap from a partial ontheffing (E12); null = none
 * @param termStart             first day of the term ({@link PlanHistory#termStart()}); null if not set
 * @param mapCompletedOn        date of the MAP final interview, if known (map-service)
 * @param pvtSignedOn           date the participation statement was signed, if known (pvt-service)
 */
public record ZRouteCompletionFacts(
        Route currentRoute,
        TargetGroup targetGroup,
        List<HoursEntry> hours,
        Integer participationHoursCap,
        LocalDate termStart,
        LocalDate mapCompletedOn,
        LocalDate pvtSignedOn) {

    public ZRouteCompletionFacts {
        Objects.requireNonNull(targetGroup, "targetGroup");
        hours = hours == null ? List.of() : List.copyOf(hours);
    }
}
