package nl.inburgering.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, as every service answers errors (DESIGN §4, ADR error-handling).
 * {@code errors} lists every invalid field of a 400; {@code rule} names the domain rule of a 409;
 * {@code correlationId} ties a 500 to its log line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://inburgering.nl/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 2 invalid fields.") String detail,
        @Schema(example = "/v1/participants") String instance,
        List<FieldError> errors,
        @Schema(description = "The domain rule that forbids the request (409 only)", example = "N16") String rule,
        @Schema(description = "The rule explained: a plain sentence in Dutch or English (Accept-Language) and its "
                + "legal source (409 only)") nl.inburgering.kit.explain.Explanation explanation,
        @Schema(description = "Quote this when you report a 500; the server log carries the same id") String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://inburgering.nl/problems/";

    /** One invalid input field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "bsn") String field,
            @Schema(example = "bsn.elfproef") String code,
            @Schema(example = "must be a valid BSN (11-test)") String detail) {
    }
}
