-- Second factor (TOTP, RFC 6238) with one-time recovery codes; data-sharing agreements with partner organisations.

ALTER TABLE app_user ADD COLUMN totp_pending_enc bytea;

CREATE TABLE recovery_code (
    user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  bytea NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- What a partner organisation may see of the records one organisation owns: which kinds of record, whether
-- identities stay hidden (pseudonymous), records from which date on; revocable. Deny unless an agreement says so.
CREATE TABLE sharing_agreement (
    id               uuid PRIMARY KEY,
    grantor_org_id   uuid REFERENCES organisation (id),
    partner_org_id   uuid NOT NULL REFERENCES organisation (id),
    kinds            text[] NOT NULL CHECK (kinds <@ ARRAY['acts', 'events', 'persons', 'testimonies', 'documents']::text[]),
    pseudonymous     boolean NOT NULL DEFAULT true,
    records_from     date,
    note             text,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    revoked_at       timestamptz,
    version          int NOT NULL DEFAULT 1
);
CREATE INDEX sharing_agreement_partner ON sharing_agreement (partner_org_id) WHERE revoked_at IS NULL;
