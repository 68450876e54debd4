package nl.inburgering.pip.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.pip.domain.PlanVersion;
import nl.inburgering.pip.service.PlanService.VersionOf;
import nl.inburgering.pip.domain.rules.DuoPlanLevel;
import nl.inburgering.pip.domain.rules.LiteracyIndicator;
import nl.inburgering.pip.domain.rules.PlanWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of the PIP. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Plan", description = "One version of the PIP (persoonlijk plan inburgering en participatie).")
public record PlanView(
        @Schema(description = "The PIP's id, the same for all its versions (plan.established planId)") UUID planId,
        @Schema(description = "Version (PIP-versie), 1 for the first", example = "1") int version,
        @Schema(description = "Whether this is the initial PIP (initiële PIP): its dagtekening starts the term") boolean initial,
        @Schema(description = "Whether this version switched route (schakelen, N16)") boolean routeSwitch,
        @Schema(description = "Whether this is the current PIP (huidige PIP)") boolean current,
        @Schema(description = "Date of issue (dagtekening)") LocalDate dateOfIssue,
        @Schema(description = "Learning route (leerroute)") Route route,
        @Schema(description = "Level (niveau) as DUO records it: the lowest over the components, so A2 for a B1-route "
                + "PIP with any component permitted at A2; absent for a Z-route PIP without one. What each component "
                + "must be passed at is in requiredLevels") LanguageLevel level,
        @Schema(description = "The level as DUO's PIP API receives it (NiveauPip, only A2 or B1, defined for the "
                + "B1-route only): absent for the Onderwijsroute and the Z-route", example = "B1") LanguageLevel duoLevel,
        @Schema(description = "Per language component, the level this PIP requires it to be passed at: on the "
                + "B1-route B1, or A2 where permitted at A2; on the Onderwijsroute the plan level; on the Z-route the "
                + "plan level if set. KNM has no level", example = "{\"READING\":\"B1\",\"LISTENING\":\"B1\","
                + "\"WRITING\":\"B1\",\"SPEAKING\":\"A2\"}") Map<ExamComponent, LanguageLevel> requiredLevels,
        @Schema(description = "Estimated B1-route intensity (geschatte intensiteit B1-route)") Integer estimatedB1Intensity,
        @Schema(description = "Literacy indicator (indicator alfabetiseringsonderwijs)") LiteracyIndicator literacyIndicator,
        @Schema(description = "May finish the current course (indicator mag opleiding afmaken)") boolean mayFinishCurrentCourse,
        @Schema(description = "MAP content and intensity") String mapArrangement,
        @Schema(description = "PVT content and intensity") String pvtArrangement,
        @Schema(description = "Language components permitted at A2 (afschalen)") Set<ExamComponent> a2PermittedComponents,
        @Schema(description = "Rules the municipality set aside with reason when it issued this version (it decides, "
                + "so they warn and do not refuse): N15, a component permitted at A2 with fewer than 600 hours of NT2 "
                + "course registered. Absent when none") List<PlanWarning> warnings,
        @Schema(description = "Municipality that established it (gemeente)", example = "GM0363") String municipalityCode,
        @Schema(description = "When it was registered (UTC)") Instant createdAt) {

    public static PlanView of(VersionOf read) {
        return of(read.version(), read.current());
    }

    public static PlanView of(PlanVersion v, boolean current) {
        return new PlanView(v.planId, v.version, v.initial, v.routeSwitch, current, v.dateOfIssue, v.route, v.level,
                DuoPlanLevel.of(v.route, v.level), PlanEstablished.deriveRequiredLevels(v.route, v.level, v.a2PermittedComponents), v.estimatedB1Intensity, v.literacyIndicator, v.mayFinishCurrentCourse, v.mapArrangement,
                v.pvtArrangement, v.a2PermittedComponents, v.warnings.isEmpty() ? null : v.warnings, v.municipalityCode,
                v.createdAt);
    }

}
