package nl.inburgering.pvt.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The participant's lock row: every change to their PVT takes it first (PvtRepository#lockCase). */
@Entity
@Table(name = "pvt_case")
public class PvtCase extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;
}
