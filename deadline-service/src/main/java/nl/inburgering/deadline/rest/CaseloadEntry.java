package nl.inburgering.deadline.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.repository.CaseloadRepository.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseloadEntry", description = "One case on an officer's list: the participant and what the list is "
        + "about; a field the list does not have is left out.")
public record CaseloadEntry(
        UUID participantId,
        @Schema(example = "GM0363") String municipalityCode,
        @Schema(description = "The current PIP's leerroute", example = "B1") String route,
        @Schema(example = "ASYLUM_PERMIT_HOLDER") String targetGroup,
        @Schema(example = "2026-02-02") LocalDate startDate,
        @Schema(description = "The term's exclusive end, extensions and pauses included", example = "2029-02-02")
        LocalDate endDateExclusive,
        @Schema(description = "DUO's kennisgeving", example = "2026-01-20") LocalDate notificationDate,
        @Schema(description = "plan-deadlines-missed: the last day the initial PIP was due (N5)",
                example = "2026-03-31") LocalDate planDeadline,
        @Schema(description = "The dagtekening of the initial PIP, when there is one", example = "2026-04-20")
        LocalDate initialPlanDateOfIssue,
        @Schema(description = "plan-deadlines-missed: MISSED (no PIP yet) or LATE (a PIP dated after the deadline)",
                example = "LATE") String planDeadlineState,
        @Schema(description = "extension-requests: the request, to decide with POST …/term/extensions")
        UUID requestId,
        @Schema(example = "CHILDBIRTH") String ground,
        @Schema(example = "2028-12-01") LocalDate requestedOn) {

    static final String CSV_HEADER = "participantId,municipalityCode,route,targetGroup,startDate,endDateExclusive,"
            + "notificationDate,planDeadline,initialPlanDateOfIssue,planDeadlineState,requestId,ground,requestedOn";

    static CaseloadEntry of(Row r) {
        String state = r.planDeadline() == null ? null : r.initialPlanDateOfIssue() == null ? "MISSED" : "LATE";
        return new CaseloadEntry(r.participantId(), r.municipalityCode(), r.route(), r.targetGroup(), r.startDate(),
                r.endDateExclusive(), r.notificationDate(), r.planDeadline(), r.initialPlanDateOfIssue(), state,
                r.requestId(), r.ground(), r.requestedOn());
    }

    /** One CSV line (RFC 4180). Every value is an id, a code or a date, so none needs quoting or can be a formula. */
    String csv() {
        Object[] values = {participantId, municipalityCode, route, targetGroup, startDate, endDateExclusive,
                notificationDate, planDeadline, initialPlanDateOfIssue, planDeadlineState, requestId, ground,
                requestedOn};
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (values[i] != null) {
                line.append(values[i]);
            }
        }
        return line.append("\r\n").toString();
    }
}
