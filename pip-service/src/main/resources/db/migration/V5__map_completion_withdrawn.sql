-- Issue 9 item 4: map.completion-withdrawn. A withdrawal is stored as the MAP's dated fact with withdrawn = true
-- (fact_date = the interview withdrawn), so the one recorded last (CloudEvent time) of map.completed and the
-- withdrawal wins, whatever order they arrive in; a withdrawn fact meets no requirement.
alter table completion_fact add column withdrawn boolean not null default false;
