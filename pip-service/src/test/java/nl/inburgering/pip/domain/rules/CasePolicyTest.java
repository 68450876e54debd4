package nl.inburgering.pip.domain.rules;

import static nl.inburgering.pip.domain.rules.Violations.assertRefusedBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("CasePolicy: a closed case takes no further steps (§9, E14, E15)")
class CasePolicyTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProgressStatus.class, names = {"REGISTERED", "INTAKE", "PLAN_ESTABLISHED"})
    @DisplayName("an open case takes further steps")
    void openCase(ProgressStatus status) {
        assertThatCode(() -> CasePolicy.requireOpen(status)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("§9: a completed case takes no further steps")
    void completedCaseIsClosed_9() {
        assertRefusedBy(RuleCodes.CASE_COMPLETED, () -> CasePolicy.requireOpen(ProgressStatus.COMPLETED));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProgressStatus.class, names = {"EXEMPTED", "OBLIGATION_ENDED"})
    @DisplayName("E14, E15: a case closed by a full exemption or an ended obligation takes no further steps")
    void closedCaseIsClosed_E14(ProgressStatus status) {
        assertRefusedBy(RuleCodes.CASE_CLOSED, () -> CasePolicy.requireOpen(status));
    }
}
