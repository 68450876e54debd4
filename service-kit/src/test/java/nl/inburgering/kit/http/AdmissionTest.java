package nl.inburgering.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: the API's bulkhead — at most N at once, the rest in arrival order, a bounded queue, cancellation. */
class AdmissionTest {

    private final List<String> admitted = new ArrayList<>();

    private Admission.Entry enter(Admission a, String who) {
        return a.enter(() -> admitted.add(who));
    }

    @Test
    void upToTheLimitEnterAtOnce_issue15() {
        Admission a = new Admission(2, 5);
        assertThat(enter(a, "a").outcome()).isEqualTo(Admission.Outcome.ADMITTED);
        assertThat(enter(a, "b").outcome()).isEqualTo(Admission.Outcome.ADMITTED);
        assertThat(enter(a, "c").outcome()).isEqualTo(Admission.Outcome.QUEUED);
        assertThat(a.holders()).isEqualTo(2);
        assertThat(a.waiting()).isEqualTo(1);
        assertThat(admitted).isEmpty(); // the callback is for the queued, when their turn comes
    }

    @Test
    void aReleaseAdmitsTheLongestWaiterAndKeepsTheCount_issue15() {
        Admission a = new Admission(1, 5);
        enter(a, "a");
        enter(a, "b");
        enter(a, "c");
        a.release();
        assertThat(admitted).containsExactly("b");
        assertThat(a.holders()).isEqualTo(1);
        a.release();
        assertThat(admitted).containsExactly("b", "c");
        a.release();
        assertThat(a.holders()).isZero();
        assertThat(a.waiting()).isZero();
    }

    @Test
    void aFullQueueRefuses_issue15() {
        Admission a = new Admission(1, 1);
        enter(a, "a");
        assertThat(enter(a, "b").outcome()).isEqualTo(Admission.Outcome.QUEUED);
        assertThat(enter(a, "c").outcome()).isEqualTo(Admission.Outcome.REFUSED);
        assertThat(a.waiting()).isEqualTo(1);
    }

    @Test
    void aNewcomerDoesNotOvertakeTheQueue_issue15() {
        Admission a = new Admission(1, 5);
        enter(a, "a");
        enter(a, "b");
        // "a" leaves: its place passes to "b", so a newcomer still waits
        a.release();
        assertThat(enter(a, "c").outcome()).isEqualTo(Admission.Outcome.QUEUED);
    }

    @Test
    void aCancelledWaiterIsNeverAdmittedAndFreesItsPlaceInTheQueue_issue15() {
        Admission a = new Admission(1, 1);
        enter(a, "a");
        Admission.Entry b = enter(a, "b");
        assertThat(a.cancel(b.ticket())).isTrue();
        assertThat(a.waiting()).isZero();
        assertThat(enter(a, "c").outcome()).isEqualTo(Admission.Outcome.QUEUED);
        a.release();
        assertThat(admitted).containsExactly("c");
        assertThat(a.cancel(b.ticket())).as("cancelled twice: still not admitted").isTrue();
    }

    @Test
    void cancellingAnAdmittedWaiterSaysSoAndItKeepsItsPlace_issue15() {
        Admission a = new Admission(1, 1);
        enter(a, "a");
        Admission.Entry b = enter(a, "b");
        a.release();
        assertThat(a.cancel(b.ticket())).isFalse();
        assertThat(a.holders()).isEqualTo(1);
    }

    @Test
    void moreReleasesThanHoldersIsADefect() {
        Admission a = new Admission(1, 1);
        assertThatThrownBy(a::release).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new Admission(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
