package nl.inburgering.pvt.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtEnrolmentRequest", description = "Participants to enrol in a session, all of the session's "
        + "municipality.")
public record EnrolmentRequest(
        @Schema(description = "The participants; those enrolled already are reported, not refused",
                example = "[\"3f2c8f0e-6d1b-4c39-9a57-0b8e5f1c2d44\"]")
        @NotEmpty @Size(max = 500) List<@NotNull UUID> participantIds) {
}
