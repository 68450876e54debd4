-- Why a record was written, where the action alone does not say (issue 13): the purpose a BSN was disclosed for,
-- the DUO event code of a notification, DUO's answer to an outbound call. A code or a short sentence; never a BSN.
-- Was V0_11 on the issue 13 branch, which clashed with V0_11__outbox_notify at the merge (Flyway refuses two
-- migrations of one version, so no service started); "if not exists" for a database that ran it under 0.11.
alter table audit_record add column if not exists reason varchar(200);
