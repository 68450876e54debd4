-- plan.deleted: a PIP deleted before its term started. The replica forgets the plan (and the initial PIP's
-- date: a PIP established later is the initial one again) and remembers the deleted plan's id, so that a
-- plan.established of that plan arriving after the deletion (a replay) does not bring it back.
alter table participant_replica add column deleted_plan_id uuid;
