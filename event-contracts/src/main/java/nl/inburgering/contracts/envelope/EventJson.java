package nl.inburgering.contracts.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration for event JSON, so every producer writes and every consumer reads the same shape.
 * <ul>
 * <li>Dates as {@code YYYY-MM-DD}, instants as UTC ISO-8601 with {@code Z} (never epoch numbers); parsing is
 * not lenient (a date-time where a date belongs is rejected).</li>
 * <li>Unknown properties are ignored: tolerant reader, producers may add optional fields.</li>
 * <li>{@code null} fields are omitted (NON_NULL): an absent optional field and a {@code null} one mean the same, and
 * the schemas accept both. Consumers must not rely on the presence of an optional field.</li>
 * <li>Strict scalars: no {@code "3"} for a number, no number for an enum, no {@code null} for a primitive, no
 * duplicate keys, no trailing tokens; these are poison messages, not guesses.</li>
 * <li>Decimals stay exact ({@code BigDecimal}, written plain).</li>
 * </ul>
 * The mapper is shared and thread-safe. Do not reconfigure it; to customise, use {@code mapper().copy()}.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultLeniency(false)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    /** The shared, configured mapper for event envelopes and payloads. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
