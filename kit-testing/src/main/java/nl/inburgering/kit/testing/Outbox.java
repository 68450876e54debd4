package nl.inburgering.kit.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

/**
 * The service's transactional outbox, for tests that assert an event was <em>not</em> published: reading the
 * topic before the relay's first run proves nothing, so first wait until every committed row was sent.
 */
public final class Outbox {

    private Outbox() {
    }

    /** Waits until the relay has sent every outbox row committed so far. */
    public static void awaitDrained() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> pending() == 0);
    }

    /** Rows committed and not yet sent. */
    public static long pending() {
        return Db.number("select count(*) from outbox_event where sent_at is null", Map.of());
    }

    /** Rows of {@code eventType} (e.g. {@code nl.inburgering.integration.completed}) ever appended with this key. */
    public static long appended(String eventType, Object key) {
        return Db.number("select count(*) from outbox_event where event_type = :type and message_key = :key",
                Map.of("type", eventType, "key", key.toString()));
    }
}
