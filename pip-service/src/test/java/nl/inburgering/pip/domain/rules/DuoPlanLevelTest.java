package nl.inburgering.pip.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import org.junit.jupiter.api.Test;

/** DUO PIP API NiveauPip (A2, B1; "binnen de B1-Route"), issue 8 item 9. */
class DuoPlanLevelTest {

    @Test
    void niveauPipTheB1RouteReportsItsMinimumLevel() {
        assertThat(DuoPlanLevel.of(Route.B1, LanguageLevel.B1)).isEqualTo(LanguageLevel.B1);
        assertThat(DuoPlanLevel.of(Route.B1, LanguageLevel.A2)).isEqualTo(LanguageLevel.A2);
    }

    @Test
    void niveauPipTheOtherRoutesReportNoLevelSoB2AndA1NeverReachDuo() {
        for (LanguageLevel level : LanguageLevel.values()) {
            assertThat(DuoPlanLevel.of(Route.EDUCATION, level)).isNull();
            assertThat(DuoPlanLevel.of(Route.SELF_SUFFICIENCY, level)).isNull();
        }
        assertThat(DuoPlanLevel.of(Route.SELF_SUFFICIENCY, null)).isNull();
    }

    @Test
    void aB1RoutePlanAtB2CannotBeReported() {
        assertThatThrownBy(() -> DuoPlanLevel.of(Route.B1, LanguageLevel.B2)).isInstanceOf(IllegalArgumentException.class);
    }
}
