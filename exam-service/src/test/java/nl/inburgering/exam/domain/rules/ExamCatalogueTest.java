package nl.inburgering.exam.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §4 exam table; DUO Examen API enums ExamenonderdeelWI2021Inburgering and ExamenniveauWI2021. */
class ExamCatalogueTest {

    @ParameterizedTest(name = "{0} at {1} exists: {2}")
    @CsvSource(nullValues = "none", value = {
            "READING,   A2,   true",
            "READING,   B1,   true",
            "LISTENING, B2,   true",
            "WRITING,   A2,   true",
            "SPEAKING,  B1,   true",
            "READING,   A1,   false",
            "SPEAKING,  A1,   false",
            "WRITING,   none, false",
            "KNM,       none, true",
            "KNM,       A2,   false",
            "KNM,       B1,   false",
    })
    void languageComponentsTakeA2B1B2AndKnmHasNoLevel_section4(ExamComponent component, LanguageLevel level,
                                                                boolean valid) {
        assertThat(ExamCatalogue.isValid(component, level)).isEqualTo(valid);
        assertThat(ExamCatalogue.problemWith(component, level).isEmpty()).isEqualTo(valid);
        if (valid) {
            assertThatCode(() -> ExamCatalogue.requireValid(component, level)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ExamCatalogue.requireValid(component, level))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.rule()).isEqualTo("§4"));
            assertThat(ExamCatalogue.problemWith(component, level)).get()
                    .extracting(RuleViolation::field).isEqualTo("level");
        }
    }

    @Test
    void aMissingComponentIsReportedOnTheComponentField_section4() {
        assertThat(ExamCatalogue.problemWith(null, LanguageLevel.B1)).get()
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly("§4", "component");
    }

    @Test
    void levelsPerComponent_section4() {
        assertThat(ExamCatalogue.levelsFor(ExamComponent.READING))
                .containsExactly(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2);
        assertThat(ExamCatalogue.levelsFor(ExamComponent.KNM)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} / {2}")
    @CsvSource({
            "READING,   Lezen,     Reading",
            "LISTENING, Luisteren, Listening",
            "WRITING,   Schrijven, Writing",
            "SPEAKING,  Spreken,   Speaking",
            "KNM,       Kennis van de Nederlandse Maatschappij, Knowledge of Dutch Society",
    })
    void componentNamesInDutchAndEnglish_section4(ExamComponent component, String dutch, String english) {
        assertThat(ExamCatalogue.dutchName(component)).isEqualTo(dutch);
        assertThat(ExamCatalogue.englishName(component)).isEqualTo(english);
    }
}
