package nl.inburgering.localstack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalStackConfigTest {

    @Test
    void defaults() {
        assertEquals(new LocalStackConfig(9092, 10092, 5433), LocalStackConfig.from(k -> null, Map.of()));
    }

    @Test
    void environmentThenSystemPropertyWins() {
        Map<String, String> env = Map.of("LOCAL_STACK_KAFKA_PORT", "19092", "LOCAL_STACK_PG_PORT", "15433");
        assertEquals(new LocalStackConfig(19092, 20092, 15433), LocalStackConfig.from(k -> null, env));

        Map<String, String> props = Map.of("localstack.kafka.port", "29092", "localstack.kafka.controller-port", "29093");
        assertEquals(new LocalStackConfig(29092, 29093, 15433), LocalStackConfig.from(props::get, env));
    }

    @Test
    void badValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalStackConfig.from(k -> null, Map.of("LOCAL_STACK_PG_PORT", "abc")));
        assertTrue(e.getMessage().contains("LOCAL_STACK_PG_PORT"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LocalStackConfig.from(Map.of("localstack.pg.port", "9092")::get, Map.of()));
    }
}
