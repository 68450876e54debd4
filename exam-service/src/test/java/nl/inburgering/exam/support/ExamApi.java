package nl.inburgering.exam.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;

/** REST calls the exam tests make again and again. */
public final class ExamApi {

    public static final String PROBLEM = "application/problem+json";
    public static final String REGISTRATIONS = "/v1/exam-registrations";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExamApi() {
    }

    public static String json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registration body; {@code level} null leaves the field out. */
    public static String registration(UUID participantId, String component, String level, LocalDate examDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", participantId.toString());
        body.put("component", component);
        if (level != null) {
            body.put("level", level);
        }
        body.put("examDate", examDate.toString());
        body.put("location", "DUO examenlocatie Amsterdam");
        return json(body);
    }

    public static String result(String outcome, String reason, Integer score, LocalDate resultDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (reason != null) {
            body.put("noResultReason", reason);
        }
        if (score != null) {
            body.put("score", score);
        }
        body.put("resultDate", resultDate.toString());
        return json(body);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static ValidatableResponse register(String token, String body) {
        return as(token).contentType("application/json").body(body).when().post(REGISTRATIONS).then();
    }

    /** Registers as the participant themself and returns the registration id (expects 201). */
    public static String registerOwn(UUID participantId, String component, String level, LocalDate examDate) {
        return register(DevTokens.participant(participantId), registration(participantId, component, level, examDate))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse cancel(String token, String registrationId) {
        return as(token).when().post(REGISTRATIONS + "/" + registrationId + "/cancellation").then();
    }

    public static ValidatableResponse recordResult(String registrationId, String body) {
        return as(DevTokens.examProvider()).contentType("application/json").body(body)
                .when().post(REGISTRATIONS + "/" + registrationId + "/result").then();
    }

    public static ValidatableResponse get(String token, String path) {
        return as(token).when().get(path).then();
    }

    public static ValidatableResponse freeAttempts(UUID participantId) {
        return get(DevTokens.participant(participantId), "/v1/participants/" + participantId + "/exams/free-attempts")
                .statusCode(200);
    }

    /** Free attempts left for one component (by DUO code), as the REST API reports them. */
    public static int freeAttemptsLeft(UUID participantId, String componentCode) {
        return freeAttempts(participantId).extract()
                .path("items.find { it.componentCode == '" + componentCode + "' }.freeAttemptsLeft");
    }
}
