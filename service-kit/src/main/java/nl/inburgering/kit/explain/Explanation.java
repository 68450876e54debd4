package nl.inburgering.kit.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A verdict explained to a person (issue 12 item 7): the stable machine code a program acts on, a short plain
 * sentence in the language asked for ({@code Accept-Language}: nl or en), and the legal source as the law names it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Explanation", description = "Why: a stable code, a plain sentence (Dutch or English, by "
        + "Accept-Language) and the legal source")
public record Explanation(
        @Schema(description = "Stable machine code of the rule; part of the API", example = "DUO-PIP-1") String code,
        @Schema(description = "The rule in one plain sentence", example = "De dagtekening van het PIP ligt vóór het "
                + "begin van de inburgeringsplicht; dat mag niet.") String text,
        @Schema(description = "The legal source as the law names it", example = "Wet inburgering 2021, art. 15")
        String source) {
}
