-- plan.established names the level each language component must be passed at (issue 8 item 1): DUO's PIP level
-- is the minimum over the components (A2 after any afschalen), so it cannot say that READING is still required at
-- B1. Stored as "READING:B1,LISTENING:B1,..."; null in rows written before this column, which are then derived
-- from route, level and A2 permissions on read (PlanEstablished.deriveRequiredLevels).
alter table participant_replica add column plan_required_levels varchar(80);
