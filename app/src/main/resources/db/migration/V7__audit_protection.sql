-- The audit log is append-only for the role that runs the application: UPDATE, DELETE and TRUNCATE are revoked
-- from it (Kirok connects as a non-superuser role that owns the schema; the embedded cluster creates one). Only
-- someone with another, privileged account can alter rows, and the hash chain then shows where.
ALTER TABLE audit_head RENAME TO audit_tip;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;
