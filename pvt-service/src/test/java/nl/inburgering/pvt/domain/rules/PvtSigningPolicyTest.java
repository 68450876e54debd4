package nl.inburgering.pvt.domain.rules;

import static nl.inburgering.contracts.vocabulary.PvtSessionKind.COMMUNITY_WALK;
import static nl.inburgering.contracts.vocabulary.PvtSessionKind.EDUCATION;
import static nl.inburgering.contracts.vocabulary.PvtSessionKind.SIGNING_CEREMONY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The signing's requirements (rules §6, N12, the seed), table-driven. */
class PvtSigningPolicyTest {

    static final List<String> TOPICS = List.of("FREEDOM", "EQUALITY", "SOLIDARITY", "PARTICIPATION");
    static final LocalDate D = LocalDate.of(2026, 10, 1);

    static PvtSigningPolicy policy(boolean education, boolean walk, List<String> requiredTopics) {
        return new PvtSigningPolicy(new PvtRulesConfig(new BigDecimal("12"), education, walk, TOPICS,
                requiredTopics));
    }

    static final PvtSigningPolicy DEFAULT = policy(true, true, List.of());

    static AttendanceFacts a(PvtSessionKind kind, String topic, int day, String hours) {
        return new AttendanceFacts(kind, topic, D.plusDays(day), new BigDecimal(hours));
    }

    /** Each row: attendances, the day of the signing, the rule refused (null = allowed). */
    static Stream<Arguments> signings() {
        List<AttendanceFacts> complete = List.of(a(EDUCATION, "FREEDOM", 0, "6"), a(COMMUNITY_WALK, null, 2, "3"),
                a(EDUCATION, "EQUALITY", 5, "3"));
        return Stream.of(
                Arguments.of("12 hours, education and the walk", complete, D.plusDays(5), null),
                Arguments.of("more than 12 hours", List.of(a(EDUCATION, "FREEDOM", 0, "8"),
                        a(COMMUNITY_WALK, null, 1, "8")), D.plusDays(1), null),
                Arguments.of("11.75 hours", List.of(a(EDUCATION, "FREEDOM", 0, "8.75"),
                        a(COMMUNITY_WALK, null, 1, "3")), D.plusDays(1), RuleCodes.HOURS),
                Arguments.of("no attendance", List.of(), D, RuleCodes.HOURS),
                Arguments.of("12 hours, only counted up to the signing day", complete, D.plusDays(4),
                        RuleCodes.HOURS),
                Arguments.of("12 hours without education", List.of(a(COMMUNITY_WALK, null, 0, "6"),
                        a(SIGNING_CEREMONY, null, 1, "6")), D.plusDays(1), RuleCodes.EDUCATION),
                Arguments.of("12 hours without the walk", List.of(a(EDUCATION, "FREEDOM", 0, "12")), D,
                        RuleCodes.COMMUNITY_WALK),
                Arguments.of("the walk after the signing day", List.of(a(EDUCATION, "FREEDOM", 0, "12"),
                        a(COMMUNITY_WALK, null, 3, "2")), D.plusDays(2), RuleCodes.COMMUNITY_WALK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signings")
    void theSigningWaitsForItsRequirements_N12_section6(String name, List<AttendanceFacts> attendances,
            LocalDate signedOn, String refusedBy) {
        if (refusedBy == null) {
            assertThatCode(() -> DEFAULT.requireSignable(attendances, signedOn)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> DEFAULT.requireSignable(attendances, signedOn))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule())
                            .isEqualTo(refusedBy));
        }
    }

    @Test
    void aRefusalNamesTheFirstRuleAndListsEveryUnmetOne_N12() {
        assertThatThrownBy(() -> DEFAULT.requireSignable(List.of(a(SIGNING_CEREMONY, null, 0, "2.5")), D))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("N12");
                    assertThat(e.detail()).contains("2.5 of 12 hours attended; 9.5 hours to go (N12)")
                            .contains("(PVT-EDUCATION)").contains("(PVT-COMMUNITY-WALK)");
                });
    }

    @Test
    void theEducationAndTheWalkAreConfigurable_section6_seed() {
        List<AttendanceFacts> onlyHours = List.of(a(SIGNING_CEREMONY, null, 0, "12"));
        assertThatCode(() -> policy(false, false, List.of()).requireSignable(onlyHours, D))
                .doesNotThrowAnyException();
        PvtAssessment assessment = policy(false, false, List.of()).assess(onlyHours, D);
        assertThat(assessment.requirements()).filteredOn(s -> !s.required())
                .extracting(PvtAssessment.State::requirement)
                .containsExactly(PvtRequirement.EDUCATION, PvtRequirement.COMMUNITY_WALK, PvtRequirement.TOPICS);
    }

    @Test
    void requiredTopicsMustEachBeAttended_PVT_TOPICS() {
        PvtSigningPolicy policy = policy(true, true, List.of("FREEDOM", "EQUALITY"));
        List<AttendanceFacts> oneTopic = List.of(a(EDUCATION, "FREEDOM", 0, "9"), a(COMMUNITY_WALK, null, 1, "3"));
        assertThatThrownBy(() -> policy.requireSignable(oneTopic, D.plusDays(1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(RuleCodes.TOPICS);
                    assertThat(e.detail()).contains("[EQUALITY]");
                });
        List<AttendanceFacts> both = List.of(a(EDUCATION, "FREEDOM", 0, "6"), a(EDUCATION, "EQUALITY", 4, "3"),
                a(COMMUNITY_WALK, null, 1, "3"));
        assertThat(policy.assess(both, D.plusDays(4)).readyOn()).contains(D.plusDays(4));
    }

    @Test
    void theDayEachRequirementWasMetAndTheDayAllWere_N12() {
        List<AttendanceFacts> attendances = List.of(a(EDUCATION, "FREEDOM", 0, "4"), a(COMMUNITY_WALK, null, 3, "4"),
                a(EDUCATION, "EQUALITY", 7, "4"), a(EDUCATION, "SOLIDARITY", 9, "4"));
        PvtAssessment assessment = DEFAULT.assess(attendances, D.plusDays(30));
        assertThat(assessment.hoursAttended()).isEqualByComparingTo("16");
        assertThat(assessment.hoursLeft()).isEqualByComparingTo("0");
        assertThat(assessment.requirements()).extracting(PvtAssessment.State::metOn)
                .containsExactly(D.plusDays(7), D, D.plusDays(3), null);
        assertThat(assessment.readyOn()).contains(D.plusDays(7));
        PvtAssessment before = DEFAULT.assess(attendances, D.plusDays(6));
        assertThat(before.hoursAttended()).isEqualByComparingTo("8");
        assertThat(before.readyToSign()).isFalse();
        assertThat(before.unmet()).extracting(PvtAssessment.State::left)
                .containsExactly("8 of 12 hours attended; 4 hours to go");
    }

    @Test
    void requiredTopicsMustBeAmongTheTopics() {
        assertThatThrownBy(() -> new PvtRulesConfig(BigDecimal.TEN, true, true, TOPICS, List.of("COOKING")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COOKING");
    }
}
