package nl.inburgering.deadline.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.domain.TermExtension;
import nl.inburgering.deadline.domain.TermExtension.Status;
import nl.inburgering.deadline.domain.rules.ExtensionGround;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Extension", description = "An extension of the inburgeringstermijn (verlenging): requested, granted "
        + "(with the end before and after) or refused; one entry of the Inburgeringstermijnhistorie.")
public record ExtensionView(
        UUID id,
        @Schema(example = "CHILDBIRTH") ExtensionGround ground,
        @Schema(example = "GRANTED") Status status,
        @Schema(description = "Decided by DUO on its own initiative, without a request") boolean ambtshalve,
        @Schema(example = "2028-12-01") LocalDate requestedOn,
        String requestedBy,
        String statement,
        @Schema(example = "P6M") String requestedExtra,
        @Schema(example = "2029-01-10") LocalDate decidedOn,
        String decidedBy,
        @Schema(description = "The extra time granted", example = "P16W") String extraTime,
        @Schema(description = "The exclusive end before", example = "2029-02-02") LocalDate previousEndDateExclusive,
        @Schema(description = "The exclusive end after", example = "2029-05-25") LocalDate endDateExclusive,
        @Schema(description = "The decision came after the end and opened the term again (E6)") boolean reopened,
        String refusalReason,
        @Schema(description = "The version for If-Match (also the ETag)") long version) {

    static ExtensionView of(TermExtension e) {
        return new ExtensionView(e.id, e.ground, e.status, e.ambtshalve, e.requestedOn, e.requestedBy, e.statement,
                e.requestedExtra, e.decidedOn, e.decidedBy, e.extraTime, e.previousEnd, e.newEnd, e.reopened,
                e.refusalReason, e.version);
    }
}
