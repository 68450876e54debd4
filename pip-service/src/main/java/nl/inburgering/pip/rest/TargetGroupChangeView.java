package nl.inburgering.pip.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.pip.domain.TargetGroupChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded change of target group (wijziging doelgroep). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TargetGroupChange", description = "A change of target group (wijziging doelgroep), newest first in lists.")
public record TargetGroupChangeView(
        UUID id,
        UUID participantId,
        @Schema(description = "Previous target group (vorige doelgroep)") TargetGroup fromGroup,
        @Schema(description = "New target group (nieuwe doelgroep)") TargetGroup toGroup,
        @Schema(description = "DUO event (gebeurtenis): SS124 or SS125", example = "SS124") String duoEventCode,
        @Schema(description = "DUO's detailed doelgroep code, when given") String duoTargetGroupCode,
        @Schema(description = "Which rights apply after the change (AsielrechtenWijzigingVerblijfsdoel)",
                example = "ASYLUM_RIGHTS_KEPT") RightsAfterChange rightsAfterChange,
        @Schema(description = "DUO's wording of those rights", example = "Behoud asielrechten") String rightsAfterChangeDuo,
        @Schema(description = "Effective date (ingangsdatum): the new group applies from this day on") LocalDate effectiveDate,
        @Schema(description = "When pip-service recorded it (UTC)") Instant recordedAt) {

    public static TargetGroupChangeView of(TargetGroupChange c) {
        return new TargetGroupChangeView(c.id, c.participantId, c.fromGroup, c.toGroup, c.duoEventCode,
                c.duoTargetGroupCode, c.rightsAfterChange, c.rightsAfterChange.duoCode(), c.effectiveDate, c.recordedAt);
    }

}
