package nl.inburgering.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.PreconditionRequiredException;
import org.junit.jupiter.api.Test;

/** DESIGN §4 optimistic concurrency: one If-Match parser for every service (issue 7 item 6). */
class ETagsTest {

    @Test
    void aStrongWeakOrBareETagNamesItsVersion() {
        assertThat(ETags.ifMatch("\"3\"")).isEqualTo(3L);
        assertThat(ETags.ifMatch("W/\"3\"")).isEqualTo(3L);
        assertThat(ETags.ifMatch(" 3 ")).isEqualTo(3L);
    }

    @Test
    void noIfMatchIsNoVersion() {
        assertThat(ETags.ifMatch(null)).isNull();
        assertThat(ETags.ifMatch("  ")).isNull();
    }

    @Test
    void aGarbledIfMatchIsStale412() {
        assertThatThrownBy(() -> ETags.ifMatch("\"abc\"")).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void aRequiredIfMatchThatIsMissingIs428() {
        assertThatThrownBy(() -> ETags.requireIfMatch(null, "registration"))
                .isInstanceOf(PreconditionRequiredException.class).hasMessageContaining("registration");
        assertThat(ETags.requireIfMatch("\"7\"", "registration")).isEqualTo(7L);
    }

    @Test
    void theETagOfAVersionIsItsNumberForResponseTag() {
        assertThat(ETags.of(4)).isEqualTo("4");
    }
}
