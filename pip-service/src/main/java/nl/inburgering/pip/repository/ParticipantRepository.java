package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.rules.ProgressStatus;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The participant with this BSN's HMAC ({@code BsnProtection.hmac}): the BSN itself is not stored. */
    public Uni<Participant> findByBsnHmac(byte[] bsnHmac) {
        return find("bsnHmac", bsnHmac).firstResult();
    }

    /** One page of a municipality's participants, in a stable order (created, then id). */
    public Uni<List<Participant>> listOfMunicipality(String municipalityCode, ProgressStatus status, int page,
            int pageSize) {
        Sort order = Sort.by("id");
        var query = status == null
                ? find("municipalityCode", order, municipalityCode)
                : find("municipalityCode = ?1 and status = ?2", order, municipalityCode, status);
        return query.page(Page.of(page - 1, pageSize)).list();
    }

    public Uni<Long> countOfMunicipality(String municipalityCode, ProgressStatus status) {
        return status == null
                ? count("municipalityCode", municipalityCode)
                : count("municipalityCode = ?1 and status = ?2", municipalityCode, status);
    }
}
