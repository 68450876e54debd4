-- Why a record was written, where the action alone does not say (issue 13): the purpose a BSN was disclosed for,
-- the DUO event code of a notification, DUO's answer to an outbound call. A code or a short sentence; never a BSN.
alter table audit_record add column reason varchar(200);
