package nl.inburgering.pvt.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant enrolled in a session. */
@Entity
@Table(name = "pvt_enrolment")
@IdClass(PvtEnrolment.Key.class)
public class PvtEnrolment extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "enrolled_by", nullable = false)
    public String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    /** The composite key (session, participant). */
    public static class Key implements Serializable {

        public UUID sessionId;
        public UUID participantId;

        public Key() {
        }

        public Key(UUID sessionId, UUID participantId) {
            this.sessionId = sessionId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId)
                    && Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, participantId);
        }
    }
}
