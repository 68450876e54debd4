package nl.inburgering.bench;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random BSNs that pass the 11-test, for the registrations the benchmarks send. Drawn at random among ~80 million
 * valid numbers; a rare repeat is a 409 the caller counts and skips. Never logged.
 */
public final class Bsns {

    private Bsns() {
    }

    public static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = i == 0 ? 1 + r.nextInt(9) : r.nextInt(10);
                sum += d[i] * (9 - i); // weights 9..2; the 9th digit weighs -1
            }
            int check = sum % 11;
            if (check < 10) {
                d[8] = check;
                StringBuilder sb = new StringBuilder(9);
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }
}
