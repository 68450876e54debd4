package nl.inburgering.pip.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.domain.DatedFact;
import nl.inburgering.pip.domain.PlanVersion;
import nl.inburgering.pip.domain.rules.ExamPass;
import nl.inburgering.pip.domain.rules.Exemption;
import nl.inburgering.pip.domain.rules.RecordedPlan;
import nl.inburgering.pip.repository.CompletionInputsRepository.StoredFacts;
import nl.inburgering.pip.repository.CompletionInputsRepository.Term;
import nl.inburgering.pip.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the completion check's inputs are read in one statement (DESIGN §2: the check is a pure function of every
 * stored fact). The one statement must give exactly what the entities give: the same rows, the same order (the rules
 * take the last PIP version as current and count passes in exam order), withdrawn MAP/PVT dates left out (issue 9
 * item 4), component sets parsed, nulls kept.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class CompletionInputsRepositoryTest {

    @Inject
    CompletionInputsRepository inputs;

    @Inject
    PlanRepository plans;

    @Inject
    DatedFactRepository datedFacts;

    @Inject
    ExemptionRepository exemptions;

    StoredFacts load(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> inputs.load(id)));
    }

    @Inject
    org.hibernate.reactive.mutiny.Mutiny.SessionFactory sessionFactory;

    /** Issue 15: a native select must not add a plan to Hibernate's cache on every execution (PlanCacheBypass). */
    @Test
    void readingTheInputsAgainAndAgainAddsNoQueryPlans() throws Throwable {
        UUID id = Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        load(id);
        int before = nl.inburgering.kit.testing.PlanCache.cachedPlans(sessionFactory);
        for (int i = 0; i < 50; i++) {
            load(id);
        }
        assertThat(nl.inburgering.kit.testing.PlanCache.cachedPlans(sessionFactory) - before)
                .as("query plans added by 50 reads").isLessThan(5);
    }

    @Test
    void aParticipantWithoutFactsHasEmptyInputsAndNoTerm() throws Throwable {
        UUID id = Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");

        StoredFacts facts = load(id);

        assertThat(facts.plans()).isEmpty();
        assertThat(facts.passes()).isEmpty();
        assertThat(facts.dated()).isEmpty();
        assertThat(facts.exemptions()).isEmpty();
        assertThat(facts.intakeStarted()).isFalse();
        assertThat(facts.term()).isNull();
    }

    @Test
    void everyStoredFactIsReadInItsRulesOrderAndEqualsWhatTheEntitiesGive() throws Throwable {
        UUID id = Api.register("GM0363", "FAMILY_OR_OTHER_MIGRANT");
        String p = "'" + id + "'";
        // stored out of order on purpose: version 2 first, the later exam first, the later exemption first
        Db.execute("insert into plan (id, plan_id, participant_id, plan_version, initial, route_switch, date_of_issue, "
                + "route, level, a2_permitted_components, municipality_code) values "
                + "(gen_random_uuid(), gen_random_uuid(), " + p + ", 2, false, true, '2026-05-01', 'B1', 'B1', "
                + "'LISTENING,SPEAKING', 'GM0363'), "
                + "(gen_random_uuid(), gen_random_uuid(), " + p + ", 1, true, false, '2026-02-01', 'EDUCATION', null, "
                + "'', 'GM0363')");
        Db.execute("insert into exam_pass (registration_id, participant_id, component, level, exam_date, result_date, "
                + "event_id) values "
                + "('00000000-0000-0000-0000-000000000003', " + p + ", 'KNM', null, '2026-06-10', '2026-06-20', 'e3'), "
                + "('00000000-0000-0000-0000-000000000002', " + p + ", 'READING', 'B1', '2026-06-01', '2026-06-12', 'e2'), "
                + "('00000000-0000-0000-0000-000000000001', " + p + ", 'WRITING', 'A2', '2026-06-01', '2026-06-11', 'e1')");
        Db.execute("insert into completion_fact (participant_id, kind, fact_date, recorded_at, event_id, withdrawn) "
                + "values (" + p + ", 'MAP_COMPLETED', '2026-07-01', now(), 'm', true), "
                + "(" + p + ", 'PVT_SIGNED', '2026-07-02', now(), 'v', false)");
        Db.execute("insert into exemption (id, participant_id, kind, ground, scope, components, valid_from, valid_until, "
                + "event_id, level, participation_hours_cap) values "
                + "(gen_random_uuid(), " + p + ", 'ONTHEFFING', 'MED', 'PARTIAL', 'KNM', '2026-09-01', null, 'x2', null, 12), "
                + "(gen_random_uuid(), " + p + ", 'VRIJSTELLING', 'DIP', 'PARTIAL', 'READING,WRITING', '2026-03-01', "
                + "'2026-12-31', 'x1', 'A2', null)");
        Db.execute("insert into intake (participant_id, interview_date, learnability_outcome) values (" + p
                + ", '2026-01-15', 'UNKNOWN')");
        Db.execute("insert into term (participant_id, start_date, end_date_exclusive, recorded_at) values (" + p
                + ", '2026-02-02', '2029-02-02', now())");

        StoredFacts facts = load(id);

        assertThat(facts.plans()).containsExactly(
                new RecordedPlan(1, true, false, LocalDate.parse("2026-02-01"), Route.EDUCATION, null, Set.of()),
                new RecordedPlan(2, false, true, LocalDate.parse("2026-05-01"), Route.B1, LanguageLevel.B1,
                        Set.of(ExamComponent.LISTENING, ExamComponent.SPEAKING)));
        assertThat(facts.passes()).as("oldest exam first, then by registration").containsExactly(
                new ExamPass(ExamComponent.WRITING, LanguageLevel.A2, LocalDate.parse("2026-06-01"),
                        LocalDate.parse("2026-06-11")),
                new ExamPass(ExamComponent.READING, LanguageLevel.B1, LocalDate.parse("2026-06-01"),
                        LocalDate.parse("2026-06-12")),
                new ExamPass(ExamComponent.KNM, null, LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-20")));
        assertThat(facts.dated()).as("a withdrawn MAP date is no date").isEqualTo(
                Map.of(DatedFact.PVT_SIGNED, LocalDate.parse("2026-07-02")));
        assertThat(facts.exemptions()).containsExactly(
                new Exemption(ExemptionKind.VRIJSTELLING, ExemptionScope.PARTIAL,
                        Set.of(ExamComponent.READING, ExamComponent.WRITING), LanguageLevel.A2,
                        LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31"), null),
                new Exemption(ExemptionKind.ONTHEFFING, ExemptionScope.PARTIAL, Set.of(ExamComponent.KNM), null,
                        LocalDate.parse("2026-09-01"), null, 12));
        assertThat(facts.intakeStarted()).isTrue();
        assertThat(facts.term()).isEqualTo(new Term(LocalDate.parse("2026-02-02"), LocalDate.parse("2029-02-02")));

        // the same as the entities and their repositories read them
        List<RecordedPlan> viaEntities = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> plans.versionsOf(id).map(v -> v.stream().map(PlanVersion::toRecord).toList())));
        assertThat(facts.plans()).isEqualTo(viaEntities);
        assertThat(facts.dated()).isEqualTo(VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> datedFacts.factsOf(id))));
        assertThat(facts.exemptions()).isEqualTo(VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> exemptions.exemptionsOf(id))));
    }
}
