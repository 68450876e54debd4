package nl.inburgering.exam.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.NoResultReason;
import org.junit.jupiter.api.Test;

class ExamPolicyConfigTest {

    @Test
    void defaultsAreTheSourcedValues_N6_N7_section4_E23() {
        ExamPolicyConfig d = ExamPolicyConfig.defaults();
        assertThat(d.freeAttemptsPerComponent()).isEqualTo(2);      // N7, seed
        assertThat(d.feeCents()).isEqualTo(5000);                   // N6
        assertThat(d.cancellationNoticeDays()).isEqualTo(7);        // §4, E19
        assertThat(d.consumingNoResultReasons())                    // E23 (policy)
                .containsExactlyInAnyOrder(NoResultReason.CULPABLE, NoResultReason.WITHDRAWN, NoResultReason.ABSENT);
    }

    @Test
    void negativeNumbersAreRefused() {
        ExamPolicyConfig d = ExamPolicyConfig.defaults();
        assertThatThrownBy(() -> d.withFreeAttemptsPerComponent(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withFeeCents(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withCancellationNoticeDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReasonSetIsCopiedAndUnmodifiable() {
        Set<NoResultReason> mutable = new HashSet<>(Set.of(NoResultReason.ABSENT));
        ExamPolicyConfig c = ExamPolicyConfig.defaults().withConsumingNoResultReasons(mutable);
        mutable.add(NoResultReason.CULPABLE);
        assertThat(c.consumingNoResultReasons()).containsExactly(NoResultReason.ABSENT);
        assertThatThrownBy(() -> c.consumingNoResultReasons().add(NoResultReason.CULPABLE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ExamPolicyConfig.defaults().withConsumingNoResultReasons(Set.of()).consumingNoResultReasons())
                .isEmpty();
        assertThat(ExamPolicyConfig.defaults().withConsumingNoResultReasons(EnumSet.allOf(NoResultReason.class))
                .consumingNoResultReasons()).hasSize(4);
    }
}
