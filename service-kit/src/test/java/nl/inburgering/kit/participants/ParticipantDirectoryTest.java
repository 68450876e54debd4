package nl.inburgering.kit.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: find reads the target-group changes aggregated in its one statement; this is their parsing. The statement
 * itself is proved against the database in the services' replica tests (exam-service ParticipantReplicaTest).
 */
class ParticipantDirectoryTest {

    @Test
    void noChangesAggregateToNullAndParseToNone() {
        assertThat(ParticipantDirectory.changes(null)).isEmpty();
        assertThat(ParticipantDirectory.changes("")).isEmpty();
    }

    @Test
    void eachChangeHasItsDateGroupAndRights() {
        assertThat(ParticipantDirectory.changes("2026-03-01 FAMILY_OR_OTHER_MIGRANT MIGRANT_RIGHTS_GRANTED_ON_REQUEST,"
                + "2026-05-01 FAMILY_OR_OTHER_MIGRANT ASYLUM_RIGHTS_KEPT,"
                + "2026-08-01 ASYLUM_PERMIT_HOLDER ASYLUM_RIGHTS_GRANTED")).containsExactly(
                new TargetGroupHistory.Change(LocalDate.of(2026, 3, 1), TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                        RightsAfterChange.MIGRANT_RIGHTS_GRANTED_ON_REQUEST),
                new TargetGroupHistory.Change(LocalDate.of(2026, 5, 1), TargetGroup.FAMILY_OR_OTHER_MIGRANT,
                        RightsAfterChange.ASYLUM_RIGHTS_KEPT),
                new TargetGroupHistory.Change(LocalDate.of(2026, 8, 1), TargetGroup.ASYLUM_PERMIT_HOLDER,
                        RightsAfterChange.ASYLUM_RIGHTS_GRANTED));
    }
}
