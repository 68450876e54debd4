package nl.inburgering.pvt.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.kit.validation.QuarterHours;
import nl.inburgering.pvt.service.SessionService.SessionPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtSessionRequest", description = "A group session (bijeenkomst) of the participatieverklaringstraject "
        + "to plan in the officer's municipality.")
public record SessionRequest(
        @Schema(description = "EDUCATION (voorlichting on the core values), COMMUNITY_WALK (the walk through the "
                + "community) or SIGNING_CEREMONY", example = "EDUCATION") @NotNull PvtSessionKind kind,
        @Schema(description = "One of the configured topics (pvt.topics); required for EDUCATION", example = "FREEDOM")
        @Size(max = 60) String topic,
        @Schema(description = "The day of the session", example = "2026-11-12") @NotNull LocalDate date,
        @Schema(description = "Its length in hours, more than 0, at most 12, in quarters", example = "3")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("12") @QuarterHours BigDecimal hours,
        @Schema(description = "Where", example = "Buurthuis De Pijp, Amsterdam") @NotBlank @Size(max = 200) String place,
        @Schema(description = "The pvt-provider that runs it (its token's sub); absent when the municipality runs it "
                + "itself", example = "prodemos") @Size(max = 200) String providerId,
        @Schema(description = "How many participants it holds", example = "20") @NotNull @Min(1) @Max(500)
        Integer capacity) {

    SessionPlan toPlan() {
        return new SessionPlan(kind, topic == null || topic.isBlank() ? null : topic.strip(), date, hours,
                place.strip(), providerId == null || providerId.isBlank() ? null : providerId.strip(), capacity);
    }
}
