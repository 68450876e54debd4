package nl.inburgering.exam.rest;

import java.util.List;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.rules.ExamCatalogue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One exam component (examenonderdeel) of the Wi2021 inburgeringsexamen. */
@Schema(name = "CatalogueComponent", description = "An exam component (examenonderdeel) with DUO's code, its Dutch and "
        + "English name, the levels (examenniveaus) it is examined at, and the fee of one attempt (examengeld).")
public record ExamComponentView(
        @Schema(description = "Name used in this API", example = "READING") ExamComponent component,
        @Schema(description = "DUO code (ExamenonderdeelWI2021Inburgering)", example = "LE") String code,
        @Schema(description = "Dutch name", example = "Lezen") String dutchName,
        @Schema(description = "English name", example = "Reading") String englishName,
        @Schema(description = "Levels (examenniveaus): A2, B1, B2 for a language component; none for KNM",
                example = "[\"A2\", \"B1\", \"B2\"]") List<LanguageLevel> levels,
        @Schema(description = "Fee of one attempt (examengeld) in euro cents (N6)", example = "5000") long feeCents) {

    public static ExamComponentView of(ExamComponent c, long feeCents) {
        return new ExamComponentView(c, c.duoCode(), ExamCatalogue.dutchName(c), ExamCatalogue.englishName(c),
                ExamCatalogue.levelsFor(c).stream().sorted().toList(), feeCents);
    }
}
