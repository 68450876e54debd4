package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.Topics;

/** The AsyncAPI document for partners agrees with the type table. */
class AsyncApiTest {

    private static String text;
    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AsyncApiTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the class path").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        doc = new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    @Test
    void isAsyncApi3WithStructuredCloudEvents() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("defaultContentType").asText()).isEqualTo("application/cloudevents+json");
    }

    @Test
    void describesEveryTopicAndItsDeadLetterTopic() {
        List<String> addresses = new ArrayList<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        List<String> expected = new ArrayList<>(Topics.ALL);
        Topics.ALL.forEach(topic -> expected.add(Topics.dlq(topic)));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void mentionsEveryTypeOnItsTopicWithItsSchemaAndProducer(EventType type) {
        assertThat(text).contains(type.type());

        Map<String, JsonNode> messagesByName = new HashMap<>();
        doc.path("components").path("messages").fields()
                .forEachRemaining(e -> messagesByName.put(e.getValue().path("name").asText(), e.getValue()));
        JsonNode message = messagesByName.get(type.type());
        assertThat(message).as("message named %s", type.type()).isNotNull();
        String overrides = message.path("payload").path("allOf").get(1).path("properties").toString();
        assertThat(overrides).contains("./schemas/" + type.schemaResource().substring("schemas/".length()))
                .contains("urn:nld:inburgering:" + type.producer());
        assertThat(message.path("bindings").path("kafka").path("key").path("$ref").asText())
                .isEqualTo("#/components/schemas/participantKey");

        String messageKey = findMessageKey(type.type());
        JsonNode channel = channelWithAddress(type.topic());
        assertThat(channel.path("messages").has(messageKey)).as("%s on %s", type, type.topic()).isTrue();
    }

    /**
     * The operations name every type too: the producer's send operation on the type's channel and the consumers'
     * receive operation on it (a message only in the channel would be missing from what partners generate code from).
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void producerSendsAndConsumersReceiveEveryType(EventType type) {
        String channelKey = channelKeyWithAddress(type.topic());
        String messageRef = "#/channels/" + channelKey + "/messages/" + findMessageKey(type.type());
        List<String> sends = new ArrayList<>();
        List<String> receives = new ArrayList<>();
        for (JsonNode operation : doc.path("operations")) {
            if (!operation.path("channel").path("$ref").asText().equals("#/channels/" + channelKey)) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            operation.path("messages").forEach(m -> refs.add(m.path("$ref").asText()));
            if (operation.path("action").asText().equals("send")) {
                assertThat(operation.path("title").asText()).as("send on %s", type.topic()).startsWith(type.producer());
                sends.addAll(refs);
            } else {
                receives.addAll(refs);
            }
        }
        assertThat(sends).as("%s published by %s", type, type.producer()).contains(messageRef);
        assertThat(receives).as("%s received from %s", type, type.topic()).contains(messageRef);
    }

    @Test
    void everyReferencedSchemaFileExists() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("./")) {
                assertThat(getClass().getClassLoader().getResource(ref.substring(2))).as(ref).isNotNull();
            } else {
                assertThat(ref).startsWith("#/");
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    @Test
    void participantKeyIsAUuidString() {
        JsonNode key = doc.at("/components/schemas/participantKey");
        assertThat(key.path("type").asText()).isEqualTo("string");
        assertThat(key.path("format").asText()).isEqualTo("uuid");
    }

    private static String findMessageKey(String type) {
        for (var it = doc.path("components").path("messages").fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getValue().path("name").asText().equals(type)) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no message for " + type);
    }

    private static String channelKeyWithAddress(String address) {
        for (var it = doc.path("channels").fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getValue().path("address").asText().equals(address)) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no channel " + address);
    }

    private static JsonNode channelWithAddress(String address) {
        for (JsonNode channel : doc.path("channels")) {
            if (channel.path("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + address);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
