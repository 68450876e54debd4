package nl.inburgering.kit.participants;

import static nl.inburgering.contracts.vocabulary.TargetGroup.ASYLUM_PERMIT_HOLDER;
import static nl.inburgering.contracts.vocabulary.TargetGroup.FAMILY_OR_OTHER_MIGRANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import org.junit.jupiter.api.Test;

/** SS124 / SS125 (§1.3, §11 E11): a change applies from its effective date on, inclusive; the rights may differ. */
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

    @Test
    void aChangeReportedBeforeItsEffectiveDateIsNotYetInForce_E11_issue8item3() {
        // Reported 2026-06-10, effective 2026-07-01: on 2026-06-15 still an asylum permit holder.
        TargetGroupHistory h = TargetGroupHistory.of(ASYLUM_PERMIT_HOLDER)
                .withChange(LocalDate.of(2026, 7, 1), FAMILY_OR_OTHER_MIGRANT);
        assertThat(h.on(LocalDate.of(2026, 6, 15))).isEqualTo(ASYLUM_PERMIT_HOLDER);
        assertThat(h.rightsOn(LocalDate.of(2026, 6, 15))).isEqualTo(ASYLUM_PERMIT_HOLDER);
        assertThat(h.on(LocalDate.of(2026, 7, 1))).isEqualTo(FAMILY_OR_OTHER_MIGRANT);
    }

    @Test
    void behoudAsielrechtenKeepsAsylumRightsInTheNewGroup_E11_issue8item4() {
        LocalDate change = LocalDate.of(2026, 7, 1);
        TargetGroupHistory kept = TargetGroupHistory.of(ASYLUM_PERMIT_HOLDER).withChange(
                new TargetGroupHistory.Change(change, FAMILY_OR_OTHER_MIGRANT, RightsAfterChange.ASYLUM_RIGHTS_KEPT));
        assertThat(kept.on(change)).isEqualTo(FAMILY_OR_OTHER_MIGRANT);
        assertThat(kept.rightsOn(change)).isEqualTo(ASYLUM_PERMIT_HOLDER);

        TargetGroupHistory waived = TargetGroupHistory.of(FAMILY_OR_OTHER_MIGRANT).withChange(
                new TargetGroupHistory.Change(change, ASYLUM_PERMIT_HOLDER,
                        RightsAfterChange.MIGRANT_RIGHTS_KEPT_ON_REQUEST));
        assertThat(waived.on(change)).isEqualTo(ASYLUM_PERMIT_HOLDER);
        assertThat(waived.rightsOn(change)).isEqualTo(FAMILY_OR_OTHER_MIGRANT);

        TargetGroupHistory plain = TargetGroupHistory.of(ASYLUM_PERMIT_HOLDER)
                .withChange(change, FAMILY_OR_OTHER_MIGRANT);
        assertThat(plain.rightsOn(change)).isEqualTo(FAMILY_OR_OTHER_MIGRANT);
        assertThat(plain.rightsOn(change.minusDays(1))).isEqualTo(ASYLUM_PERMIT_HOLDER);
    }
}
