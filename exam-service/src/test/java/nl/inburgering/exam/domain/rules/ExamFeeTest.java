package nl.inburgering.exam.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import nl.inburgering.contracts.vocabulary.Payer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** N6: "€50 each, €250 for all five" (inburgeren.nl/inburgeren-betalen). */
class ExamFeeTest {

    private final ExamFee fee = new ExamFee(ExamPolicyConfig.defaults());

    @ParameterizedTest
    @EnumSource(Payer.class)
    void feeIsFiftyEuroPerAttempt_N6(Payer payer) {
        assertThat(fee.perAttemptCents()).isEqualTo(5000);
        assertThat(fee.feeCents(payer)).isEqualTo(5000);
    }

    @Test
    void allFiveComponentsCost250Euro_N6() {
        assertThat(fee.forAttemptsCents(5)).isEqualTo(25000);
        assertThat(fee.forAttemptsCents(0)).isZero();
    }

    @Test
    void theFeeIsConfigurable_N6() {
        assertThat(new ExamFee(ExamPolicyConfig.defaults().withFeeCents(5500)).feeCents(Payer.PARTICIPANT))
                .isEqualTo(5500);
    }
}
