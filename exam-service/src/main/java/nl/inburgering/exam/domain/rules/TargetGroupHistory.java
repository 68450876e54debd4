package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * A participant's target group over time (SS124 asielstatushouder → gezins-/overige migrant, SS125 back;
 * {@code participant.target-group-changed} with its {@code effectiveDate}). The payment rules use the group
 * in force on the day an attempt is <em>registered</em>: a change applies only to attempts registered on or
 * after its effective date, and never re-prices earlier registrations ({@code wi2021-rules.md} §11 E11).
 *
 * @param initial the group at registration of the participant
 * @param changes the changes, in any order
 */
public record TargetGroupHistory(TargetGroup initial, List<Change> changes) {

    /** One change, in force from {@code effectiveDate} (inclusive). */
    public record Change(LocalDate effectiveDate, TargetGroup targetGroup) {
        public Change {
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            Objects.requireNonNull(targetGroup, "targetGroup");
        }
    }

    public TargetGroupHistory {
        Objects.requireNonNull(initial, "initial");
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::effectiveDate));
        changes = List.copyOf(sorted);
    }

    public static TargetGroupHistory of(TargetGroup initial) {
        return new TargetGroupHistory(initial, List.of());
    }

    public TargetGroupHistory withChange(LocalDate effectiveDate, TargetGroup targetGroup) {
        List<Change> more = new ArrayList<>(changes);
        more.add(new Change(effectiveDate, targetGroup));
        return new TargetGroupHistory(initial, more);
    }

    /** The group in force on {@code date}: the last change effective on or before it, else the initial group. */
    public TargetGroup on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        TargetGroup group = initial;
        for (Change c : changes) {
            if (c.effectiveDate().isAfter(date)) {
                break;
            }
            group = c.targetGroup();
        }
        return group;
    }
}
