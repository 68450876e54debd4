package nl.inburgering.exam.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.exam.domain.rules.ExamFee;
import nl.inburgering.kit.http.Items;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/exam-components")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam catalogue (examenonderdelen)")
public class ExamCatalogueResource {

    @Inject
    ExamFee fee;

    @GET
    @Authenticated
    @Operation(summary = "List the exam components (examenonderdelen)",
            description = "The five components of the Wi2021 inburgeringsexamen with DUO's codes: READING (LE, lezen), "
                    + "LISTENING (LU, luisteren), WRITING (SC, schrijven), SPEAKING (SP, spreken) — each at level "
                    + "(examenniveau) A2, B1 or B2 — and KNM (kennis van de Nederlandse maatschappij), which has no "
                    + "level. With the fee of one attempt (examengeld, N6). Any role may read it.")
    public Items<ExamComponentView> list() {
        return Items.of(Arrays.stream(ExamComponent.values())
                .map(c -> ExamComponentView.of(c, fee.perAttemptCents())).toList());
    }
}
