package nl.inburgering.duogateway.domain.rules;

import java.time.Duration;

/**
 * When a failed exchange with DUO or with our services is tried again (DESIGN §5, bounded retries): after the
 * n-th failure wait {@code first × 2^(n-1)}, never longer than {@code max}; after {@code maxAttempts} failures the
 * work is DEAD and waits for an operator.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max and at least one attempt");
        }
    }

    /** The wait after the {@code failures}-th failure (1 for the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1");
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Whether the work is given up after {@code attempts} failed attempts. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
