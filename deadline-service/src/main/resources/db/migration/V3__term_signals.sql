-- Issue 11 item 5: the scheduler's signals. A signal is sent once per (participant, kind, key): the row is the claim,
-- inserted in the transaction that appends the event to the outbox, so two scheduler instances (or two runs on one
-- day) never send it twice; the one whose insert loses sends nothing.
create table term_signal (
    participant_id uuid        not null,
    kind           varchar(20) not null,
    signal_key     date        not null,
    sent_at        timestamptz not null,
    primary key (participant_id, kind, signal_key)
);
