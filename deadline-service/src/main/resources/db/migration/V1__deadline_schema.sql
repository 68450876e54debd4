-- deadline-service: the inburgeringstermijn of each participant (issue 11, first cut: the term itself).

-- One row per participant: the term as deadline-service decided it. It starts from the initial PIP and never moves
-- on a revision; when that PIP is deleted before the term started (DUO-PIP-7) the row is kept, marked void, and the
-- next initial PIP starts the term again.
create table term (
    participant_id          uuid        primary key,
    initial_plan_id         uuid        not null,
    initial_date_of_issue   date        not null,
    start_date              date        not null,
    end_date_exclusive      date        not null,
    municipality_code       varchar(6),
    started_by_event        uuid        not null,
    recorded_at             timestamptz not null,
    voided_on               date,
    voided_by_event         uuid
);
