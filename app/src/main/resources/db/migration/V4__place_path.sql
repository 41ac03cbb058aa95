-- A place named with its parents, for lists and reports: "Onsong, North Hamgyong, KP".
CREATE FUNCTION place_path(place_id uuid, lang text) RETURNS text
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up (id, parent_id, name, depth) AS (
        SELECT id, parent_id, CASE WHEN lang = 'ko' THEN coalesce(name_ko, name_en) ELSE name_en END, 0
        FROM place WHERE id = place_id
        UNION ALL
        SELECT p.id, p.parent_id, CASE WHEN lang = 'ko' THEN coalesce(p.name_ko, p.name_en) ELSE p.name_en END, up.depth + 1
        FROM place p JOIN up ON p.id = up.parent_id
        WHERE up.depth < 10
    )
    SELECT string_agg(name, ', ' ORDER BY depth) FROM up
$$;
