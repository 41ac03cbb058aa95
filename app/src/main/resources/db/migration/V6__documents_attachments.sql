-- Attachments are evidence: an original is never changed. The application only ever inserts them; this trigger
-- makes the database refuse an UPDATE too, from any client, so a stray statement cannot rewrite a file's recorded
-- SHA-256, size or storage key. (Someone who can drop the trigger can also tamper: downloads re-verify the file
-- against the stored SHA-256 and the sealed chunks authenticate themselves, so that is detected, not prevented.)
-- A working copy is a new row with derived_from set. DELETE stays possible for the erasure of a whole source.

CREATE FUNCTION attachment_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'attachment % is an original and cannot be changed; upload a working copy instead', OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER attachment_immutable BEFORE UPDATE ON attachment
    FOR EACH ROW EXECUTE FUNCTION attachment_is_immutable();

-- the attachments of a source are listed on every source page
CREATE INDEX attachment_source ON attachment (source_id, created_at);
CREATE INDEX attachment_derived_from ON attachment (derived_from) WHERE derived_from IS NOT NULL;
