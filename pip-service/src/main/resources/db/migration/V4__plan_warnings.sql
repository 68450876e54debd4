-- Issue 8 item 11: a PIP carries the warnings of rules the municipality may set aside with reason (N15: afschalen
-- with fewer than 600 hours of NT2 course), as a JSON list of {rule, detail}, kept with the version.
alter table plan add column warnings text not null default '[]';
