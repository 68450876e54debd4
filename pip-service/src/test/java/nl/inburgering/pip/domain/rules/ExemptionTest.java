package nl.inburgering.pip.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import org.junit.jupiter.api.Test;

/** E12 (issue 8 item 6): the participation-hours cap of a partial ontheffing, on a given day. */
class ExemptionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);

    private static Exemption capped(Integer cap, LocalDate from, LocalDate until) {
        return new Exemption(ExemptionKind.ONTHEFFING, ExemptionScope.PARTIAL, Set.of(ExamComponent.SPEAKING), null,
                from, until, cap);
    }

    @Test
    void e12TheCapAppliesFromItsDateAndTheLowestCapInForceWins() {
        List<Exemption> granted = List.of(capped(400, FROM, null), capped(0, FROM.plusMonths(2), null),
                Exemption.partial(ExemptionKind.ONTHEFFING, FROM, Set.of(ExamComponent.KNM)));
        assertThat(Exemption.participationHoursCapOn(granted, FROM.minusDays(1))).isNull();
        assertThat(Exemption.participationHoursCapOn(granted, FROM)).isEqualTo(400);
        assertThat(Exemption.participationHoursCapOn(granted, FROM.plusMonths(2))).isZero();
    }

    @Test
    void e12ACapThatEndedNoLongerApplies() {
        List<Exemption> granted = List.of(capped(100, FROM, FROM.plusMonths(1)));
        assertThat(Exemption.participationHoursCapOn(granted, FROM.plusMonths(1))).isEqualTo(100);
        assertThat(Exemption.participationHoursCapOn(granted, FROM.plusMonths(1).plusDays(1))).isNull();
        assertThat(Exemption.participationHoursCapOn(List.of(), FROM)).isNull();
    }

    @Test
    void aNegativeCapIsRefused() {
        assertThatThrownBy(() -> capped(-1, FROM, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
