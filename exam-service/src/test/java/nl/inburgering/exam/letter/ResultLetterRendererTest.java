package nl.inburgering.exam.letter;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.ExamOutcome.FAILED;
import static nl.inburgering.contracts.vocabulary.ExamOutcome.NO_RESULT;
import static nl.inburgering.contracts.vocabulary.ExamOutcome.PASSED;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.domain.rules.ExamPolicyConfig;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.domain.rules.PriorAttempt;
import nl.inburgering.exam.domain.rules.RegistrationFacts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The result letter: rendered with PDFBox, read back with {@link Loader#loadPDF(byte[])} and
 * {@link PDFTextStripper}. Next-step wording per the seed ("you can take that exam one more time free of charge.
 * After that you have to pay for a resit yourself"), N6 (€50) and N7.
 */
class ResultLetterRendererTest {

    private static final UUID PARTICIPANT_ID = UUID.fromString("3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60");
    private static final LocalDate EXAM = LocalDate.of(2026, 3, 3);
    private static final LocalDate RESULT = LocalDate.of(2026, 4, 21);

    private final ResultLetterRenderer renderer = new ResultLetterRenderer();

    private static ResultLetter letter(String name, nl.inburgering.contracts.vocabulary.ExamComponent component,
                                       nl.inburgering.contracts.vocabulary.LanguageLevel level,
                                       nl.inburgering.contracts.vocabulary.ExamOutcome outcome,
                                       NoResultReason reason, Integer score, NextAttempt next) {
        return new ResultLetter(PARTICIPANT_ID, name, component, level, EXAM, outcome, reason, score, RESULT, next,
                null);
    }

    /** Renders, parses the PDF and returns its text with all whitespace runs collapsed to one space. */
    private String renderAndExtract(ResultLetter letter) throws IOException {
        byte[] pdf = renderer.render(letter);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void passedLetterSaysThereIsNothingMoreToDo_inDutchAndEnglish() throws IOException {
        String text = renderAndExtract(letter("Zoë van den Berg-Öztürk", READING, B1, PASSED, null, 31, null));

        assertThat(text.indexOf("Nederlands")).isGreaterThan(-1).isLessThan(text.indexOf("English"));
        assertThat(text).contains(
                "Beste Zoë van den Berg-Öztürk,",
                "Dear Zoë van den Berg-Öztürk,",
                "Kenmerk: " + PARTICIPANT_ID,
                "Reference: " + PARTICIPANT_ID,
                "Onderdeel: Lezen (LE)",
                "Component: Reading (LE)",
                "Niveau: B1",
                "Level: B1",
                "Examendatum: 03-03-2026",
                "Exam date: 3 March 2026",
                "Datum uitslag: 21-04-2026",
                "Result date: 21 April 2026",
                "Uitslag: geslaagd",
                "Result: passed",
                "Score: 31",
                "U hoeft voor dit onderdeel niets meer te doen.",
                "You do not need to do anything more for this component.");
        assertThat(text).doesNotContain("opnieuw", "betaalt", "again", "pay");
    }

    @Test
    void aPassBelowTheRequiredLevelSaysTheLevelStillRequired_section3_1_issue8item8c() throws IOException {
        ResultLetter below = new ResultLetter(PARTICIPANT_ID, null, SPEAKING, A2, EXAM, PASSED, null, null, RESULT,
                new NextAttempt(2, Payer.MUNICIPALITY, 5000), B1);
        assertThat(below.passedBelowRequiredLevel()).isTrue();
        assertThat(below.componentDone()).isFalse();
        String text = renderAndExtract(below);
        assertThat(text).contains("U bent geslaagd op niveau A2.", "Uw plan (PIP) vraagt voor dit onderdeel niveau B1.",
                "U moet dit onderdeel dus nog halen op niveau B1.", "De gemeente betaalt uw volgende poging.",
                "You passed at level A2.", "Your plan (PIP) requires level B1 for this component.",
                "The municipality pays for your next attempt.");
        assertThat(text).doesNotContain("niets meer te doen", "nothing more");

        // At the level required (A2 after afschalen, or above it) the component is done.
        ResultLetter atLevel = new ResultLetter(PARTICIPANT_ID, null, SPEAKING, A2, EXAM, PASSED, null, null, RESULT,
                null, A2);
        assertThat(atLevel.componentDone()).isTrue();
        assertThat(renderAndExtract(atLevel)).contains("U hoeft voor dit onderdeel niets meer te doen.");
        assertThat(new ResultLetter(PARTICIPANT_ID, null, SPEAKING, B2, EXAM, PASSED, null, null, RESULT, null, B1)
                .componentDone()).isTrue();
        // Without the next attempt a below-level letter is incomplete.
        assertThatThrownBy(() -> new ResultLetter(PARTICIPANT_ID, null, SPEAKING, A2, EXAM, PASSED, null, null,
                RESULT, null, B1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failedWithAFreeAttemptLeftSaysTheMunicipalityPays_N7_seed() throws IOException {
        String text = renderAndExtract(letter(null, WRITING, B1, FAILED, null, null,
                new NextAttempt(1, Payer.MUNICIPALITY, 5000)));

        assertThat(text).contains(
                "Beste kandidaat,",
                "Dear candidate,",
                "Onderdeel: Schrijven (SC)",
                "Component: Writing (SC)",
                "Uitslag: niet geslaagd",
                "Result: failed",
                "U mag dit examen opnieuw doen.",
                "You may take this exam again.",
                "De gemeente betaalt uw volgende poging. U heeft nog één gratis poging voor dit onderdeel.",
                "The municipality pays for your next attempt. You have 1 free attempt left for this component.");
        assertThat(text).doesNotContain("€", "Score:");
    }

    @Test
    void failedWithTwoFreeAttemptsLeftUsesThePlural_N7() throws IOException {
        String text = renderAndExtract(letter(null, WRITING, B1, FAILED, null, null,
                new NextAttempt(2, Payer.MUNICIPALITY, 5000)));
        assertThat(text).contains("U heeft nog 2 gratis pogingen voor dit onderdeel.",
                "You have 2 free attempts left for this component.");
    }

    @Test
    void failedWithNoFreeAttemptLeftSaysYouPayFiftyEuro_N6_N7_seed() throws IOException {
        String text = renderAndExtract(letter(null, SPEAKING, B1, FAILED, null, null,
                new NextAttempt(0, Payer.PARTICIPANT, 5000)));

        assertThat(text).contains(
                "Onderdeel: Spreken (SP)",
                "Component: Speaking (SP)",
                "U mag dit examen opnieuw doen.",
                "U heeft geen gratis pogingen voor dit onderdeel. U betaalt de volgende poging zelf: € 50,00.",
                "You have no free attempts for this component. You pay for the next attempt yourself: €50.00.");
        assertThat(text).doesNotContain("De gemeente betaalt uw volgende poging");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
            "NOT_CULPABLE, niet verwijtbaar, not your fault",
            "CULPABLE,     verwijtbaar,      your own fault",
            "WITHDRAWN,    afgemeld,         you withdrew",
            "ABSENT,       afwezig,          you were absent",
    })
    void noResultLetterNamesTheReasonAndTheResit_E23(NoResultReason reason, String dutch, String english)
            throws IOException {
        String text = renderAndExtract(letter(null, KNM, null, NO_RESULT, reason, null,
                new NextAttempt(1, Payer.MUNICIPALITY, 5000)));

        assertThat(text).contains(
                "Onderdeel: Kennis van de Nederlandse Maatschappij (KNM)",
                "Component: Knowledge of Dutch Society (KNM)",
                "Niveau: geen niveau (KNM heeft geen niveau)",
                "Level: no level (KNM has no level)",
                "Uitslag: geen resultaat (reden: " + dutch + ")",
                "Result: no result (reason: " + english + ")",
                "U mag dit examen opnieuw doen.",
                "You may take this exam again.",
                "De gemeente betaalt uw volgende poging.");
    }

    @Test
    void belowThePlanLevelTheLetterExplainsWhyYouPay_N7_E4() throws IOException {
        String text = renderAndExtract(letter(null, READING, A2, FAILED, null, null,
                new NextAttempt(2, Payer.PARTICIPANT, 5000)));
        assertThat(text).contains(
                "De gemeente betaalt niet voor een examen onder het niveau van uw plan (PIP).",
                "U betaalt de volgende poging op dit niveau zelf: € 50,00.",
                "The municipality does not pay for an exam below the level of your plan (PIP).",
                "You pay for the next attempt at this level yourself: €50.00.");
    }

    @Test
    void theNextStepComesFromTheFreeAttemptPolicy_N7() throws IOException {
        FreeAttemptPolicy policy = new FreeAttemptPolicy(ExamPolicyConfig.defaults());
        List<PriorAttempt> prior = List.of(PriorAttempt.result(READING, B1, EXAM, Payer.MUNICIPALITY, FAILED));
        NextAttempt next = NextAttempt.from(policy.decide(
                new RegistrationFacts(READING, B1, TargetGroup.ASYLUM_PERMIT_HOLDER, B1, prior)));
        assertThat(next).isEqualTo(new NextAttempt(1, Payer.MUNICIPALITY, 5000));

        String text = renderAndExtract(letter(null, READING, B1, FAILED, null, null, next));
        assertThat(text).contains("U heeft nog één gratis poging voor dit onderdeel.");
    }

    @Test
    void anotherFeeIsPrintedAsConfigured_N6() throws IOException {
        String text = renderAndExtract(letter(null, SPEAKING, B1, FAILED, null, null,
                new NextAttempt(0, Payer.PARTICIPANT, 5505)));
        assertThat(text).contains("€ 55,05", "€55.05");
    }

    @Test
    void lettersOutsideWinAnsiAreTransliteratedNotRefused() throws IOException {
        String text = renderAndExtract(letter("Ayşe Yılmaz-Łukasz 王", READING, B1, PASSED, null, null, null));
        assertThat(text).contains("Beste Ayse Yilmaz-Lukasz ?,", "Dear Ayse Yilmaz-Lukasz ?,");
    }

    @Test
    void aBlankNameIsTreatedAsUnknown() throws IOException {
        assertThat(renderAndExtract(letter("  ", READING, B1, PASSED, null, null, null)))
                .contains("Beste kandidaat,", "Dear candidate,");
    }

    @Test
    void aVeryLongNameWrapsAndStaysOnOnePage() throws IOException {
        String name = "Abcdefghijklmnopqrstuvwxyz".repeat(8);
        String text = renderAndExtract(letter(name, READING, B1, PASSED, null, null, null));
        assertThat(text.replace(" ", "")).contains("Beste" + name + ",");
    }

    @Test
    void anInconsistentLetterIsRefused() {
        assertThatThrownBy(() -> letter(null, READING, B1, FAILED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letter(null, READING, B1, NO_RESULT, null, null,
                new NextAttempt(0, Payer.PARTICIPANT, 5000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letter(null, READING, B1, PASSED, NoResultReason.ABSENT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NextAttempt(0, Payer.MUNICIPALITY, 5000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letter(null, KNM, B1, PASSED, null, null, null))
                .isInstanceOf(nl.inburgering.kit.problem.RuleViolationException.class);
    }
}
