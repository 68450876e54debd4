package nl.inburgering.contracts;

import static nl.inburgering.contracts.vocabulary.ExamComponent.LISTENING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 1 (N7, E4, rules §3.1, §3.2): {@code plan.established} names the level each language component must
 * be passed at, because DUO's PIP level (NiveauPip) is the minimum over the components and cannot answer that.
 */
class RequiredLevelsTest {

    private static PlanEstablished plan(Route route, LanguageLevel level, Set<ExamComponent> a2) {
        return new PlanEstablished(UUID.randomUUID(), UUID.randomUUID(), 2, false, LocalDate.of(2026, 6, 1), route,
                level, a2, "GM0363");
    }

    @Test
    void e4AfterAfschalenOnlyThePermittedComponentIsRequiredAtA2AndTheOthersStayB1() {
        PlanEstablished plan = plan(Route.B1, A2, Set.of(SPEAKING));
        assertThat(plan.level()).isEqualTo(A2); // DUO's minimum
        assertThat(plan.requiredLevels()).containsExactly(Map.entry(READING, B1), Map.entry(LISTENING, B1),
                Map.entry(WRITING, B1), Map.entry(SPEAKING, A2));
        assertThat(plan.requiredLevel(READING)).isEqualTo(B1);
        assertThat(plan.requiredLevel(ExamComponent.KNM)).isNull();
    }

    @Test
    void section3_1_aB1RoutePlanWithoutPermissionsRequiresB1Everywhere() {
        assertThat(plan(Route.B1, B1, Set.of()).requiredLevels()).hasSize(4).containsValues(B1).doesNotContainValue(A2);
    }

    @Test
    void section3_2_theOnderwijsrouteRequiresItsPlanLevelEverywhere() {
        assertThat(plan(Route.EDUCATION, B2, Set.of()).requiredLevels()).hasSize(4).containsValues(B2)
                .doesNotContainValue(B1);
        assertThat(plan(Route.EDUCATION, B1, Set.of()).requiredLevels()).hasSize(4).containsValues(B1);
    }

    @Test
    void section3_3_theZRouteRequiresItsLevelWhenOneIsSetAndOtherwiseNone() {
        assertThat(plan(Route.SELF_SUFFICIENCY, null, Set.of()).requiredLevels()).isEmpty();
        assertThat(plan(Route.SELF_SUFFICIENCY, A1, Set.of()).requiredLevels()).hasSize(4).containsValues(A1);
    }

    @Test
    void anExplicitMapIsKeptAndMayNotNameKnm() {
        UUID id = UUID.randomUUID();
        PlanEstablished explicit = new PlanEstablished(id, id, 1, true, LocalDate.of(2026, 6, 1), Route.EDUCATION, B1,
                Set.of(), "GM0363", Map.of(READING, B2));
        assertThat(explicit.requiredLevels()).containsExactly(Map.entry(READING, B2));
        assertThatThrownBy(() -> new PlanEstablished(id, id, 1, true, LocalDate.of(2026, 6, 1), Route.EDUCATION, B1,
                Set.of(), "GM0363", Map.of(ExamComponent.KNM, B1))).isInstanceOf(IllegalArgumentException.class);
    }
}
