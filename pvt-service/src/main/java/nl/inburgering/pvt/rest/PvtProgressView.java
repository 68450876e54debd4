package nl.inburgering.pvt.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.inburgering.kit.explain.Explanation;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.pvt.domain.rules.PvtAssessment;
import nl.inburgering.pvt.domain.rules.PvtRequirement;
import nl.inburgering.pvt.service.PvtService.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the participant's PVT stands: the hours against the 12, each requirement, what is left, and every entry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PvtProgress", description = "The participant's participatieverklaringstraject (PVT): hours attended "
        + "against the hours required (N12), each requirement of the signing with its state, what is left and why, "
        + "the signing, every attendance and the sessions enrolled in.")
public record PvtProgressView(
        UUID participantId,
        @Schema(description = "The route of the current PIP; the PVT applies to every route", example = "EDUCATION")
        Route route,
        @Schema(description = "Hours attended (withdrawn ones not counted)", example = "9.5") BigDecimal hoursAttended,
        @Schema(description = "Hours required (N12, pvt.hours-required)", example = "12") BigDecimal hoursRequired,
        @Schema(description = "Hours to go", example = "2.5") BigDecimal hoursLeft,
        @Schema(description = "Whether every requirement is met, so the statement may be signed today")
        boolean readyToSign,
        @Schema(description = "Whether the statement is signed (a signing that stands)") boolean signed,
        @Schema(description = "Datum ondertekening PVT; absent while not signed", example = "2026-11-20")
        LocalDate signedOn,
        @Schema(description = "Each requirement of the signing") List<Requirement> requirements,
        @Schema(description = "What is left, each with the rule that asks for it, in words for the participant")
        List<Left> outstanding,
        @Schema(description = "The signing that stands") SigningView signing,
        @Schema(description = "Signings withdrawn (recorded in error), oldest first") List<SigningView> withdrawnSignings,
        @Schema(description = "Every attendance, withdrawn ones too, oldest first") List<AttendanceView> attendances,
        @Schema(description = "The sessions the participant is enrolled in, by date") List<SessionView> sessions) {

    @Schema(name = "PvtRequirement")
    public record Requirement(
            @Schema(example = "HOURS") PvtRequirement requirement,
            @Schema(example = "N12") String rule,
            @Schema(description = "Whether the configuration asks for it") boolean required,
            boolean met,
            @Schema(description = "The day it became met", example = "2026-10-15") LocalDate metOn,
            @Schema(description = "The rule explained: a plain sentence in Dutch or English (Accept-Language) and "
                    + "its legal source") Explanation explanation) {
    }

    @Schema(name = "PvtLeft")
    public record Left(@Schema(example = "N12") String rule,
            @Schema(example = "9.5 of 12 hours attended; 2.5 hours to go") String text,
            @Schema(description = "The rule explained") Explanation explanation) {
    }

    static PvtProgressView of(Progress p, Function<String, Explanation> explain) {
        PvtAssessment a = p.assessment();
        List<Left> left = new ArrayList<>();
        if (p.signing() == null) {
            a.unmet().forEach(s -> left.add(new Left(s.rule(), s.left(), explain.apply(s.rule()))));
            left.add(new Left("PVT-SIGNING", a.readyToSign()
                    ? "the participation statement is ready to be signed"
                    : "then the participation statement is signed", explain.apply("PVT-SIGNING")));
        }
        return new PvtProgressView(p.participant().participantId(),
                p.participant().plan() == null ? null : p.participant().plan().route(), Hours.plain(a.hoursAttended()),
                Hours.plain(a.hoursRequired()), Hours.plain(a.hoursLeft()), p.signing() == null && a.readyToSign(), p.signing() != null,
                p.signing() == null ? null : p.signing().signedOn,
                a.requirements().stream().map(s -> new Requirement(s.requirement(), s.rule(), s.required(), s.met(),
                        s.metOn(), explain.apply(s.rule()))).toList(),
                left, p.signing() == null ? null : SigningView.of(p.signing()),
                p.withdrawnSignings().stream().map(SigningView::of).toList(),
                p.attendances().stream().map(AttendanceView::of).toList(),
                p.sessions().stream().map(SessionView::of).toList());
    }
}
