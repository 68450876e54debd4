package nl.inburgering.pip.support;

import nl.inburgering.localstack.testing.TestBsns;

/** Test data helpers. */
public final class TestData {

    /** Obligation start, notification and registration of {@link #registration}: every PIP date must be on or after them. */
    public static final String OBLIGATION_START = "2026-01-15";
    public static final String REGISTRATION_DATE = "2026-01-10";

    private TestData() {
    }

    /** A random BSN that passes the 11-test. */
    public static String randomBsn() {
        return TestBsns.random();
    }

    public static String registration(String bsn, String municipality) {
        return registration(bsn, municipality, "ASYLUM_PERMIT_HOLDER");
    }

    public static String registration(String bsn, String municipality, String targetGroup) {
        return """
                {"bsn":"%s","name":"A. Yilmaz","dateOfBirth":"1990-04-12","targetGroup":"%s",
                 "municipalityCode":"%s","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                 "municipalityRegistrationDate":"2026-01-10"}""".formatted(bsn, targetGroup, municipality);
    }
}
