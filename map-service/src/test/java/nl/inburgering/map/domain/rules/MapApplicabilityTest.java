package nl.inburgering.map.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("MapApplicability: the MAP applies to the B1-route and the Z-route, not the Onderwijsroute (§5)")
class MapApplicabilityTest {

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"B1", "SELF_SUFFICIENCY"})
    @DisplayName("§5: theMapAppliesToTheB1RouteAndTheZRoute")
    void theMapAppliesToTheB1RouteAndTheZRoute(Route route) {
        assertThat(MapApplicability.appliesTo(route)).isTrue();
        assertThatCode(() -> MapApplicability.require(route)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("§5: theMapDoesNotApplyToTheOnderwijsroute")
    void theMapDoesNotApplyToTheOnderwijsroute() {
        assertThat(MapApplicability.appliesTo(Route.EDUCATION)).isFalse();
        assertThatThrownBy(() -> MapApplicability.require(Route.EDUCATION))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("§5"));
    }

    @Test
    @DisplayName("Without a PIP known the answer names the missing fact (PLAN-NOT-YET-KNOWN), never a guess")
    void withoutAPipTheMissingFactIsNamed() {
        assertThat(MapApplicability.appliesTo(null)).isFalse();
        assertThatThrownBy(() -> MapApplicability.require(null)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(RuleCodes.PLAN_NOT_YET_KNOWN));
    }
}
