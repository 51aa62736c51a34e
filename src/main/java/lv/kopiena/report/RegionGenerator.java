package lv.kopiena.report;

import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * Fills the database with a large region for measuring reports and lists at scale: 100 centres in
 * real Latvian municipalities (some registered under a former one), 2,000 institutions, 200
 * initiatives with 3 phases, funders and partners (every 15th also funded by the demo funder's
 * institution, so {@code funder} sees about 7% of the region), 200,000 participants, 50,000
 * activities over five years with priorities and target groups, about 2,000,000 named attendances
 * plus head counts, and about 1,250 workshops with 15,000 sign-ups of 2,000 educators. Everything is
 * written with set-based {@code INSERT ... SELECT} over recursive sequences, with explicit ids
 * after the highest existing ones, so the result is the same on every run (modulo arithmetic, no
 * randomness), except for the record keys of the funders' protection, which every inserted row gets
 * from its column's random default (V720) like any row the application writes. A coordinator account {@code coordinator-region} (password "demo") runs the sixth
 * generated centre (one with workshops).
 */
@Repository
class RegionGenerator {

    private static final Logger log = LoggerFactory.getLogger(RegionGenerator.class);

    static final int CENTRES = 100;
    static final int INSTITUTIONS = 2_000;
    static final int INITIATIVES = 200;
    static final int PHASES = 3;
    static final int PARTICIPANTS = 200_000;
    static final int ACTIVITIES = 50_000;
    static final int EDUCATORS = 2_000;
    /** Participants per centre. */
    private static final int PER_CENTRE = PARTICIPANTS / CENTRES;

    private final DSLContext dsl;
    private final PasswordEncoder encoder;

    RegionGenerator(DSLContext dsl, PasswordEncoder encoder) {
        this.dsl = dsl;
        this.encoder = encoder;
    }

    boolean isLarge() {
        return dsl.fetchCount(CENTRE) >= CENTRES;
    }

    /** Generates the region and returns the time of each step in milliseconds. */
    Map<String, Long> generate() {
        String hash = encoder.encode("demo");
        Map<String, Long> timings = new LinkedHashMap<>();
        // one connection for all steps: the session settings below must hold for each of them
        dsl.connection(connection -> {
            DSLContext db = DSL.using(connection, SQLDialect.MARIADB);
            db.execute("SET SESSION max_recursive_iterations = 1000000");
            db.execute("SET SESSION foreign_key_checks = 0");
            try {
                run(db, hash, timings);
            } finally {
                db.execute("SET SESSION foreign_key_checks = 1");
            }
        });
        return timings;
    }

