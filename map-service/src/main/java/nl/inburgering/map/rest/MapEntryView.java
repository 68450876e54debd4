package nl.inburgering.map.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.map.domain.MapEntry;
import nl.inburgering.map.domain.WorkExperienceKind;
import nl.inburgering.map.domain.rules.FinalInterviewOutcome;
import nl.inburgering.map.domain.rules.MapPartKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded entry of the MAP; the fields of its kind are filled, the others absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MapEntry", description = "One recorded entry of the MAP: a start interview, a theme done, work "
        + "experience or a final interview. Kept when withdrawn (withdrawn: true, with who, when and why).")
public record MapEntryView(
        @Schema(description = "The entry's id") UUID id,
        @Schema(description = "What it records", example = "WORK_EXPERIENCE") MapPartKind kind,
        @Schema(description = "The day it happened", example = "2026-05-04") LocalDate date,
        @Schema(description = "THEME: the theme done", example = "CAREER_ORIENTATION") String theme,
        @Schema(description = "WORK_EXPERIENCE: what it was", example = "VOLUNTEERING") WorkExperienceKind experienceKind,
        @Schema(description = "WORK_EXPERIENCE: where", example = "Voedselbank Amsterdam") String organisation,
        @Schema(description = "WORK_EXPERIENCE: hours", example = "4.5") BigDecimal hours,
        @Schema(description = "WORK_EXPERIENCE: what the participant did") String description,
        @Schema(description = "START_INTERVIEW: notes") String notes,
        @Schema(description = "FINAL_INTERVIEW: the judgement", example = "SUFFICIENT") FinalInterviewOutcome outcome,
        @Schema(description = "FINAL_INTERVIEW: the work the participant wants") String desiredWork,
        @Schema(description = "FINAL_INTERVIEW: the support agreed") String supportAgreed,
        @Schema(description = "FINAL_INTERVIEW: verwijtbaar, when given", example = "NO") Culpability culpableDelay,
        @Schema(description = "Who recorded it (officer or provider id)", example = "officer-GM0363") String recordedBy,
        @Schema(description = "When (UTC)") Instant recordedAt,
        @Schema(description = "Version, the ETag for If-Match", example = "0") long version,
        @Schema(description = "Whether it was withdrawn (then it counts no more)") boolean withdrawn,
        @Schema(description = "When it was withdrawn (UTC)") Instant withdrawnAt,
        @Schema(description = "Who withdrew it") String withdrawnBy,
        @Schema(description = "Why it was withdrawn") String withdrawalReason) {

    public static MapEntryView of(MapEntry e) {
        return new MapEntryView(e.id, e.kind, e.date, e.theme, e.experienceKind, e.organisation,
                e.hours == null ? null : e.hours.stripTrailingZeros(), e.description, e.notes, e.outcome, e.desiredWork,
                e.supportAgreed, e.culpableDelay, e.recordedBy, e.recordedAt, e.version, e.withdrawn(), e.withdrawnAt,
                e.withdrawnBy, e.withdrawalReason);
    }
}
