package nl.inburgering.pip.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.inburgering.kit.problem.ProblemFactory;
import nl.inburgering.pip.service.PreconditionRequiredException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** pip-service's one problem type the service-kit does not have: 428 Precondition Required (RFC 6585). */
public class PipProblemMappers {

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return ProblemFactory.response(ProblemFactory.of(428, "precondition-required", "Precondition required",
                e.getMessage(), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "")));
    }
}
