package nl.inburgering.pip.support;

import nl.inburgering.localstack.testing.TestBsns;

/** Test data helpers. */
public final class TestData {

    private TestData() {
    }

    /** A random BSN that passes the 11-test. */
    public static String randomBsn() {
        return TestBsns.random();
    }

    public static String registration(String bsn, String municipality) {
        return """
                {"bsn":"%s","name":"A. Yilmaz","dateOfBirth":"1990-04-12","targetGroup":"ASYLUM_PERMIT_HOLDER",
                 "municipalityCode":"%s","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                 "municipalityRegistrationDate":"2026-01-10"}""".formatted(bsn, municipality);
    }
}