    private void run(DSLContext db, String hash, Map<String, Long> timings) {
        long c0 = max(db, "centre");
        long i0 = max(db, "institution");
        long n0 = max(db, "initiative");
        long ph0 = max(db, "initiative_phase");
        long p0 = max(db, "participant");
        long a0 = max(db, "activity");
        long u0 = max(db, "user_account");
        Long funder = db.select(USER_ACCOUNT.INSTITUTION_ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq("funder"))
                .fetchOptional(USER_ACCOUNT.INSTITUTION_ID).orElse(null);
        long municipalities = db.fetchCount(DSL.table("municipality"));
        String start = "(CURRENT_DATE - INTERVAL 5 YEAR)";

        step(timings, "centres", () -> db.execute("""
                INSERT INTO centre (id, name, municipality_id, address, premises)
                WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1),
                     m AS (SELECT id, name, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM municipality)
                SELECT ? + 1 + n,
                       CONCAT('Kopienu centrs "', ELT(1 + n % 12, 'Avots', 'Ozols', 'Saulgrieži', 'Tilts', 'Liepa', 'Pūce',
                              'Dzirnavas', 'Rasa', 'Ābele', 'Zvaigzne', 'Upe', 'Sēta'), '" Nr. ', n + 1, ', ', m.name),
                       m.id, CONCAT('Skolas iela ', 1 + n % 40), 'Kultūras namā'
                FROM seq JOIN m ON m.k = n % ?
                """, CENTRES, c0, municipalities));
        step(timings, "institutions", () -> db.execute("""
                INSERT INTO institution (id, name, type, municipality_id)
                WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1),
                     m AS (SELECT id, name, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM municipality)
                SELECT ? + 1 + n,
                       CONCAT(ELT(1 + n % 9, 'Skola', 'Bērnudārzs', 'Biedrība', 'Pagasta pārvalde', 'Bibliotēka', 'Muzejs',
                              'SIA', 'Laikraksts', 'Partnerinstitūts'), ' Nr. ', n + 1, ' (', m.name, ')'),
                       ELT(1 + n % 9, 'SCHOOL', 'KINDERGARTEN', 'NGO', 'MUNICIPALITY', 'LIBRARY', 'MUSEUM', 'BUSINESS', 'MEDIA',
                           'FOREIGN_PARTNER'),
                       m.id
                FROM seq JOIN m ON m.k = (n * 7) % ?
                """, INSTITUTIONS, i0, municipalities));
        step(timings, "initiatives, phases, funders, partners, tags", () -> {
            db.execute("""
                    INSERT INTO initiative (id, centre_id, title, goals, starts_on, ends_on, lead_institution_id, status)
                    WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
                    SELECT ? + 1 + n, ? + 1 + n % ?,
                           CONCAT(ELT(1 + n % 6, 'Kopā varam', 'Jauniešu balss', 'Kaimiņu tīkls', 'Zaļā sēta', 'Digitālie soļi',
                                  'Atvērtās durvis'), ' ', n + 1),
                           'Ģenerēta iniciatīva mērījumiem.', START, START + INTERVAL 5 YEAR, ? + 1 + (n * 11) % ?, 'ACTIVE'
                    FROM seq
                    """.replace("START", start), INITIATIVES, n0, c0, CENTRES, i0, INSTITUTIONS);
            db.execute("""
                    INSERT INTO initiative_phase (id, initiative_id, name, starts_on, ends_on, goals)
                    WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
                    SELECT ? + 1 + n, ? + 1 + n DIV ?, CONCAT(1 + n % ?, '. posms'),
                           START + INTERVAL (20 * (n % ?)) MONTH, START + INTERVAL (20 * (n % ? + 1)) MONTH - INTERVAL 1 DAY,
                           'Ģenerēts posms.'
                    FROM seq
                    """.replace("START", start), INITIATIVES * PHASES, ph0, n0, PHASES, PHASES, PHASES, PHASES);
            db.execute("""
                    INSERT IGNORE INTO initiative_funder (initiative_id, institution_id)
                    WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
                    SELECT ? + 1 + n, ? + 1 + (n * 13) % ? FROM seq
                    """, INITIATIVES, n0, i0, INSTITUTIONS);
            if (funder != null) {
                db.execute("""
                        INSERT IGNORE INTO initiative_funder (initiative_id, institution_id)
                        WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
                        SELECT ? + 1 + n, ? FROM seq WHERE n % 15 = 0
                        """, INITIATIVES, n0, funder);
            }
            db.execute("""
                    INSERT IGNORE INTO initiative_partner (initiative_id, institution_id)
                    WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1),
                         k (k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM k WHERE k < 5)
                    SELECT ? + 1 + n, ? + 1 + (n * 17 + k * 101) % ? FROM seq JOIN k ON k.k < 3 + n % 4
                    """, INITIATIVES, n0, i0, INSTITUTIONS);
            db.execute("INSERT INTO initiative_priority (initiative_id, priority_id) SELECT i.id, p.id FROM initiative i "
                    + "JOIN priority p ON (i.id + p.id) % 3 = 0 WHERE i.id > ?", n0);
            db.execute("INSERT INTO initiative_target_group (initiative_id, target_group_id) SELECT i.id, t.id FROM initiative i "
                    + "JOIN target_group t ON (i.id + t.id) % 3 = 0 WHERE i.id > ?", n0);
        });
        step(timings, "participants", () -> db.execute("""
                INSERT INTO participant (id, centre_id, first_name, last_name, category, birth_year, email, language, refugee,
                                         disability, consent_given, consent_date, guardian_consent, guardian_name,
                                         guardian_consent_date)
                WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1),
                     p AS (SELECT n, CASE WHEN (n DIV 100) % 100 < 25 THEN 'TEACHER' WHEN (n DIV 100) % 100 < 45 THEN 'CHILD'
                                          WHEN (n DIV 100) % 100 < 60 THEN 'YOUNG_PERSON' WHEN (n DIV 100) % 100 < 72 THEN 'PARENT'
                                          WHEN (n DIV 100) % 100 < 80 THEN 'SENIOR' WHEN (n DIV 100) % 100 < 88 THEN 'MUNICIPAL_STAFF'
                                          WHEN (n DIV 100) % 100 < 95 THEN 'NGO_MEMBER' WHEN (n DIV 100) % 100 < 97 THEN 'MEDIA'
                                          ELSE 'OTHER' END AS category
                           FROM seq)
                SELECT ? + 1 + n, ? + 1 + n % ?,
                       ELT(1 + n % 15, 'Anna', 'Marta', 'Laura', 'Elīna', 'Ilze', 'Jānis', 'Mārtiņš', 'Andris', 'Edgars',
                           'Roberts', 'Olena', 'Iryna', 'Andrii', 'Kārlis', 'Zane'),
                       CONCAT(ELT(1 + (n DIV 15) % 12, 'Kalniņ', 'Ozoliņ', 'Bērziņ', 'Liepiņ', 'Kļaviņ', 'Vanag', 'Mežal',
                           'Krūmiņ', 'Zariņ', 'Pūpol', 'Rudzīt', 'Vītol'), 'a', '-', n + 1),
                       category,
                       CASE category WHEN 'CHILD' THEN YEAR(CURRENT_DATE) - 7 - n % 8
                                     WHEN 'YOUNG_PERSON' THEN YEAR(CURRENT_DATE) - 16 - n % 10
                                     WHEN 'SENIOR' THEN YEAR(CURRENT_DATE) - 65 - n % 20
                                     ELSE YEAR(CURRENT_DATE) - 25 - n % 35 END,
                       IF(category = 'CHILD', NULL, CONCAT('dalibnieks', n + 1, '@example.lv')),
                       IF((n DIV 7) % 33 = 0, 'uk', 'lv'), (n DIV 7) % 33 = 0, (n DIV 3) % 50 = 7,
                       category <> 'CHILD', IF(category = 'CHILD', NULL, CURRENT_DATE - INTERVAL (n % 900) DAY),
                       category = 'CHILD', IF(category = 'CHILD', 'Vecāks', NULL),
                       IF(category = 'CHILD', CURRENT_DATE - INTERVAL (n % 900) DAY, NULL)
                FROM p
                """, PARTICIPANTS, p0, c0, CENTRES));
        step(timings, "activities", () -> db.execute("""
                INSERT INTO activity (id, centre_id, type, title, starts_at, ends_at, place, initiative_id, phase_id,
                                      organiser_institution_id)
                WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
                SELECT ? + 1 + n, ? + 1 + n % ?,
                       ELT(1 + n % 8, 'COMMUNITY_EVENT', 'WORKSHOP', 'SEMINAR', 'TEACHER_TRAINING', 'ROUND_TABLE',
                           'PUBLIC_DISCUSSION', 'WORKING_GROUP_MEETING', 'INFORMATION_CAMPAIGN'),
                       CONCAT(ELT(1 + n % 8, 'Kopienas pasākums', 'Darbnīca', 'Seminārs', 'Pedagogu apmācības', 'Apaļais galds',
                              'Publiskā diskusija', 'Darba grupas sanāksme', 'Informatīvā kampaņa'), ' Nr. ', n + 1),
                       TIMESTAMP(START) + INTERVAL (n * 52) MINUTE + INTERVAL 10 HOUR,
                       TIMESTAMP(START) + INTERVAL (n * 52) MINUTE + INTERVAL 12 HOUR,
                       CONCAT('Zāle ', 1 + n % 9),
                       IF(n % 5 = 4, NULL, ? + 1 + n % ? + ? * ((n DIV ?) % 2)),
                       IF(n % 5 = 4, NULL, ? + 1 + (n % ? + ? * ((n DIV ?) % 2)) * ? + LEAST(? - 1, n * ? DIV ?)),
                       IF(n % 3 = 0, ? + 1 + (n * 17) % ?, NULL)
                FROM seq
                """.replace("START", start), ACTIVITIES, a0, c0, CENTRES,
                n0, CENTRES, CENTRES, CENTRES,
                ph0, CENTRES, CENTRES, CENTRES, PHASES, PHASES, PHASES, ACTIVITIES,
                i0, INSTITUTIONS));
        step(timings, "activity priorities and target groups", () -> {
            db.execute("INSERT INTO activity_priority (activity_id, priority_id) SELECT a.id, p.id FROM activity a "
                    + "JOIN priority p ON (a.id DIV 100 + p.id) % 4 = 0 WHERE a.id > ?", a0);
            db.execute("INSERT INTO activity_target_group (activity_id, target_group_id) SELECT a.id, t.id FROM activity a "
                    + "JOIN target_group t ON (a.id DIV 100 + t.id) % 5 = 0 WHERE a.id > ?", a0);
        });
        // 20..60 named people per activity (40 on average: 2,000,000 rows), all of the activity's centre
        step(timings, "attendance", () -> db.execute("""
                INSERT IGNORE INTO attendance (activity_id, participant_id, recorded_at)
                WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1),
                     j (j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM j WHERE j < 60)
                SELECT ? + 1 + n, ? + 1 + ((n DIV ?) * 13 + j * 53 + n % ?) % ? * ? + n % ?, CURRENT_TIMESTAMP
                FROM seq JOIN j ON j.j < 20 + n % 41
                """, ACTIVITIES, a0, p0, CENTRES, CENTRES, PER_CENTRE, CENTRES, CENTRES));
        step(timings, "head counts", () -> {
            db.execute("INSERT INTO attendance_headcount (activity_id, category, head_count) SELECT id, 'CHILD', 1 + id % 20 "
                    + "FROM activity WHERE id > ? AND id % 3 = 0", a0);
            db.execute("INSERT INTO attendance_headcount (activity_id, category, head_count) SELECT id, 'PARENT', 1 + id % 6 "
                    + "FROM activity WHERE id > ? AND id % 7 = 0", a0);
        });
        step(timings, "workshops and sign-ups", () -> {
            db.execute("""
                    INSERT INTO user_account (id, username, password_hash, display_name, email, role, institution_id,
                                              preferred_locale, privacy_consent_at)
                    WITH RECURSIVE seq (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
                    SELECT ? + 1 + n, CONCAT('pedagogs', n + 1, '@example.lv'), ?, CONCAT('Pedagogs ', n + 1),
                           CONCAT('pedagogs', n + 1, '@example.lv'), 'EDUCATOR', ? + 1 + (n * 9) % ?, 'lv', CURRENT_TIMESTAMP
                    FROM seq
                    """, EDUCATORS, u0, hash, i0, INSTITUTIONS);
            // one in five activities of type WORKSHOP (n % 8 = 1) takes sign-ups, spread over the centres: 12
            // confirmed sign-ups each, 10 of them attended
            db.execute("""
                    INSERT INTO workshop (activity_id, capacity, pd_hours, confirmed_count, next_queue_no, status)
                    SELECT id, 30, 2 + ((id - ?) % 5) * 1.5, 12, 13, 'OPEN' FROM activity
                    WHERE id > ? AND (id - ? - 1) % 8 = 1 AND ((id - ? - 1) DIV 8) % 5 = ((id - ? - 1) DIV 1000) % 5
                    """, a0, a0, a0, a0, a0);
            db.execute("""
                    INSERT INTO workshop_signup (workshop_id, user_account_id, status, queue_no, signed_up_at, confirmed_at,
                                                 attended, attendance_marked_at)
                    WITH RECURSIVE j (j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM j WHERE j < 11)
                    SELECT w.activity_id, ? + 1 + (w.activity_id * 7 + j.j * 31) % ?, 'CONFIRMED', j.j + 1,
                           a.starts_at - INTERVAL 10 DAY, a.starts_at - INTERVAL 10 DAY, j.j < 10,
                           IF(j.j < 10, a.starts_at + INTERVAL 2 HOUR, NULL)
                    FROM workshop w JOIN activity a ON a.id = w.activity_id JOIN j WHERE w.activity_id > ?
                    """, u0, EDUCATORS, a0);
        });
        step(timings, "coordinator account", () -> db.execute("""
                INSERT INTO user_account (username, password_hash, display_name, email, role, centre_id)
                VALUES ('coordinator-region', ?, 'Reģiona koordinators', 'coordinator-region@demo.example.lv', 'COORDINATOR', ?)
                """, hash, c0 + 6));
        step(timings, "analyze", () -> db.execute("ANALYZE TABLE centre, institution, initiative, initiative_phase, "
                + "initiative_funder, initiative_partner, participant, activity, activity_priority, activity_target_group, "
                + "attendance, attendance_headcount, workshop, workshop_signup, user_account"));
    }

    private static long max(DSLContext db, String table) {
        Object value = db.fetchValue("SELECT COALESCE(MAX(id), 0) FROM " + table);
        return ((Number) value).longValue();
    }

    private static void step(Map<String, Long> timings, String name, Runnable action) {
        long start = System.nanoTime();
        action.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        timings.put(name, ms);
        log.info("Region generator: {} in {} ms", name, ms);
    }
}
