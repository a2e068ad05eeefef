--liquibase formatted sql

--changeset cds:080-changelog-primary-key
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = DATABASE() AND table_name = 'DATABASECHANGELOG' AND constraint_type = 'PRIMARY KEY'
-- Galera (docs/deployment.md, "Cluster") replicates a table without a primary key badly: every replicated row
-- change is applied with a scan of the whole table, and certification falls back to a key made of the row's
-- whole content. Every table of ours has one; Liquibase's own history table, which Liquibase creates without
-- one, gets the changeset's identity (id, author, file) as its key. The first changesets of a new database are
-- recorded before this one runs: harmless with Galera's default wsrep_certify_nonPK=ON (the cluster scripts
-- keep innodb_force_primary_key off for that reason).
ALTER TABLE DATABASECHANGELOG ADD PRIMARY KEY (ID, AUTHOR, FILENAME);
