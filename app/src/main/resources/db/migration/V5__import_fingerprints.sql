-- What each imported row looked like, as a keyed hash (never the content): re-importing an unchanged row is a
-- no-op, a changed row updates the record.
CREATE TABLE import_fingerprint (
    entity       text NOT NULL,
    external_id  text NOT NULL,
    fingerprint  bytea NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entity, external_id)
);
