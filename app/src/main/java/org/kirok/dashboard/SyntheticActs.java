package org.kirok.dashboard;

import org.jdbi.v3.core.Jdbi;

/**
 * Fills an empty database with synthetic acts for the dashboard benchmark, in SQL: 12 provinces with 15 counties
 * each (coordinates inside the DPRK's extent), 8 state organs with 2 units each, victims with sex and birth year
 * only (no names: nothing to encrypt), and acts whose type, place, perpetrator and year follow skewed (power-law)
 * distributions the way documentation databases do — a few types, counties and organs dominate.
 * Not for real installations: the bench runs on its own throw-away database.
 */
final class SyntheticActs {
    private final Jdbi jdbi;

    SyntheticActs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void create(int acts, int victims, java.util.function.IntConsumer progress) {
        jdbi.useHandle(handle -> {
            handle.execute("""
                    INSERT INTO place (id, level, name_en, name_ko, country_code, latitude, longitude, external_id)
                    VALUES ('00000000-0000-0000-0000-00000000b000', 'country', 'Bench country', '벤치 국가', 'KP', 40.0, 127.0, 'bench-KP')""");
            handle.execute("""
                    INSERT INTO place (id, level, name_en, name_ko, parent_id, country_code, latitude, longitude, external_id)
                    SELECT ('00000000-0000-0000-0000-0000000b' || lpad(p::text, 4, '0'))::uuid, 'province', 'Province ' || p,
                           '도 ' || p, '00000000-0000-0000-0000-00000000b000', 'KP', 38.2 + (p % 4) * 1.1, 124.8 + (p / 4) * 1.6,
                           'bench-P' || p
                    FROM generate_series(1, 12) p""");
            handle.execute("""
                    INSERT INTO place (id, level, name_en, name_ko, parent_id, country_code, latitude, longitude, external_id)
                    SELECT ('00000000-0000-0000-0000-000000c' || lpad(p::text, 2, '0') || lpad(c::text, 3, '0'))::uuid, 'county',
                           'County ' || p || '-' || c, '군 ' || p || '-' || c,
                           ('00000000-0000-0000-0000-0000000b' || lpad(p::text, 4, '0'))::uuid, 'KP',
                           38.2 + (p % 4) * 1.1 + (c % 5) * 0.18, 124.8 + (p / 4) * 1.6 + (c / 5) * 0.3, 'bench-C' || p || '-' || c
                    FROM generate_series(1, 12) p, generate_series(1, 15) c""");
            handle.execute("""
                    INSERT INTO organisation (id, kind, name_en, name_ko, external_id)
                    SELECT ('00000000-0000-0000-0000-0000000d' || lpad(o::text, 4, '0'))::uuid, 'state_organ', 'Organ ' || o,
                           '기관 ' || o, 'bench-O' || o FROM generate_series(1, 8) o""");
            handle.execute("""
                    INSERT INTO organisation (id, kind, name_en, name_ko, parent_id, external_id)
                    SELECT ('00000000-0000-0000-0000-000000e' || lpad(o::text, 2, '0') || lpad(u::text, 3, '0'))::uuid,
                           'state_organ', 'Organ ' || o || ' unit ' || u, '기관 ' || o || ' 부서 ' || u,
                           ('00000000-0000-0000-0000-0000000d' || lpad(o::text, 4, '0'))::uuid, 'bench-U' || o || '-' || u
                    FROM generate_series(1, 8) o, generate_series(1, 2) u""");
            handle.execute("""
                    INSERT INTO person (id, sex, birth_year, birth_year_precision, confidentiality, external_id)
                    SELECT gen_random_uuid(), CASE WHEN random() < 0.55 THEN 'F' WHEN random() < 0.97 THEN 'M' ELSE NULL END,
                           1930 + floor(random() * 80)::int, 'about', 'internal', 'bench-V' || v
                    FROM generate_series(1, ?) v""", victims);
        });
        int chunk = 100_000;
        for (int start = 0; start < acts; start += chunk) {
            int from = start;
            int to = Math.min(acts, from + chunk);
            jdbi.useTransaction(handle -> handle.execute("""
                    WITH types AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM vocab_term WHERE vocabulary = 'act_type'),
                         victims AS (SELECT array_agg(id) AS ids FROM person WHERE external_id LIKE 'bench-V%'),
                         counties AS (SELECT array_agg(id ORDER BY external_id) AS ids FROM place WHERE external_id LIKE 'bench-C%'),
                         chosen AS (
                           SELECT i, power(random(), 2.2) AS t, power(random(), 2.5) AS c, 2025 - floor(31 * power(random(), 1.4))::int AS y,
                                  1 + floor(random() * 365)::int AS d, random() AS k, random() AS r
                           FROM generate_series(?, ?) i)
                    INSERT INTO act (id, case_code, act_type_id, victim_id, date_start, date_end, date_precision, place_id,
                                     organisation_id, confidentiality)
                    SELECT gen_random_uuid(), 'B-' || lpad(i::text, 8, '0'),
                           types.ids[1 + floor(t * array_length(types.ids, 1))::int],
                           victims.ids[1 + floor(r * array_length(victims.ids, 1))::int],
                           CASE WHEN k < 0.7 THEN make_date(y, 1, 1) + (d - 1) ELSE make_date(y, 1, 1) END,
                           CASE WHEN k < 0.7 THEN make_date(y, 1, 1) + (d - 1) ELSE make_date(y, 12, 31) END,
                           CASE WHEN k < 0.7 THEN 'day' ELSE 'year' END,
                           CASE WHEN k < 0.97 THEN counties.ids[1 + floor(c * array_length(counties.ids, 1))::int] END,
                           NULL,
                           CASE WHEN k < 0.05 THEN 'public' WHEN k > 0.9 THEN 'restricted' ELSE 'internal' END
                    FROM chosen, types, victims, counties""", from + 1, to));
            jdbi.useTransaction(handle -> handle.execute("""
                    INSERT INTO involvement (id, act_id, perpetrator_org_id, degree_id)
                    SELECT gen_random_uuid(), a.id,
                           ('00000000-0000-0000-0000-000000e' || lpad((1 + floor(power(random(), 2) * 8))::int::text, 2, '0')
                             || lpad((1 + floor(random() * 2))::int::text, 3, '0'))::uuid,
                           (SELECT id FROM vocab_term WHERE vocabulary = 'involvement_degree' ORDER BY sort_order LIMIT 1)
                    FROM act a WHERE a.case_code BETWEEN ? AND ?""",
                    "B-" + String.format("%08d", from + 1), "B-" + String.format("%08d", to)));
            progress.accept(to);
        }
        jdbi.useHandle(handle -> handle.execute("ANALYZE"));
    }
}
