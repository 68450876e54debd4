package nl.inburgering.pip.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import nl.inburgering.kit.explain.Explanations;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.service.ProgressService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress and completion (voortgang en voldaan)")
public class ProgressResource {

    @Inject
    ProgressService service;

    @Inject
    Explanations explanations;

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read progress towards completion (voortgang inburgering)",
            description = "The current learning route (leerroute) and every requirement (onderdeel) with its state: "
                    + "DONE on a date and by which fact (exam passed, MAP final interview, participation statement "
                    + "signed, Z-route final interview), OUTSTANDING, EXEMPTED (vrijstelling/ontheffing) or "
                    + "NOT_APPLICABLE, each with its explanation: a stable code, a plain sentence in Dutch or English "
                    + "(Accept-Language: nl, the default, or en) and the legal source (B1-route: four language exams at "
                    + "B1 or A2 where a later PIP permitted it, KNM, MAP, PVT; onderwijsroute: four language exams at "
                    + "the plan's level, KNM, PVT; zelfredzaamheidsroute: Z-route, MAP, PVT). Plus the overall "
                    + "status and, once completed, the date the last requirement was met (datum voldaan). Readable "
                    + "by the participant (own only), officers of their municipality, and DUO; others get 404.")
    public Uni<ProgressView> progress(@PathParam("participantId") UUID participantId, @Context HttpHeaders headers) {
        return service.progress(participantId).map(p -> ProgressView.of(p, explanations.forRequest(headers)));
    }
}
