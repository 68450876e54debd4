package nl.inburgering.exam.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.inburgering.exam.letter.ResultLetterRenderer;
import nl.inburgering.exam.service.ExamResultService;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/exam-registrations/{registrationId}/result-letter")
@Tag(name = "Exam results (uitslagen)")
public class ResultLetterResource {

    static final String PDF = "application/pdf";

    @Inject
    ExamResultService service;

    @Inject
    ResultLetterRenderer renderer;

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "The result letter (uitslagbrief) as PDF",
            description = "A letter in Dutch and English with the exam component (examenonderdeel), level "
                    + "(examenniveau), exam date (examendatum), result date (datum uitslag), outcome (uitslag) and "
                    + "the next step: nothing more after a pass; otherwise a resit (herexamen) and who pays for it "
                    + "if registered today — the municipality while free attempts (gratis pogingen) are left, "
                    + "otherwise the participant, €50 (N6, N7). 404 while no result has been recorded.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> letter(@PathParam("registrationId") UUID registrationId) {
        return service.letter(registrationId)
                // Rendering is CPU work: off the event loop, after the transaction has ended.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(renderer::render)
                .map(pdf -> Response.ok(pdf, PDF)
                        .header("Content-Disposition", "inline; filename=\"uitslag-" + registrationId + ".pdf\"")
                        .build());
    }
}
