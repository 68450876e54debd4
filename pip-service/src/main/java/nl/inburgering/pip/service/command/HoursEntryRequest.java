package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.pip.domain.rules.HoursKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hours followed (gevolgde uren, DUO GevolgdeUren API), as a dated entry. */
@Schema(name = "HoursEntryRequest", description = "Gevolgde uren: COURSE (participatietaalles: Dutch and KNM lessons), "
        + "PARTICIPATION (participatieactiviteiten; count for asielstatushouders only, N13, N14), INTAKE_LANGUAGE "
        + "(taalles en KNM tijdens de brede intake; never count towards the route, §2.2).")
public record HoursEntryRequest(
        @Schema(description = "Kind of hours (soort uren)", example = "COURSE") @NotNull HoursKind kind,
        @Schema(description = "Date (or last day of the period) the hours were followed", example = "2026-06-30")
        @NotNull @PastOrPresent LocalDate date,
        @Schema(description = "Whole hours, 1–9999", example = "120") @NotNull @Min(1) @Max(9999) Integer hours,
        @Schema(description = "What the hours were (optional; no personal details)", example = "NT2 course, June")
        @Size(max = 500) String description) {
}
