package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DUO's notice that the participant's target group (doelgroep) changed: SS124 or SS125. */
@Schema(name = "TargetGroupChangeRequest",
        description = "Wijziging doelgroep (DUO SS124: asielstatushouder → gezins- en overige migrant; SS125: the reverse).")
public record TargetGroupChangeRequest(
        @Schema(description = "The new target group (nieuwe doelgroep)", example = "FAMILY_OR_OTHER_MIGRANT")
        @NotNull TargetGroup targetGroup,
        @Schema(description = "Effective date (ingangsdatum doelgroep)", example = "2026-06-01")
        @NotNull LocalDate effectiveDate,
        @Schema(description = "DUO's detailed doelgroep code, if it changed too (optional)", example = "GZM")
        @Size(max = 20) String duoTargetGroupCode,
        @Schema(description = "Which rights apply after the change (DUO AsielrechtenWijzigingVerblijfsdoel, optional): "
                + "ASYLUM_RIGHTS_GRANTED (Asielrechten toegekend) or MIGRANT_RIGHTS_KEPT_ON_REQUEST (Op verzoek behoud "
                + "rechten van gezins- en overige migrant) with the new group ASYLUM_PERMIT_HOLDER; ASYLUM_RIGHTS_KEPT "
                + "(Behoud asielrechten: keeps the free exam attempts and the asylum Z-route hours) or "
                + "MIGRANT_RIGHTS_GRANTED_ON_REQUEST (Op verzoek rechten van gezins- en overige migrant toegekend) with "
                + "FAMILY_OR_OTHER_MIGRANT. Absent: the rights of the new group. Another combination is 409 E11.",
                example = "ASYLUM_RIGHTS_KEPT")
        RightsAfterChange rightsAfterChange) {
}
