package nl.inburgering.exam.rest;

import static nl.inburgering.exam.support.ExamApi.PROBLEM;
import static nl.inburgering.exam.support.ExamApi.REGISTRATIONS;
import static nl.inburgering.exam.support.ExamApi.as;
import static nl.inburgering.exam.support.ExamApi.recordResult;
import static nl.inburgering.exam.support.ExamApi.registerOwn;
import static nl.inburgering.exam.support.ExamApi.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.TestClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /v1/exam-registrations/{id}/result-letter: a PDF, opened with PDFBox and read. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ResultLetterTest {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    KnownParticipants participants;
    LocalDate examDate;

    @BeforeEach
    void setUp() {
        participants = new KnownParticipants(bootstrap);
        examDate = TestClock.realToday().plusDays(3);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static ExtractableResponse<Response> fetch(String token, String registrationId) {
        return as(token).accept("application/pdf").when()
                .get(REGISTRATIONS + "/" + registrationId + "/result-letter").then().extract();
    }

    /** The PDF's text, whitespace runs collapsed. */
    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aFailedFirstAttemptSaysTheMunicipalityPaysTheResit() throws IOException {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "WRITING", "B1", examDate);
        TestClock.advanceDays(4);
        recordResult(registration, result("FAILED", null, 11, examDate.plusDays(1))).statusCode(201);

        ExtractableResponse<Response> letter = fetch(DevTokens.participant(id), registration);
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        assertThat(letter.header("Content-Disposition")).contains("uitslag-" + registration + ".pdf");
        String text = text(letter.asByteArray());
        assertThat(text).contains(
                "Kenmerk: " + id, "Reference: " + id,
                "Beste kandidaat,", "Dear candidate,",
                "Onderdeel: Schrijven (SC)", "Component: Writing (SC)",
                "Niveau: B1", "Level: B1",
                "Examendatum: " + DUTCH.format(examDate),
                "Datum uitslag: " + DUTCH.format(examDate.plusDays(1)),
                "Uitslag: niet geslaagd", "Result: failed", "Score: 11",
                "U mag dit examen opnieuw doen.",
                "De gemeente betaalt uw volgende poging. U heeft nog één gratis poging voor dit onderdeel.",
                "You may take this exam again.");
        assertThat(text.indexOf("Nederlands")).isLessThan(text.indexOf("English"));
    }

    @Test
    void afterTwoFreeAttemptsTheLetterSaysTheParticipantPaysFiftyEuros() throws IOException {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String first = registerOwn(id, "SPEAKING", "B1", examDate);
        String second = registerOwn(id, "SPEAKING", "B1", examDate.plusDays(1));
        TestClock.advanceDays(5);
        recordResult(first, result("FAILED", null, null, examDate)).statusCode(201);
        recordResult(second, result("NO_RESULT", "CULPABLE", null, examDate.plusDays(1))).statusCode(201);

        String text = text(fetch(DevTokens.officer("GM0363"), second).asByteArray());
        assertThat(text).contains("Uitslag: geen resultaat (reden: verwijtbaar)",
                "Result: no result (reason: your own fault)",
                "U heeft geen gratis pogingen voor dit onderdeel. U betaalt de volgende poging zelf: € 50,00.",
                "You have no free attempts for this component. You pay for the next attempt yourself: €50.00.");
    }

    @Test
    void aPassedKnmLetterSaysThereIsNothingMoreToDo() throws IOException {
        UUID id = participants.known("GM0363", TargetGroup.FAMILY_OR_OTHER_MIGRANT);
        String registration = registerOwn(id, "KNM", null, examDate);
        TestClock.advanceDays(3);
        recordResult(registration, result("PASSED", null, null, examDate)).statusCode(201);
        String text = text(fetch(DevTokens.duo(), registration).asByteArray());
        assertThat(text).contains("Onderdeel: Kennis van de Nederlandse Maatschappij (KNM)", "Uitslag: geslaagd",
                "U bent geslaagd voor dit onderdeel.", "You passed this component.");
        assertThat(text).doesNotContain("opnieuw doen");
    }

    /**
     * §3.1 (issue 8 item 8c): a B1-route participant without A2 permission who passes SPEAKING at A2 has not met the
     * requirement: the letter says B1 is still required (and who pays that attempt), not "nothing more to do".
     */
    @Test
    void section3_1APassBelowThePlanLevelSaysWhatThePlanStillRequires() throws IOException {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "SPEAKING", "A2", examDate);
        TestClock.advanceDays(3);
        recordResult(registration, result("PASSED", null, null, examDate)).statusCode(201);
        String text = text(fetch(DevTokens.participant(id), registration).asByteArray());
        assertThat(text).contains("Uitslag: geslaagd", "U bent geslaagd op niveau A2.",
                "Uw plan (PIP) vraagt voor dit onderdeel niveau B1.",
                "You passed at level A2.", "Your plan (PIP) requires level B1 for this component.",
                "De gemeente betaalt uw volgende poging. U heeft nog 2 gratis pogingen voor dit onderdeel.");
        assertThat(text).doesNotContain("niets meer te doen", "nothing more");
    }

    @Test
    void noLetterBeforeAResultAndNoneForOthers() {
        UUID id = participants.known("GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER);
        String registration = registerOwn(id, "READING", "B1", examDate);
        ExtractableResponse<Response> early = fetch(DevTokens.participant(id), registration);
        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(early.contentType()).isEqualTo(PROBLEM);
        assertThat(early.<String>path("detail")).contains("No result");

        TestClock.advanceDays(3);
        recordResult(registration, result("PASSED", null, null, examDate)).statusCode(201);
        assertThat(fetch(DevTokens.officer("GM0599"), registration).statusCode()).isEqualTo(404);
        assertThat(fetch(DevTokens.participant(UUID.randomUUID()), registration).statusCode()).isEqualTo(404);
        assertThat(fetch(DevTokens.examProvider(), registration).statusCode()).isEqualTo(403);
        assertThat(fetch(DevTokens.participant(id), registration).statusCode()).isEqualTo(200);
        assertThat(fetch(DevTokens.duo(), UUID.randomUUID().toString()).statusCode()).isEqualTo(404);
    }
}
