package nl.inburgering.pvt.rest;

import java.util.List;
import java.util.UUID;
import nl.inburgering.pvt.service.SessionService.EnrolmentResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtEnrolmentResult", description = "What an enrolment request changed, and the session after it.")
public record EnrolmentResultView(
        @Schema(description = "Enrolled by this request") List<UUID> enrolled,
        @Schema(description = "Enrolled before; unchanged") List<UUID> alreadyEnrolled,
        SessionView session) {

    static EnrolmentResultView of(EnrolmentResult r) {
        return new EnrolmentResultView(r.enrolled(), r.alreadyEnrolled(), SessionView.of(r.session()));
    }
}
