package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.events.EventType;

/** DESIGN §1/§6: the BSN lives only in pip-service. No event field may even be named after it. */
class NoBsnTest {

    @Test
    void noSchemaDeclaresABsnField() {
        List<String> names = new ArrayList<>();
        collectPropertyNames(Schemas.json(Schemas.ENVELOPE), names);
        for (EventType type : EventType.values()) {
            collectPropertyNames(Schemas.json(type.schemaResource()), names);
        }
        assertThat(names).isNotEmpty().noneMatch(n -> n.toLowerCase().contains("bsn"));
    }

    @Test
    void noRecordHasABsnComponent() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : CloudEvent.class.getRecordComponents()) {
            names.add(c.getName());
        }
        for (EventType type : EventType.values()) {
            for (RecordComponent c : type.payloadClass().getRecordComponents()) {
                names.add(type.payloadClass().getSimpleName() + "." + c.getName());
            }
        }
        assertThat(names).hasSizeGreaterThan(EventType.values().length).noneMatch(n -> n.toLowerCase().contains("bsn"));
    }

    /** Every key under any "properties" object, at any depth (including if/then branches). */
    private static void collectPropertyNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("properties") && field.getValue().isObject()) {
                    field.getValue().fieldNames().forEachRemaining(names::add);
                }
                collectPropertyNames(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectPropertyNames(element, names));
        }
    }
}
