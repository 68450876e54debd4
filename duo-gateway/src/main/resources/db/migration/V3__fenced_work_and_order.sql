-- Issue 13 review: the durable work made safe.
-- Kinds of task: IN: DUO's gebeurtenisId (SS101 ...); OUT: PIP, PIP_DELETE, MAP, PVT, ZROUTE, UREN (followed hours).
-- DISCARDED: an operator set it aside with a reason (audited), or it came from before the reports' cut-over, or a
-- DEAD notification outlived its retention; a replay makes it PENDING again.
alter table task drop constraint task_status_check;
alter table task add constraint task_status_check
    check (status in ('PENDING', 'RUNNING', 'DONE', 'DEAD', 'DISCARDED'));
-- Fencing: a claim's token; finishing, and renewing the lease, only under the token that claimed it.
alter table task add column lease_token uuid;
-- How often the task's worker died (its lease ran out) while it ran: DEAD at the next claim past the limit.
alter table task add column lease_expiries integer not null default 0;
-- Transient failures are retried for a window from here: the queueing, or an operator's replay.
alter table task add column retry_since timestamptz;
update task set retry_since = created_at;
alter table task alter column retry_since set not null;
-- IN: a keyed HMAC of the notification's BSN (never the BSN), so one person's notifications run one at a time in
-- the order DUO sent them.
alter table task add column subject_key bytea;

-- The claim looks at open tasks only; DEAD ones are looked up per participant (a report waiting for its PIP).
drop index task_due;
drop index task_participant;
create index task_claimable on task (seq) where status in ('PENDING', 'RUNNING');
create index task_open_report on task (participant_id, kind, seq) where direction = 'OUT'
    and status in ('PENDING', 'RUNNING', 'DEAD');
create index task_open_subject on task (subject_key, seq) where direction = 'IN' and status in ('PENDING', 'RUNNING');
create index task_finished on task (done_at) where status in ('DONE', 'DISCARDED');

-- DUO has a PIP of this participant from us (a DONE PIP report; none again after a DONE delete): what a MAP, PVT,
-- Z-route or hours report needs first. Kept here, not read from DONE tasks, which are purged.
alter table person add column pip_reported_at timestamptz;
-- What the DONE reports so far say: a PIP reported and not deleted since.
insert into person (participant_id, pip_reported_at)
select p.participant_id, max(p.done_at) from task p where p.direction = 'OUT' and p.kind = 'PIP' and p.status = 'DONE'
    and not exists (select 1 from task d where d.direction = 'OUT' and d.kind = 'PIP_DELETE' and d.status = 'DONE'
        and d.participant_id = p.participant_id and d.seq > p.seq)
group by p.participant_id
on conflict (participant_id) do update set pip_reported_at = excluded.pip_reported_at;
