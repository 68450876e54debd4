package nl.inburgering.map.service.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.map.domain.WorkExperienceKind;
import nl.inburgering.map.domain.rules.FinalInterviewOutcome;
import nl.inburgering.map.domain.rules.MapPartKind;

/**
 * What the REST layer asks to record (or to correct an entry to): the fields of one kind of entry, the others null.
 * Input form (required fields, lengths, hours) is checked by the request records; the rules by the service.
 */
public record EntryCommand(MapPartKind kind, LocalDate date, String theme, WorkExperienceKind experienceKind,
        String organisation, BigDecimal hours, String description, String notes, FinalInterviewOutcome outcome,
        String desiredWork, String supportAgreed, Culpability culpableDelay) {

    public EntryCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    public static EntryCommand startInterview(LocalDate date, String notes) {
        return new EntryCommand(MapPartKind.START_INTERVIEW, date, null, null, null, null, null, notes, null, null,
                null, null);
    }

    public static EntryCommand theme(String theme, LocalDate completedOn) {
        return new EntryCommand(MapPartKind.THEME, completedOn, theme, null, null, null, null, null, null, null, null,
                null);
    }

    public static EntryCommand workExperience(LocalDate date, WorkExperienceKind kind, String organisation,
            BigDecimal hours, String description) {
        return new EntryCommand(MapPartKind.WORK_EXPERIENCE, date, null, kind, organisation, hours, description, null,
                null, null, null, null);
    }

    public static EntryCommand finalInterview(LocalDate date, FinalInterviewOutcome outcome, String desiredWork,
            String supportAgreed, Culpability culpableDelay) {
        return new EntryCommand(MapPartKind.FINAL_INTERVIEW, date, null, null, null, null, null, null, outcome,
                desiredWork, supportAgreed, culpableDelay);
    }
}
