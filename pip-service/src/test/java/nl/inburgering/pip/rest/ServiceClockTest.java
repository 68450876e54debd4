package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.inburgering.kit.time.ServiceClock;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 4: one clock and one zone. Bean Validation's {@code @PastOrPresent} reads service-kit's clock
 * (kit.zone), not the JVM's: with the service's clock moved five days ahead, a date of birth three days after the
 * real today is "past" for the service. Without the kit's ClockProvider the JVM clock refuses it (400); that is the
 * same defect that refused a valid Dutch "today" near midnight on a JVM in UTC.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ServiceClockTest {

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void beanValidationJudgesPastOrPresentByTheServiceClock() {
        clock.shiftBy(Duration.ofDays(5));
        String threeDaysAhead = clock.realToday().plusDays(3).toString();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(TestData.randomBsn(), "GM0363").replace("1990-04-12", threeDaysAhead))
                .when().post("/v1/participants")
                .then().statusCode(201);
    }

    @Test
    void aDateAfterTheServiceTodayIsStillRefused() {
        String tomorrow = clock.today().plusDays(1).toString();
        given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .body(TestData.registration(TestData.randomBsn(), "GM0363").replace("1990-04-12", tomorrow))
                .when().post("/v1/participants")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("dateOfBirth")));
    }
}
