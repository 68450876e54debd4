-- Issue 11: a term brought along from another municipality (participant.registered's runningTerm, E10) has no
-- initial PIP here: its plan and dagtekening are unknown, not guessed.
alter table term alter column initial_plan_id drop not null;
alter table term alter column initial_date_of_issue drop not null;
