package nl.inburgering.localstack.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Test BSNs that pass the 11-test (random, so tests never collide on the one-participant-per-BSN rule). */
public final class TestBsns {

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
                return sb.toString();
            }
        }
    }
}
