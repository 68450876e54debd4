package nl.inburgering.exam.domain.rules;

import static nl.inburgering.contracts.vocabulary.TargetGroup.ASYLUM_PERMIT_HOLDER;
import static nl.inburgering.contracts.vocabulary.TargetGroup.FAMILY_OR_OTHER_MIGRANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** SS124 / SS125 (§1.3, §11 E11): a change applies from its effective date on, inclusive. */
class TargetGroupHistoryTest {

    @Test
    void theGroupInForceOnADay_SS124_SS125() {
        LocalDate toFamily = LocalDate.of(2026, 4, 1);
        LocalDate backToAsylum = LocalDate.of(2026, 9, 1);
        // given out of order on purpose
        TargetGroupHistory h = new TargetGroupHistory(ASYLUM_PERMIT_HOLDER, List.of(
                new TargetGroupHistory.Change(backToAsylum, ASYLUM_PERMIT_HOLDER),
                new TargetGroupHistory.Change(toFamily, FAMILY_OR_OTHER_MIGRANT)));
        assertThat(h.on(toFamily.minusDays(1))).isEqualTo(ASYLUM_PERMIT_HOLDER);
        assertThat(h.on(toFamily)).isEqualTo(FAMILY_OR_OTHER_MIGRANT);
        assertThat(h.on(backToAsylum.minusDays(1))).isEqualTo(FAMILY_OR_OTHER_MIGRANT);
        assertThat(h.on(backToAsylum)).isEqualTo(ASYLUM_PERMIT_HOLDER);
        assertThat(TargetGroupHistory.of(FAMILY_OR_OTHER_MIGRANT).on(toFamily)).isEqualTo(FAMILY_OR_OTHER_MIGRANT);
    }
}
