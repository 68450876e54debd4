package nl.inburgering.exam.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.inburgering.exam.service.ParticipantExamsService;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/exams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants' exams (examens van een inburgeringsplichtige)")
public class ParticipantExamsResource {

    @Inject
    ParticipantExamsService service;

    @Inject
    ExamViews views;

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "A participant's exams (examenoverzicht)",
            description = "Every registration (examenaanmelding) with its attempt (poging), payer (betaler) and "
                    + "result (uitslag), the components passed (behaalde onderdelen, per component the highest level) "
                    + "and the free attempts left (gratis pogingen). Participants see their own, officers their "
                    + "municipality's; anyone else gets 404.")
    public Uni<ParticipantExamsView> overview(@PathParam("participantId") UUID participantId) {
        return service.overview(participantId).map(views::overview);
    }

    @GET
    @Path("free-attempts")
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "Free attempts left per component (gratis pogingen)",
            description = "Like DUO's GET /personen/{bsn}/examens/gratispogingen: per exam component (onderdeel) the "
                    + "free attempts left (gratisPogingenTegoed). An asylum permit holder (asielstatushouder) has 2 "
                    + "per component paid by the municipality (N7; configurable); a registration holds one until it "
                    + "is cancelled in time (tijdig afgemeld); attempts the participant paid do not count. Everyone "
                    + "else has 0.")
    public Uni<FreeAttemptsView> freeAttempts(@PathParam("participantId") UUID participantId) {
        return service.freeAttempts(participantId).map(FreeAttemptsView::of);
    }
}
