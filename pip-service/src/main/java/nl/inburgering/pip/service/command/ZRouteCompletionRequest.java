package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Z-route completion: the date of the final interview (datumAfrondingZroute, SDI016). */
@Schema(name = "ZRouteCompletionRequest", description = "Afronding zelfredzaamheidsroute: the date of the final "
        + "interview (eindgesprek). Accepted only on the Z-route, once the hours were met by that date, not in the "
        + "future, not before the term start, and not before a known MAP or PVT date (§3.3, N13, N14, E17).")
public record ZRouteCompletionRequest(
        @Schema(description = "Date of the final interview (datum eindgesprek / datumAfrondingZroute)",
                example = "2026-10-15")
        @NotNull LocalDate finalInterviewDate) {
}
