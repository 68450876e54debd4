package nl.inburgering.localstack.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test BSNs that pass the 11-test: random, so tests never collide on the one-participant-per-BSN rule, and never the
 * same twice in one JVM (a load test registers thousands; among ~80 million valid numbers, 3,500 random draws repeat
 * one with a chance of about 8 %).
 */
public final class TestBsns {

    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestBsns() {
    }

    public static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = i == 0 ? 1 + r.nextInt(9) : r.nextInt(10);
                sum += d[i] * (9 - i); // weights 9..2
            }
            int check = sum % 11; // the 9th digit weighs -1: sum - d9 ≡ 0 (mod 11)
            if (check < 10) {
                d[8] = check;
                StringBuilder sb = new StringBuilder(9);
                for (int x : d) {
                    sb.append(x);
                }
                if (ISSUED.add(sb.toString())) {
                    return sb.toString();
                }
            }
        }
    }
}
