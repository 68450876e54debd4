package nl.inburgering.pip.support;

import java.util.concurrent.ThreadLocalRandom;

/** Test data helpers. */
public final class TestData {

    private TestData() {
    }

    /** A random BSN that passes the 11-test, so tests never collide on the one-participant-per-BSN rule. */
    public static String randomBsn() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + r.nextInt(9);
            int sum = d[0] * 9;
            for (int i = 1; i < 8; i++) {
                d[i] = r.nextInt(10);
                sum += d[i] * (9 - i);
            }
            int last = sum % 11;
            if (last < 10) {
                d[8] = last;
                StringBuilder sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }

    public static String registration(String bsn, String municipality) {
        return """
                {"bsn":"%s","name":"A. Yilmaz","dateOfBirth":"1990-04-12","targetGroup":"ASYLUM_PERMIT_HOLDER",
                 "municipalityCode":"%s","obligationStartDate":"2026-01-15","notificationDate":"2026-01-20",
                 "municipalityRegistrationDate":"2026-01-10"}""".formatted(bsn, municipality);
    }
}
