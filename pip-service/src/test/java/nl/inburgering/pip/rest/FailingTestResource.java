package nl.inburgering.pip.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint (src/test): an unexpected failure whose message must never reach the caller. */
@Path("/v1/test-only/failure")
public class FailingTestResource {

    @GET
    @RolesAllowed("duo")
    public String fail() {
        throw new IllegalStateException("select * from participant where bsn = '999990019'");
    }
}
