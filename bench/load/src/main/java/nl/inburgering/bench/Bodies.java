package nl.inburgering.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** The request bodies the benchmarks send, as partners and officers send them (cf. system-tests' WriteLoad). */
public final class Bodies {

    public static final String[] COMPONENTS = {"READING", "LISTENING", "WRITING", "SPEAKING", "KNM"};
    /** The services' "today" (service-kit's clock zone). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Bodies() {
    }

    public static String register(String bsn, String name) {
        return """
                {"bsn":"%s","name":"%s","dateOfBirth":"1988-08-08","targetGroup":"ASYLUM_PERMIT_HOLDER",
                 "municipalityCode":"GM0363","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                 "municipalityRegistrationDate":"2026-01-10"}""".formatted(bsn, name);
    }

    public static final String PLAN = "{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"literacyIndicator\":\"NVT\"}";

    /**
     * The n-th result booked elsewhere of one participant: a component and an exam day of its own (one sitting per
     * component per day), counted back from yesterday, so n up to a few thousand never repeats.
     */
    public static String resultElsewhere(int n) {
        String component = COMPONENTS[n % COMPONENTS.length];
        LocalDate day = LocalDate.now(ZONE).minusDays(1 + n / COMPONENTS.length);
        return "{\"component\":\"" + component + "\"," + (component.equals("KNM") ? "" : "\"level\":\"B1\",")
                + "\"examDate\":\"" + day + "\",\"result\":{\"outcome\":\"" + (n % 3 == 0 ? "FAILED" : "PASSED")
                + "\",\"score\":" + (n % 3 == 0 ? 40 : 70) + ",\"resultDate\":\"" + day + "\"},"
                + "\"reference\":\"bench-" + UUID.randomUUID() + "\"}";
    }

    /** The n-th exam registration of one participant: a component and a future day of its own. */
    public static String examRegistration(String participantId, int n) {
        String component = COMPONENTS[n % COMPONENTS.length];
        LocalDate day = LocalDate.now(ZONE).plusDays(30 + n / COMPONENTS.length);
        return "{\"participantId\":\"" + participantId + "\",\"component\":\"" + component + "\","
                + (component.equals("KNM") ? "" : "\"level\":\"B1\",") + "\"examDate\":\"" + day
                + "\",\"location\":\"DUO examenlocatie Amsterdam\"}";
    }
}
