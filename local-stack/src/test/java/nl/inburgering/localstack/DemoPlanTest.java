package nl.inburgering.localstack;

import nl.inburgering.localstack.DemoPlan.Person;
import nl.inburgering.localstack.DemoPlan.PvtProgress;
import nl.inburgering.localstack.DemoPlan.Route;
import nl.inburgering.localstack.DemoPlan.Stage;
import nl.inburgering.localstack.DemoPlan.TargetGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final List<Person> PLAN = DemoPlan.generate(DemoPlan.DEFAULT_COUNT, DemoPlan.DEFAULT_SEED, TODAY);

    @Test
    void everyBsnPassesTheElevenTestAndIsUnique() {
        Set<String> seen = new HashSet<>();
        for (Person p : PLAN) {
            assertTrue(DemoPlan.elevenProof(p.bsn()), "11-test fails for " + p);
            assertTrue(seen.add(p.bsn()), "BSN twice: " + p);
            assertFalse(p.bsn().startsWith("9999"), "the READMEs' and tests' range: " + p);
        }
        List<String> many = DemoPlan.bsns(5000, new Random(7));
        assertEquals(5000, new HashSet<>(many).size());
        assertTrue(many.stream().allMatch(DemoPlan::elevenProof));
    }

    @Test
    void elevenProofAcceptsKnownTestBsnsAndRefusesOthers() {
        assertTrue(DemoPlan.elevenProof("999990019"));
        assertFalse(DemoPlan.elevenProof("999990018"));
        assertFalse(DemoPlan.elevenProof("12345678"));
    }

    @Test
    void theSameSeedAndDayGiveTheSamePlanAndAnotherSeedAnother() {
        assertEquals(PLAN, DemoPlan.generate(DemoPlan.DEFAULT_COUNT, DemoPlan.DEFAULT_SEED, TODAY));
        assertNotEquals(PLAN.stream().map(Person::bsn).toList(),
                DemoPlan.generate(DemoPlan.DEFAULT_COUNT, 99L, TODAY).stream().map(Person::bsn).toList());
    }

    @Test
    void theSpreadCoversEveryStageRouteTargetGroupAndMunicipality() {
        assertEquals(200, PLAN.size());
        assertEquals(EnumSet.allOf(Stage.class), PLAN.stream().map(Person::stage).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(TargetGroup.class), PLAN.stream().map(Person::targetGroup).collect(Collectors.toSet()));
        assertEquals(Set.copyOf(DemoPlan.MUNICIPALITIES), PLAN.stream().map(Person::municipality).collect(Collectors.toSet()));
        for (Stage s : List.of(Stage.PIP_ESTABLISHED, Stage.IN_PROGRESS, Stage.MODULES_DONE, Stage.COMPLETED,
                Stage.TERM_EXCEEDED)) {
            assertEquals(EnumSet.allOf(Route.class), PLAN.stream().filter(p -> p.stage() == s).map(Person::route)
                    .collect(Collectors.toSet()), "routes of " + s);
        }
        Map<String, Long> perMunicipality = PLAN.stream().collect(Collectors.groupingBy(Person::municipality,
                Collectors.counting()));
        assertTrue(perMunicipality.get("GM0363") > 100, "mostly Amsterdam: " + perMunicipality);
    }

    @Test
    void theSpreadHasMovesExemptionsExtensionsResultsAndExamRegistrations() {
        assertTrue(PLAN.stream().filter(p -> p.move() != null).count() >= 5);
        assertTrue(PLAN.stream().anyMatch(p -> p.exemption() != null && p.exemption().full()));
        assertTrue(PLAN.stream().anyMatch(p -> p.exemption() != null && !p.exemption().full()));
        assertTrue(PLAN.stream().anyMatch(p -> p.extension() != null && p.extension().granted()));
        assertTrue(PLAN.stream().anyMatch(p -> p.extension() != null && !p.extension().granted()));
        assertTrue(PLAN.stream().flatMap(p -> p.results().stream()).anyMatch(DemoPlan.ExamResult::passed));
        assertTrue(PLAN.stream().flatMap(p -> p.results().stream()).anyMatch(r -> !r.passed()));
        assertTrue(PLAN.stream().anyMatch(p -> !p.futureExams().isEmpty()));
        for (Person p : PLAN) {
            if (p.move() != null) {
                assertNotEquals(p.municipality(), p.move().toMunicipality(), p.toString());
            }
        }
    }

    @Test
    void aSmallCountStillHasOneParticipantPerStageAndTooSmallIsRefused() {
        List<Person> small = DemoPlan.generate(Stage.values().length, 1L, TODAY);
        assertEquals(EnumSet.allOf(Stage.class), small.stream().map(Person::stage).collect(Collectors.toSet()));
        assertEquals(37, DemoPlan.quotas(37).values().stream().mapToInt(Integer::intValue).sum());
        assertThrows(IllegalArgumentException.class, () -> DemoPlan.quotas(Stage.values().length - 1));
    }

    @Test
    void everyFactLiesOnOrBeforeTodayAndInTheOrderTheApisDemand() {
        LocalDate lastSession = DemoPlan.sessionDates(TODAY).get(2);
        for (Person p : PLAN) {
            String who = p.toString();
            assertFalse(p.obligationStart().isBefore(DemoPlan.WI2021_START), who);
            assertFalse(p.notification().isAfter(TODAY), who);
            if (p.intakeDate() != null) {
                assertFalse(p.intakeDate().isAfter(TODAY), who);
                assertFalse(p.intakeDate().isBefore(p.municipalityRegistration()), who);
            }
            if (p.hasPlan()) {
                assertFalse(p.planDate().isAfter(TODAY), who);
                assertFalse(p.planDate().isBefore(p.obligationStart()), who + ": DUO-PIP-1");
                assertFalse(p.planDate().isBefore(p.municipalityRegistration()), who + ": DUO-PIP-2");
            } else {
                assertTrue(p.results().isEmpty() && p.futureExams().isEmpty() && p.map() == null, who);
            }
            if (p.stage() == Stage.PIP_DEADLINE_MISSED) {
                assertTrue(p.notification().plusWeeks(10).isBefore(TODAY), who);
            }
            if (p.stage() == Stage.TERM_EXCEEDED) {
                assertTrue(p.planDate().plusDays(1).plusYears(3).isBefore(TODAY), who);
            }
            p.results().forEach(r -> {
                assertFalse(r.resultDate().isAfter(TODAY), who);
                assertFalse(r.resultDate().isBefore(r.examDate()), who);
            });
            p.futureExams().forEach(x -> assertTrue(x.examDate().isAfter(TODAY), who));
            if (p.map() != null && p.map().finalInterview() != null) {
                assertTrue(p.map().finalInterview().isAfter(p.planDate()), who + ": after the term's start");
                assertFalse(p.map().finalInterview().isAfter(TODAY), who);
                assertTrue(p.map().workFrom().plusDays(1).isBefore(p.map().finalInterview()), who);
            }
            if (p.pvt() == PvtProgress.SIGNED) {
                assertTrue(p.signedOn().isAfter(lastSession) && p.signedOn().isAfter(p.planDate()), who);
            }
            if (p.zroute() != null && p.zroute().completion() != null) {
                assertFalse(p.zroute().completion().isBefore(p.signedOn()), who);
                assertFalse(p.zroute().completion().isBefore(p.map().finalInterview()), who);
                assertFalse(p.zroute().lastHoursOn().isAfter(p.zroute().completion()), who);
            }
            if (p.move() != null) {
                assertTrue(p.move().movedOn().isAfter(p.planDate()) && !p.move().movedOn().isAfter(TODAY), who);
            }
            if (p.exemption() != null) {
                assertFalse(p.exemption().decidedOn().isAfter(TODAY), who);
            }
        }
    }

    @Test
    void aCompletedParticipantHasEveryRequirementOfItsRoute() {
        for (Person p : PLAN.stream().filter(p -> p.stage() == Stage.COMPLETED).toList()) {
            Set<String> passed = p.results().stream().filter(DemoPlan.ExamResult::passed)
                    .map(DemoPlan.ExamResult::component).collect(Collectors.toSet());
            assertEquals(PvtProgress.SIGNED, p.pvt(), p.toString());
            switch (p.route()) {
                case B1 -> {
                    assertEquals(Set.copyOf(DemoPlan.EXAM_COMPONENTS), passed, p.toString());
                    assertEquals(DemoPlan.MapProgress.COMPLETED, p.map().progress(), p.toString());
                }
                case EDUCATION -> {
                    assertEquals(Set.copyOf(DemoPlan.EXAM_COMPONENTS), passed, p.toString());
                    assertEquals(null, p.map(), p.toString());
                }
                case SELF_SUFFICIENCY -> {
                    assertEquals(DemoPlan.MapProgress.COMPLETED, p.map().progress(), p.toString());
                    assertTrue(p.zroute().completion() != null && p.zroute().courseHours() >= 800, p.toString());
                }
            }
        }
    }

    @Test
    void aParticipantPrintsWithoutItsBsn() {
        for (Person p : PLAN) {
            assertFalse(p.toString().contains(p.bsn()));
        }
        assertEquals("x ********* y", DemoHttp.mask("x 999990019 y"));
    }

    @Test
    void requestBodiesAreJsonWithDatesAsStringsAndNullsLeftOut() {
        assertEquals("{\"a\":\"2026-01-02\",\"b\":[1,true,\"B1\"],\"c\":\"q\\\"\"}", DemoHttp.json(DemoHttp.obj(
                "a", LocalDate.of(2026, 1, 2), "b", List.of(1, true, Route.B1), "c", "q\"", "d", null)));
    }
}
