package nl.inburgering.kit.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C {@code traceparent} that carries a trace across the outbox (issue 12 item 3): taken when the event is
 * appended, inside the request's or the consumer's span, and made the parent of the relay's Kafka send, so the send
 * (and the {@code traceparent} header the consumers continue from) belongs to the trace of the fact itself rather
 * than to the relay's timer. Written and read by OpenTelemetry's own propagator.
 */
final class TraceParents {

    private static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParents() {
    }

    /** The current span's traceparent; null when there is no valid span (tracing off, or no trace here). */
    static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context whose parent is {@code traceParent}; null for null or an invalid value. */
    static Context context(String traceParent) {
        if (traceParent == null) {
            return null;
        }
        Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceParent),
                GETTER);
        return io.opentelemetry.api.trace.Span.fromContext(context).getSpanContext().isValid() ? context : null;
    }
}
