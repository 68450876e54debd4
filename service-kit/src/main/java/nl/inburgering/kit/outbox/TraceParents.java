package nl.inburgering.kit.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C {@code traceparent} that carries a trace across the outbox (issue 12 item 3): taken when the event is
 * appended, inside the request's or the consumer's span, and sent by the relay as the record's {@code traceparent}
 * header, so the consumers continue the trace of the fact itself rather than one of the relay's timer. Written by
 * OpenTelemetry's own propagator.
 */
final class TraceParents {

    static final String HEADER = "traceparent";

    private TraceParents() {
    }

    /** The current span's traceparent; null when there is no valid span (tracing off, or no trace here). */
    static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }
}
