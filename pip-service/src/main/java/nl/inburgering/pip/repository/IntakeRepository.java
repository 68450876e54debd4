package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.inburgering.pip.domain.Intake;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {
}
