package nl.inburgering.pip.domain.rules;

import static nl.inburgering.pip.domain.rules.Violations.assertRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ApplicableLaw: the Wi2021 governs obligations that started on or after 1 January 2022 (rules §1)")
class ApplicableLawTest {

    @Test
    @DisplayName("§1: an obligation starting on 1 January 2022 falls under the Wi2021")
    void firstDayIsWi2021() {
        assertThat(ApplicableLaw.isWi2021(LocalDate.of(2022, 1, 1))).isTrue();
        assertThatCode(() -> ApplicableLaw.requireWi2021(LocalDate.of(2022, 1, 1))).doesNotThrowAnyException();
        assertThatCode(() -> ApplicableLaw.requireWi2021(LocalDate.of(2026, 6, 1))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("§1: an obligation starting on 31 December 2021 falls under the Wi2013 and is refused (WI2021-SCOPE)")
    void dayBeforeIsWi2013() {
        assertThat(ApplicableLaw.isWi2021(LocalDate.of(2021, 12, 31))).isFalse();
        assertRefusedBy(RuleCodes.WI2021_SCOPE, () -> ApplicableLaw.requireWi2021(LocalDate.of(2021, 12, 31)));
        assertRefusedBy(RuleCodes.WI2021_SCOPE, () -> ApplicableLaw.requireWi2021(LocalDate.of(2015, 3, 1)));
    }
}
