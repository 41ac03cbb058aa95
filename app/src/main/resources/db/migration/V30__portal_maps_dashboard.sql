-- What people see: the public portal (posts in Korean and English with their files, programme pages), map
-- boundaries imported from GeoJSON/TopoJSON, and the change log that keeps the dashboard's in-memory index of
-- acts current without rescanning the act table.

-- A post on the public news board. publish_at NULL = draft; in the future = scheduled; withdrawn_at set = taken
-- down (it stays in the editors' list and can be published again).
CREATE TABLE portal_post (
    id            uuid PRIMARY KEY,
    category      text NOT NULL CHECK (category IN ('general', 'event', 'statement', 'submission', 'appeal', 'press')),
    publish_at    timestamptz,
    withdrawn_at  timestamptz,
    view_count    bigint NOT NULL DEFAULT 0 CHECK (view_count >= 0),
    created_by    uuid REFERENCES app_user (id),
    version       int NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_post_live ON portal_post (publish_at DESC) WHERE withdrawn_at IS NULL AND publish_at IS NOT NULL;

-- One language version of a post. body_html is the sanitized rendering of body_markdown, stored so that the
-- public pages never run the Markdown renderer on a request.
CREATE TABLE portal_post_text (
    post_id        uuid NOT NULL REFERENCES portal_post (id) ON DELETE CASCADE,
    language       text NOT NULL CHECK (language IN ('en', 'ko')),
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    summary        text CHECK (length(summary) <= 600),
    body_markdown  text NOT NULL CHECK (length(body_markdown) <= 200000),
    body_html      text NOT NULL,
    PRIMARY KEY (post_id, language)
);

-- A file published with a post (the submission DOCX/PDF itself). Public by nature: kept in the database (and so in
-- backups), checked against its SHA-256 when served. language NULL = for both versions.
CREATE TABLE portal_attachment (
    id          uuid PRIMARY KEY,
    post_id     uuid NOT NULL REFERENCES portal_post (id) ON DELETE CASCADE,
    language    text CHECK (language IN ('en', 'ko')),
    file_name   text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    media_type  text NOT NULL,
    size_bytes  bigint NOT NULL CHECK (size_bytes > 0),
    sha256      bytea NOT NULL CHECK (length(sha256) = 32),
    content     bytea NOT NULL,
    created_by  uuid REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_attachment_post ON portal_attachment (post_id, created_at);

-- A programme page (advocacy and campaigns, youth programmes, public education, refugee rescue…).
CREATE TABLE portal_page (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    sort_order  int NOT NULL DEFAULT 0,
    published   boolean NOT NULL DEFAULT false,
    version     int NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE portal_page_text (
    page_id        uuid NOT NULL REFERENCES portal_page (id) ON DELETE CASCADE,
    language       text NOT NULL CHECK (language IN ('en', 'ko')),
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body_markdown  text NOT NULL CHECK (length(body_markdown) <= 200000),
    body_html      text NOT NULL,
    PRIMARY KEY (page_id, language)
);

-- Administrative boundaries for the maps, simplified at import. geometry is a GeoJSON MultiPolygon's coordinates
-- ([[[[lon, lat], …]]]); the bounding box lets a map skip what it does not show.
CREATE TABLE boundary (
    id          uuid PRIMARY KEY,
    feature_key text NOT NULL UNIQUE,
    name_en     text,
    name_ko     text,
    level       text NOT NULL CHECK (level IN ('country', 'province', 'county', 'other')),
    geometry    text NOT NULL,
    min_lon     double precision NOT NULL,
    min_lat     double precision NOT NULL,
    max_lon     double precision NOT NULL,
    max_lat     double precision NOT NULL,
    source      text NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now()
);

-- Every change that alters what the dashboard counts for an act: the act itself, its perpetrators, its victim's
-- sex or birth year. The dashboard reads the entries after the last one it saw and reloads only those acts;
-- entries older than a day are pruned when an index loads in full.
CREATE TABLE act_change (
    seq     bigserial PRIMARY KEY,
    act_id  uuid NOT NULL,
    at      timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION act_change_from_act() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO act_change (act_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END
$$;
CREATE TRIGGER act_change_act AFTER INSERT OR UPDATE OR DELETE ON act
    FOR EACH ROW EXECUTE FUNCTION act_change_from_act();

CREATE FUNCTION act_change_from_involvement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO act_change (act_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.act_id ELSE NEW.act_id END);
    RETURN NULL;
END
$$;
CREATE TRIGGER act_change_involvement AFTER INSERT OR UPDATE OR DELETE ON involvement
    FOR EACH ROW EXECUTE FUNCTION act_change_from_involvement();

CREATE FUNCTION act_change_from_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sex IS DISTINCT FROM OLD.sex OR NEW.birth_year IS DISTINCT FROM OLD.birth_year THEN
        INSERT INTO act_change (act_id) SELECT id FROM act WHERE victim_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER act_change_person AFTER UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION act_change_from_person();
