package nl.inburgering.exam.rest;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.exam.service.ChangeRegistration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of date and/or place (examen verzetten); leave out what stays the same. */
@Schema(name = "ChangeExamRegistrationRequest", description = "A new exam date (examendatum) and/or location "
        + "(examenlocatie) for a registration (examen verzetten). At least one of the two.")
public record ChangeExamRegistrationRequest(
        @Schema(description = "New exam date (examendatum), after today", example = "2027-03-16")
        @Future LocalDate examDate,
        @Schema(description = "New exam location (examenlocatie)", example = "DUO examenlocatie Utrecht, Daalseplein 1")
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String location) {

    public ChangeRegistration toCommand() {
        return new ChangeRegistration(examDate, location);
    }
}
