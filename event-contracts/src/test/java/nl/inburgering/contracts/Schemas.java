package nl.inburgering.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import nl.inburgering.contracts.envelope.EventJson;
import nl.inburgering.contracts.events.EventType;

/** Loads the published JSON Schemas from the class path, with {@code format} asserted (date, date-time, uuid). */
final class Schemas {

    static final String ENVELOPE = "schemas/cloudevent.schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private Schemas() {
    }

    static JsonNode json(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema schema(String resource) {
        return FACTORY.getSchema(json(resource), CONFIG);
    }

    static Set<ValidationMessage> validate(EventType type, JsonNode data) {
        return schema(type.schemaResource()).validate(data);
    }

    static Set<ValidationMessage> validateEnvelope(JsonNode event) {
        return schema(ENVELOPE).validate(event);
    }
}
