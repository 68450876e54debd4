package nl.inburgering.pip.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DUO's notice that a person must integrate (kennisgeving inburgeringsplicht), as registered by role {@code duo}. */
@Schema(name = "RegisterParticipantRequest", description = "Registration of an inburgeringsplichtige after DUO's kennisgeving.")
public record RegisterParticipantRequest(
        @Schema(description = "Burgerservicenummer (BSN), 9 digits passing the 11-test. Never in a URI.", example = "999990019")
        @NotNull @ValidBsn String bsn,
        @Schema(description = "Name (naam)", example = "A. Yilmaz") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Date of birth (geboortedatum)", example = "1990-04-12") @NotNull @PastOrPresent LocalDate dateOfBirth,
        @Schema(description = "Target group (doelgroep): asielstatushouder or gezins- en overige migrant") @NotNull TargetGroup targetGroup,
        @Schema(description = "DUO's detailed doelgroep code (optional)", example = "ASH") @Size(max = 20) String duoTargetGroupCode,
        @Schema(description = "Municipality (gemeente), CBS code", example = "GM0363") @NotNull @Pattern(regexp = "GM[0-9]{4}", message = "must be a CBS municipality code: GM and 4 digits") String municipalityCode,
        @Schema(description = "Start of the obligation (datum start inburgeringsplicht)", example = "2026-01-15") @NotNull LocalDate obligationStartDate,
        @Schema(description = "Date of DUO's notice (datum kennisgeving); the 10-week PIP deadline runs from it", example = "2026-01-20") @NotNull LocalDate notificationDate,
        @Schema(description = "Registration in the municipality (datum inschrijving gemeente, BRP)", example = "2026-01-10") @NotNull LocalDate municipalityRegistrationDate,
        @Schema(description = "Only for a participant who moves in with a PIP and a term from another municipality "
                + "(DUO Inburgeringstermijn): the term keeps running, the first PIP here is a revision. Absent: the "
                + "term starts with the first PIP here") @Valid RunningTerm runningTerm) {

    /** The same request with {@code replacement} for the BSN (what an Idempotency-Key remembers of it). */
    public RegisterParticipantRequest withBsn(String replacement) {
        return new RegisterParticipantRequest(replacement, name, dateOfBirth, targetGroup, duoTargetGroupCode,
                municipalityCode, obligationStartDate, notificationDate, municipalityRegistrationDate, runningTerm);
    }
}
