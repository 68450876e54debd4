package nl.inburgering.pip.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.pip.domain.rules.ZRouteHoursAssessment;
import nl.inburgering.pip.service.ZRouteService.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Z-route progress: hours counted against the hours required, and the completion. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ZRouteProgress", description = "Voortgang zelfredzaamheidsroute: hours counted (getelde uren) against "
        + "the hours required (vereiste uren; N13, N14, configurable), and the final interview (eindgesprek).")
public record ZRouteView(
        UUID participantId,
        @Schema(description = "Route of the current PIP (leerroute); absent without a PIP") Route currentRoute,
        @Schema(description = "Target group (doelgroep): participation hours count for asylum permit holders only")
        TargetGroup targetGroup,
        @Schema(description = "Course hours that count (participatietaalles)", example = "640") int courseHoursCounted,
        @Schema(description = "Course hours required", example = "800") int courseHoursRequired,
        @Schema(description = "Participation hours that count (participatieactiviteiten)", example = "300")
        int participationHoursCounted,
        @Schema(description = "Participation hours required (0 for family and other migrants)", example = "800")
        int participationHoursRequired,
        @Schema(description = "Registered hours that count towards nothing (lessons during the brede intake; "
                + "participation of a family or other migrant)") int hoursNotCounted,
        @Schema(description = "Whether the required hours are met") boolean hoursMet,
        @Schema(description = "The day the last hours needed were followed") LocalDate hoursMetOn,
        @Schema(description = "Date of the final interview (datumAfrondingZroute), once recorded") LocalDate completedOn) {

    public static ZRouteView of(Progress p) {
        ZRouteHoursAssessment a = p.hours();
        return new ZRouteView(p.participantId(), p.currentRoute(), p.targetGroup(), a.courseHoursCounted(),
                a.courseHoursRequired(), a.participationHoursCounted(), a.participationHoursRequired(),
                a.hoursNotCounted(), a.met(), a.metOn(), p.completedOn());
    }
}
