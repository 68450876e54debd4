package nl.inburgering.bench.floor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The floor's two endpoints, behind the services' JWT verification: a read of one row by id and a write of one row.
 * Nothing else (no audit, outbox, access check), so that it is the least any service endpoint can cost.
 */
@Path("/v1/rows")
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

    public record RowView(UUID id, String name, String payload) {
        static RowView of(FloorRow r) {
            return new RowView(r.id, r.name, r.payload);
        }
    }

    public record NewRow(String name, String payload) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed("duo")
    @WithSession
    public Uni<RowView> get(@PathParam("id") UUID id) {
        return FloorRow.<FloorRow>findById(id).map(r -> {
            if (r == null) {
                throw new NotFoundException();
            }
            return RowView.of(r);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("duo")
    @WithTransaction
    public Uni<Response> create(NewRow body) {
        FloorRow row = new FloorRow();
        row.id = UUID.randomUUID();
        row.name = body.name();
        row.payload = body.payload();
        return row.<FloorRow>persist().map(r -> Response.created(URI.create("/v1/rows/" + r.id))
                .entity(RowView.of(r)).build());
    }
}
