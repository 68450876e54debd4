package nl.inburgering.pvt.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.pvt.domain.PvtSigning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PvtSigning", description = "The signing (ondertekening) of the participatieverklaring, with the version "
        + "of the text signed.")
public record SigningView(
        UUID id,
        @Schema(description = "Datum ondertekening PVT", example = "2026-11-20") LocalDate signedOn,
        @Schema(description = "DUO verwijtbaar, when given", example = "NO") Culpability culpableDelay,
        @Schema(example = "Amanuel Tesfay") String participantName,
        @Schema(example = "GM0363") String municipalityCode,
        @Schema(description = "The version of the statement text signed", example = "2021-1") String statementVersion,
        @Schema(description = "The hours attended by the day of the signing", example = "12.5") BigDecimal hoursAttended,
        String recordedBy,
        Instant recordedAt,
        @Schema(description = "The version for If-Match (also the ETag)") long version,
        boolean withdrawn,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason,
        @Schema(description = "Where the signed statement is, as a PDF; absent once withdrawn",
                example = "/v1/participants/3f2c8f0e-6d1b-4c39-9a57-0b8e5f1c2d44/pvt/statement") String statement) {

    static SigningView of(PvtSigning s) {
        return new SigningView(s.id, s.signedOn, s.culpableDelay, s.participantName, s.municipalityCode,
                s.statementVersion, Hours.plain(s.hoursAttended), s.recordedBy, s.recordedAt, s.version, s.withdrawn(),
                s.withdrawnAt, s.withdrawnBy, s.withdrawalReason,
                s.withdrawn() ? null : "/v1/participants/" + s.participantId + "/pvt/statement");
    }
}
