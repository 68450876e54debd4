-- Issue 11 item 5: the requirements still open as last published in integration.outstanding-changed (comma
-- separated, enum order); null until the first. deadline-service's term.exceeded names them.
alter table participant add column outstanding_published varchar(80);
