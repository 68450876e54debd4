package nl.inburgering.pip.rest;

import nl.inburgering.pip.service.ProgressService;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.inburgering.kit.explain.Explanation;
import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.rules.Closure;
import nl.inburgering.pip.domain.rules.CurrentPlan;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import nl.inburgering.pip.domain.rules.RequirementState;
import nl.inburgering.pip.domain.rules.RequirementStatus;
import nl.inburgering.pip.service.CompletionService.Evaluation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The progress view (voortgang): route, each requirement with its state, and the overall status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Progress", description = "Voortgang inburgering: the current route (leerroute), each requirement "
        + "(onderdeel) with its state, the fact behind it and its explanation (code, plain sentence in Dutch or English by "
        + "Accept-Language, legal source), and the overall status.")
public record ProgressView(
        UUID participantId,
        @Schema(description = "Overall status (REGISTERED, INTAKE, PLAN_ESTABLISHED, COMPLETED, EXEMPTED, OBLIGATION_ENDED)")
        ProgressStatus status,
        @Schema(description = "Route of the current PIP (leerroute); absent without a PIP") Route route,
        @Schema(description = "Version of the current PIP") Integer planVersion,
        @Schema(description = "The language level the current PIP asks for (B1-route and onderwijsroute)",
                example = "B1") nl.inburgering.contracts.vocabulary.LanguageLevel level,
        @Schema(description = "Date the last requirement was met (datum voldaan inburgeringsplicht), once completed")
        LocalDate completedOn,
        @Schema(description = "The PIP version whose requirements were met") Integer completedPlanVersion,
        @Schema(description = "What closed the case without completion (full exemption, end of obligation)")
        ClosureView closure,
        @Schema(description = "Every requirement, in a fixed order") List<RequirementView> requirements,
        @Schema(description = "The inburgeringstermijn as deadline-service published it (term.started, or the "
                + "running term a participant moved in with); absent before it is known") TermView term) {

    /** The view, each verdict explained by {@code explain} (in the request's language). */
    public static ProgressView of(ProgressService.Progress progress, Function<String, Explanation> explain) {
        Evaluation e = progress.evaluation();
        Participant p = e.participant();
        CurrentPlan plan = e.timeline().currentPlan();
        Closure closure = e.assessment().closure();
        return new ProgressView(p.id, p.status, plan == null ? null : plan.route(),
                plan == null ? null : plan.version(), plan == null ? null : plan.requiredLanguageLevel(), p.completedOn, p.completedPlanVersion,
                closure == null || p.completedOn != null ? null
                        : new ClosureView(closure.kind().name(), closure.on(), closure.fact(),
                                explain.apply(closure.rule())),
                e.assessment().requirements().values().stream().map(s -> RequirementView.of(s, explain)).toList(),
                progress.term() == null ? null
                        : new TermView(progress.term().startDate(), progress.term().endDateExclusive()));
    }

    /** The term (inburgeringstermijn). */
    @Schema(name = "ProgressTerm")
    public record TermView(
            @Schema(description = "Startdatum inburgeringstermijn: the first day inside the term", example = "2026-02-02")
            LocalDate startDate,
            @Schema(description = "Einddatum (exclusive): the first day after the term", example = "2029-02-02")
            LocalDate endDateExclusive) {
    }

    /** One requirement (onderdeel). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RequirementProgress")
    public record RequirementView(
            @Schema(description = "READING (lezen), LISTENING (luisteren), WRITING (schrijven), SPEAKING (spreken), "
                    + "KNM, MAP, PVT (participatieverklaring), ZROUTE (afronding Z-route)") CompletionRequirement requirement,
            @Schema(description = "DONE (behaald), OUTSTANDING (openstaand), EXEMPTED (vrijgesteld/ontheven), "
                    + "NOT_APPLICABLE (niet van toepassing)") RequirementState state,
            @Schema(description = "DONE: the day it was met; EXEMPTED: the day the exemption took effect") LocalDate date,
            @Schema(description = "The fact behind the state", example = "LE passed at B1 (exam 2026-04-02, result 2026-05-20)")
            String fact,
            @Schema(description = "The rule behind the state: its code, a plain sentence and the legal source")
            Explanation explanation) {

        static RequirementView of(RequirementStatus s, Function<String, Explanation> explain) {
            return new RequirementView(s.requirement(), s.state(), s.date(), s.fact(), explain.apply(s.rule()));
        }
    }

    /** A closure without completion. */
    @Schema(name = "Closure")
    public record ClosureView(
            @Schema(description = "EXEMPTED or OBLIGATION_ENDED") String kind,
            LocalDate on,
            String fact,
            @Schema(description = "Why the case closed: its code, a plain sentence and the legal source")
            Explanation explanation) {
    }
}
