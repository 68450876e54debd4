package nl.inburgering.duogateway.domain.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed exchange with DUO or with our services is tried again (DESIGN §5; lead's decision on issue 13's
 * review): after the n-th failure wait {@code first × 2^(n-1)}, never longer than {@code max} (1 h); a transient
 * failure is retried for the whole {@code window} (3 days by default: a DUO maintenance weekend, a service's restart,
 * a BRP that does not know the person yet), counted from when the work was queued or replayed, never by a number of
 * attempts. Only then is the work DEAD for an operator.
 */
public record Backoff(Duration first, Duration max, Duration window) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || window.isNegative()) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max and a window of at least 0");
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

    /** Whether a transient failure at {@code now} ends the retries of work retried since {@code retrySince}. */
    public boolean exhausted(Instant retrySince, Instant now) {
        return !now.isBefore(retrySince.plus(window));
    }
}
