package nl.inburgering.kit.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * A participant's target group over time (SS124 asielstatushouder → gezins-/overige migrant, SS125 back;
 * {@code participant.target-group-changed} with its {@code effectiveDate}). DUO may report a change before it takes
 * effect: a change is in force from its effective date on (inclusive), never from its arrival (issue 8 item 3).
 * Rules that depend on the group ask for the day they judge, e.g. the payment rules for the day an attempt is
 * <em>registered</em>, so a change never re-prices earlier registrations ({@code wi2021-rules.md} §11 E11).
 *
 * <p>The group and the rights can differ (issue 8 item 4, DUO AsielrechtenWijzigingVerblijfsdoel): a family migrant
 * who kept asylum rights ("Behoud asielrechten") keeps the free exam attempts and the asylum Z-route hours;
 * {@link #rightsOn} answers whose rights apply.
 *
 * @param initial the group at registration of the participant
 * @param changes the changes, in any order
 */
public record TargetGroupHistory(TargetGroup initial, List<Change> changes) {

    /** One change, in force from {@code effectiveDate} (inclusive), with the rights that apply from then. */
    public record Change(LocalDate effectiveDate, TargetGroup targetGroup, RightsAfterChange rights) {
        public Change {
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            Objects.requireNonNull(targetGroup, "targetGroup");
            rights = rights == null ? RightsAfterChange.defaultFor(targetGroup) : rights;
        }

        /** A change with the rights of the new group. */
        public Change(LocalDate effectiveDate, TargetGroup targetGroup) {
            this(effectiveDate, targetGroup, null);
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
        return withChange(new Change(effectiveDate, targetGroup));
    }

    public TargetGroupHistory withChange(Change change) {
        List<Change> more = new ArrayList<>(changes);
        more.add(change);
        return new TargetGroupHistory(initial, more);
    }

    /** The group in force on {@code date}: the last change effective on or before it, else the initial group. */
    public TargetGroup on(LocalDate date) {
        Change change = changeInForce(date);
        return change == null ? initial : change.targetGroup();
    }

    /**
     * The target group whose rights apply on {@code date}: the group in force, unless the change that put it in
     * force kept the other group's rights (Behoud asielrechten; Op verzoek behoud rechten van gezins- en overige
     * migrant).
     */
    public TargetGroup rightsOn(LocalDate date) {
        Change change = changeInForce(date);
        if (change == null) {
            return initial;
        }
        return change.rights().asylumRights() ? TargetGroup.ASYLUM_PERMIT_HOLDER : TargetGroup.FAMILY_OR_OTHER_MIGRANT;
    }

    private Change changeInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Change inForce = null;
        for (Change c : changes) {
            if (c.effectiveDate().isAfter(date)) {
                break;
            }
            inForce = c;
        }
        return inForce;
    }
}
