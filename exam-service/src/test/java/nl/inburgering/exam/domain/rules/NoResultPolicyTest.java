package nl.inburgering.exam.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import nl.inburgering.contracts.vocabulary.NoResultReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E23 (open question, policy): which "Geen" reasons use up an attempt. DUO Examen API RedenGeenResultaat. */
class NoResultPolicyTest {

    @ParameterizedTest(name = "{0} consumes an attempt: {1}")
    @CsvSource({
            "CULPABLE,     true",
            "ABSENT,       true",
            "WITHDRAWN,    true",
            "NOT_CULPABLE, false",
    })
    void byDefaultOnlyANotCulpableNoResultKeepsTheAttempt_E23(NoResultReason reason, boolean consumes) {
        assertThat(new NoResultPolicy(ExamPolicyConfig.defaults()).consumesAttempt(reason)).isEqualTo(consumes);
    }

    @Test
    void theConsumingReasonsAreConfigurable_E23() {
        NoResultPolicy lenient = new NoResultPolicy(ExamPolicyConfig.defaults()
                .withConsumingNoResultReasons(EnumSet.of(NoResultReason.CULPABLE)));
        assertThat(lenient.consumesAttempt(NoResultReason.CULPABLE)).isTrue();
        assertThat(lenient.consumesAttempt(NoResultReason.ABSENT)).isFalse();
        assertThat(lenient.consumesAttempt(NoResultReason.WITHDRAWN)).isFalse();
    }

    @Test
    void aNoResultWithoutReasonIsAProgrammingError() {
        assertThatThrownBy(() -> new NoResultPolicy(ExamPolicyConfig.defaults()).consumesAttempt(null))
                .isInstanceOf(NullPointerException.class);
    }
}
