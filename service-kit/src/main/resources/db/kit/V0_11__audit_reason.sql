-- Why a record was written, where the action alone does not say (issue 13): the purpose a BSN was disclosed for,
-- the DUO event code of a notification, DUO's answer to an outbound call. A code or a short sentence; never a BSN.
-- Numbered V0_11 and the outbox trigger V0_12 after the issue 13 and issue 15 branches both took a number at
-- once (Flyway refuses two migrations of one version); "if not exists" for a dev database that ran it under
-- another number.
alter table audit_record add column if not exists reason varchar(200);
