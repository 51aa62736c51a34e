package lv.kopiena.demo;

import static lv.kopiena.jooq.Tables.ACTIVITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_PRIORITY;
import static lv.kopiena.jooq.Tables.ACTIVITY_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.ATTENDANCE;
import static lv.kopiena.jooq.Tables.ATTENDANCE_HEADCOUNT;
import static lv.kopiena.jooq.Tables.CENTRE;
import static lv.kopiena.jooq.Tables.INITIATIVE;
import static lv.kopiena.jooq.Tables.INITIATIVE_FUNDER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PARTNER;
import static lv.kopiena.jooq.Tables.INITIATIVE_PHASE;
import static lv.kopiena.jooq.Tables.INITIATIVE_PRIORITY;
import static lv.kopiena.jooq.Tables.INITIATIVE_TARGET_GROUP;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.PARTICIPANT;
import static lv.kopiena.jooq.Tables.PRIORITY;
import static lv.kopiena.jooq.Tables.TARGET_GROUP;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static lv.kopiena.jooq.Tables.WORKSHOP;
import static lv.kopiena.jooq.Tables.WORKSHOP_SIGNUP;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * Writes the demo region. Deterministic (fixed random seed), with dates relative to today so the
 * demo always has a finished phase, a current one, past activities with attendance and a few
 * upcoming ones, and workshops with sign-ups and waiting lists. Real place names of Latgale; every
 * person is invented.
 */
@Repository
class DemoDataRepository {

    record Summary(int centres, int institutions, int participants, int activities, int attendances, int workshops,
                   int signups) {
    }

    private static final String[] FEMALE_NAMES_LV = {"Anna", "Marta", "Laura", "Elīna", "Ilze", "Inese", "Kristīne",
            "Līga", "Sanita", "Dace", "Aija", "Zane", "Evija", "Agnese", "Ruta"};
    private static final String[] MALE_NAMES_LV = {"Jānis", "Mārtiņš", "Andris", "Edgars", "Roberts", "Kārlis",
            "Artūrs", "Valdis", "Gints", "Raivis", "Toms", "Ēriks", "Oskars"};
    private static final String[] LAST_NAMES_LV = {"Kalniņ", "Ozoliņ", "Bērziņ", "Liepiņ", "Kļaviņ", "Vanag",
            "Mežal", "Krūmiņ", "Zariņ", "Pūpol", "Rudzīt", "Vītol", "Sproģ", "Lazdiņ", "Strazd", "Gailīt"};
    private static final String[] FIRST_NAMES_UK = {"Olena", "Oksana", "Iryna", "Nataliia", "Tetiana", "Yuliia",
            "Andrii", "Oleksandr", "Dmytro", "Serhii", "Mykola", "Bohdan"};
    private static final String[] LAST_NAMES_UK = {"Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko",
            "Shevchuk", "Melnyk", "Polishchuk", "Lysenko"};
    private static final String[] CATEGORIES = {"TEACHER", "CHILD", "YOUNG_PERSON", "PARENT", "SENIOR",
            "MUNICIPAL_STAFF", "NGO_MEMBER", "MEDIA", "OTHER"};
    private static final String[] ACTIVITY_TYPES = {"COMMUNITY_EVENT", "WORKSHOP", "SEMINAR", "TEACHER_TRAINING",
            "ROUND_TABLE", "PUBLIC_DISCUSSION", "WORKING_GROUP_MEETING", "INFORMATION_CAMPAIGN"};

    /** The domain of every invented e-mail address in the demo data (accounts, centres, participants). */
    static final String DEMO_MAIL_DOMAIN = "example.lv";

    private final DSLContext dsl;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Random random = new Random(20211701L);

    DemoDataRepository(DSLContext dsl, PasswordEncoder encoder, Clock clock) {
        this.dsl = dsl;
        this.encoder = encoder;
        this.clock = clock;
    }

    boolean hasCentres() {
        return dsl.fetchExists(CENTRE);
    }

    /** Accounts that the demo data did not create, newest first: their ids and how many per role. */
    record OtherAccounts(List<Long> ids, Map<String, Integer> byRole) {
    }

    /**
     * The accounts that are not demo accounts. Every account the demo data (and the large-region
     * generator) creates has an invented address at {@value #DEMO_MAIL_DOMAIN}; an account without
     * one was made by somebody using the demo, e.g. an educator who registered or an account an
     * admin added.
     */
    OtherAccounts otherAccounts() {
        var rows = dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.ROLE).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.EMAIL.isNull()
                        .or(USER_ACCOUNT.EMAIL.notLike("%@" + DEMO_MAIL_DOMAIN)
                                .and(USER_ACCOUNT.EMAIL.notLike("%." + DEMO_MAIL_DOMAIN))))
                .orderBy(USER_ACCOUNT.ID.desc())
                .fetch();
        Map<String, Integer> byRole = new TreeMap<>();
        rows.forEach(r -> byRole.merge(r.value2(), 1, Integer::sum));
        return new OtherAccounts(rows.map(r -> r.value1()), byRole);
    }

    Summary load() {
        Map<String, Long> municipalities = dsl.select(MUNICIPALITY.NAME, MUNICIPALITY.ID).from(MUNICIPALITY)
                .fetchMap(MUNICIPALITY.NAME, MUNICIPALITY.ID);
        long preili = centre("Preiļu novada Kopienu resursu centrs", municipalities.get("Preiļu novads"),
                "Preiļi, Talsu iela 2", "Preiļu novada Bērnu un jauniešu centrā", "Inga Demo-Kalniņa",
                "krc@preili.example.lv", "+371 20000001");
        long ludza = centre("Ludzas Kopienu resursu centrs", municipalities.get("Ludzas novads"),
                "Ludza, Baznīcas iela 5", "Ludzas novada bibliotēkā", "Pēteris Demo-Zariņš",
                "krc@ludza.example.lv", "+371 20000002");
        long kraslava = centre("Krāslavas Kopienu resursu centrs", municipalities.get("Krāslavas novads"),
                "Krāslava, Rīgas iela 10", "Krāslavas jauniešu mājā", "Sandra Demo-Vītola",
                "krc@kraslava.example.lv", "+371 20000003");

        Map<String, Long> institutions = institutions(municipalities);

        String hash = encoder.encode("demo");
        account("admin", hash, "Aina Administratore", "ADMIN", null, null);
        long coordinator = account("coordinator", hash, "Inga Koordinatore", "COORDINATOR", preili, null);
        account("coordinator-ludza", hash, "Pēteris Koordinators", "COORDINATOR", ludza, null);
        account("coordinator-kraslava", hash, "Sandra Koordinatore", "COORDINATOR", kraslava, null);
        account("educator", hash, "Līga Pedagoģe", "EDUCATOR", null, institutions.get("Preiļu 1. pamatskola"));
        account("funder", hash, "Viktors Finansētājs", "FUNDER", null, institutions.get("Ziemeļu kultūras institūts"));

        Map<String, Long> priorities = dsl.select(PRIORITY.CODE, PRIORITY.ID).from(PRIORITY).fetchMap(PRIORITY.CODE, PRIORITY.ID);
        Map<String, Long> groups = dsl.select(TARGET_GROUP.CODE, TARGET_GROUP.ID).from(TARGET_GROUP)
                .fetchMap(TARGET_GROUP.CODE, TARGET_GROUP.ID);

        LocalDate today = LocalDate.now(clock);
        LocalDate programmeStart = today.minusMonths(23).withDayOfMonth(1);
        long active = initiative(preili, "Aktīvās kopienas",
                "Stiprināt iedzīvotāju līdzdalību Latgales kopienās, iesaistīt neaktīvos iedzīvotājus un jauniešus, "
                        + "atbalstīt Ukrainas bēgļu iekļaušanu un sadarbību ar pašvaldību.",
                programmeStart, today.plusMonths(13).withDayOfMonth(1).minusDays(1),
                institutions.get("Izglītības biedrība \"Kopā\""), coordinator, "ACTIVE");
        dsl.insertInto(INITIATIVE_FUNDER, INITIATIVE_FUNDER.INITIATIVE_ID, INITIATIVE_FUNDER.INSTITUTION_ID)
                .values(active, institutions.get("Ziemeļu kultūras institūts"))
                .values(active, institutions.get("Preiļu novada pašvaldība"))
                .execute();
        for (String partner : List.of("Preiļu 1. pamatskola", "Aglonas vidusskola", "Preiļu galvenā bibliotēka",
                "Vārkavas pamatskola", "Riebiņu vidusskola", "Biedrība \"Latgales jaunieši\"", "Preiļu novada pašvaldība")) {
            dsl.insertInto(INITIATIVE_PARTNER, INITIATIVE_PARTNER.INITIATIVE_ID, INITIATIVE_PARTNER.INSTITUTION_ID)
                    .values(active, institutions.get(partner)).execute();
        }
        for (String code : List.of("PARTICIPATION", "INACTIVE_RESIDENTS", "INVISIBLE_YOUTH", "UKRAINIAN_REFUGEES",
                "MUNICIPAL_COOPERATION")) {
            dsl.insertInto(INITIATIVE_PRIORITY, INITIATIVE_PRIORITY.INITIATIVE_ID, INITIATIVE_PRIORITY.PRIORITY_ID)
                    .values(active, priorities.get(code)).execute();
        }
        for (String code : List.of("TEACHERS", "CHILDREN_YOUTH", "PARENTS", "REFUGEES")) {
            dsl.insertInto(INITIATIVE_TARGET_GROUP, INITIATIVE_TARGET_GROUP.INITIATIVE_ID, INITIATIVE_TARGET_GROUP.TARGET_GROUP_ID)
                    .values(active, groups.get(code)).execute();
        }
        LocalDate phaseTwoStart = programmeStart.plusMonths(12);
        long phaseOne = phase(active, "1. posms: kopienu iepazīšana", programmeStart, phaseTwoStart.minusDays(1),
                "Apzināt kopienu vajadzības, izveidot partneru tīklu un apmācīt pedagogus.",
                "Notikušas 30 aktivitātes, izveidots 12 partneru tīkls, apmācīti 40 pedagogi. "
                        + "Secinājums: vairāk jāiesaista jaunieši ārpus izglītības un darba.");
        long phaseTwo = phase(active, "2. posms: kopienu iniciatīvas", phaseTwoStart, today.plusMonths(13).withDayOfMonth(1).minusDays(1),
                "Atbalstīt iedzīvotāju pašu iniciatīvas un mazos projektus, iesaistīt \"neredzamos\" jauniešus.", null);

        long ludzaInitiative = initiative(ludza, "Zilupes un Ludzas kopienu dialogs",
                "Veicināt viedokļu paušanu un sadarbību ar pašvaldību pierobežas kopienās.",
                today.minusMonths(10).withDayOfMonth(1), today.plusMonths(6), institutions.get("Ludzas novada pašvaldība"),
                null, "ACTIVE");
        dsl.insertInto(INITIATIVE_PRIORITY, INITIATIVE_PRIORITY.INITIATIVE_ID, INITIATIVE_PRIORITY.PRIORITY_ID)
                .values(ludzaInitiative, priorities.get("VOICING_OPINIONS"))
                .values(ludzaInitiative, priorities.get("MUNICIPAL_COOPERATION")).execute();
        initiative(kraslava, "Krāslavas jauniešu telpa", "Radīt vietu un iespējas jauniešiem ārpus skolas.",
                today.plusMonths(1).withDayOfMonth(1), null, null, null, "PLANNED");

        List<Long> preiliSchools = List.of(institutions.get("Preiļu 1. pamatskola"), institutions.get("Aglonas vidusskola"),
                institutions.get("Vārkavas pamatskola"), institutions.get("Riebiņu vidusskola"));
        Map<Long, List<Long>> participantsByCentre = new HashMap<>();
        participantsByCentre.put(preili, participants(preili, 160, preiliSchools, today));
        participantsByCentre.put(ludza, participants(ludza, 40, List.of(institutions.get("Ludzas 2. vidusskola"),
                institutions.get("Zilupes vidusskola")), today));

        int activities = 0;
        int attendances = 0;
        List<String> places = List.of("Preiļu novada Bērnu un jauniešu centrs", "Preiļu galvenā bibliotēka",
                "Aglonas vidusskolas aktu zāle", "Vārkavas kultūras nams", "Riebiņu saieta nams");
        for (int i = 0; i < 52; i++) {
            LocalDate day = programmeStart.plusDays((long) i * 14 + random.nextInt(5));
            if (day.isAfter(today.plusDays(40))) {
                break;
            }
            String type = ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)];
            long phase = day.isBefore(phaseTwoStart) ? phaseOne : phaseTwo;
            long id = activity(preili, type, titleFor(type, i), day.atTime(LocalTime.of(10 + random.nextInt(8), 0)),
                    places.get(random.nextInt(places.size())), active, phase,
                    institutions.get(random.nextBoolean() ? "Izglītības biedrība \"Kopā\"" : "Preiļu galvenā bibliotēka"));
            tag(id, priorities, groups);
            activities++;
            if (!day.isAfter(today)) {
                attendances += attendance(id, participantsByCentre.get(preili), 6 + random.nextInt(18));
            }
        }
        for (int i = 0; i < 10; i++) {
            LocalDate day = today.minusMonths(9).plusDays((long) i * 25);
            String type = i % 2 == 0 ? "PUBLIC_DISCUSSION" : "WORKING_GROUP_MEETING";
            long id = activity(ludza, type, titleFor(type, i), day.atTime(17, 30), "Ludzas novada bibliotēka",
                    ludzaInitiative, null, institutions.get("Ludzas novada pašvaldība"));
            tag(id, priorities, groups);
            activities++;
            if (!day.isAfter(today)) {
                attendances += attendance(id, participantsByCentre.get(ludza), 4 + random.nextInt(10));
            }
        }
        Workshops workshops = workshops(preili, ludza, kraslava, institutions, hash, priorities, groups, active, phaseTwo);
        return new Summary(3, institutions.size(), 200 + workshops.participants(), activities + workshops.activities(),
                attendances + workshops.participants(), workshops.activities(), workshops.signups());
    }

    // ---- workshops with sign-up

    private record Workshops(int activities, int signups, int participants) {
    }

    /** An invented educator of a real Latgale school: e-mail as user name, privacy notice accepted. */
    private record Educator(String name, String email, String school, String locale) {
    }

    private static final List<Educator> EDUCATORS = List.of(
            new Educator("Anna Kalniņa", "anna.kalnina@example.lv", "Preiļu Valsts ģimnāzija", "lv"),
            new Educator("Mārtiņš Ozoliņš", "martins.ozolins@example.lv", "Preiļu 1. pamatskola", "lv"),
            new Educator("Inese Bērziņa", "inese.berzina@example.lv", "Aglonas vidusskola", "lv"),
            new Educator("Kārlis Liepiņš", "karlis.liepins@example.lv", "Vārkavas pamatskola", "lv"),
            new Educator("Dace Krūmiņa", "dace.krumina@example.lv", "Riebiņu vidusskola", "lv"),
            new Educator("Evija Rudzīte", "evija.rudzite@example.lv", "Viļānu pamatskola", "lv"),
            new Educator("Sanita Gailīte", "sanita.gailite@example.lv", "Baltinavas vidusskola", "lv"),
            new Educator("Gints Pūpols", "gints.pupols@example.lv", "Dagdas vidusskola", "lv"),
            new Educator("Edgars Vītols", "edgars.vitols@example.lv", "Ludzas 2. vidusskola", "lv"),
            new Educator("Zane Strazda", "zane.strazda@example.lv", "Zilupes vidusskola", "lv"),
            new Educator("Aija Lazdiņa", "aija.lazdina@example.lv", "Kārsavas vidusskola", "lv"),
            new Educator("Oksana Melnyk", "oksana.melnyk@example.lv", "Krāslavas Varavīksnes vidusskola", "uk"));

    /**
     * Workshops with sign-up, written straight as rows whose seat counters match them (no mails are
     * queued for demo rows): in Preiļi an open one with free seats, a full one with two people
     * waiting (so that {@code educator} would be third in line), one later today (sign up on the
     * day), one under way since an hour ago where {@code educator} has a seat (attendance can be
     * marked from a workshop's start) and a past one {@code educator} attended; one upcoming each in
     * Ludza and Krāslava (in Ukrainian).
     */
    private Workshops workshops(long preili, long ludza, long kraslava, Map<String, Long> institutions, String hash,
                                Map<String, Long> priorities, Map<String, Long> groups, long initiative, long phase) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDate today = now.toLocalDate();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < EDUCATORS.size(); i++) {
            Educator e = EDUCATORS.get(i);
            people.add(dsl.insertInto(USER_ACCOUNT)
                    .set(USER_ACCOUNT.USERNAME, e.email()).set(USER_ACCOUNT.PASSWORD_HASH, hash)
                    .set(USER_ACCOUNT.DISPLAY_NAME, e.name()).set(USER_ACCOUNT.EMAIL, e.email())
                    .set(USER_ACCOUNT.ROLE, "EDUCATOR").set(USER_ACCOUNT.INSTITUTION_ID, institutions.get(e.school()))
                    .set(USER_ACCOUNT.PREFERRED_LOCALE, e.locale())
                    .set(USER_ACCOUNT.PRIVACY_CONSENT_AT, now.minusDays(40 + i * 7L))
                    .returning(USER_ACCOUNT.ID).fetchOne(USER_ACCOUNT.ID));
        }
        long educator = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq("educator"))
                .fetchSingle(USER_ACCOUNT.ID);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PRIVACY_CONSENT_AT, now.minusDays(120))
                .where(USER_ACCOUNT.ID.eq(educator)).execute();
        long organiser = institutions.get("Izglītības biedrība \"Kopā\"");
        int signups = 0;

        long open = workshopActivity(preili, "WORKSHOP", "Digitālie rīki mācību stundā",
                today.plusDays(10).atTime(14, 0), 4, "Preiļu novada Bērnu un jauniešu centrs", initiative, phase,
                organiser, List.of(priorities.get("PARTICIPATION")), List.of(groups.get("TEACHERS")));
        signups += workshop(open, 20, "lv", "4.0", "Pamatskolu un vidusskolu skolotāji", null,
                people.subList(0, 6), List.of(), now.minusDays(6));

        long full = workshopActivity(preili, "TEACHER_TRAINING", "Iekļaujošā izglītība: darbs ar bēgļu bērniem",
                today.plusDays(14).atTime(10, 0), 6, "Preiļu galvenā bibliotēka", initiative, phase, organiser,
                List.of(priorities.get("UKRAINIAN_REFUGEES")), List.of(groups.get("TEACHERS"), groups.get("REFUGEES")));
        signups += workshop(full, 8, "lv", "6.0", "Skolotāji, kuru klasēs mācās bēgļu bērni", null,
                people.subList(0, 8), people.subList(8, 10), now.minusDays(12));

        LocalDateTime later = today.atTime(10, 0);
        if (later.isBefore(now.plusHours(2))) {
            later = now.plusHours(2).truncatedTo(ChronoUnit.HOURS);
        }
        if (later.toLocalDate().isAfter(today)) {
            // loaded late in the evening: still today, if only just
            later = now.plusMinutes(10).isBefore(today.atTime(23, 45)) ? today.atTime(23, 45) : now.plusMinutes(10);
        }
        long sameDay = workshopActivity(preili, "SEMINAR", "Seminārs: kopienas projekti skolā", later, 2,
                "Preiļu novada Bērnu un jauniešu centrs", initiative, phase, organiser,
                List.of(priorities.get("PARTICIPATION"), priorities.get("MUNICIPAL_COOPERATION")),
                List.of(groups.get("TEACHERS"), groups.get("CHILDREN_YOUTH")));
        signups += workshop(sameDay, 15, "lv", "2.0", "Skolotāji un jaunatnes darbinieki", null,
                people.subList(2, 6), List.of(), now.minusDays(3));

        LocalDateTime started = now.minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        if (started.toLocalDate().isBefore(today)) {
            // loaded just after midnight: it started at midnight
            started = today.atStartOfDay();
        }
        long underWay = workshopActivity(preili, "WORKSHOP", "Darbnīca: jauniešu brīvprātīgais darbs", started, 2,
                "Preiļu novada Bērnu un jauniešu centrs", initiative, phase, organiser,
                List.of(priorities.get("INVISIBLE_YOUTH")), List.of(groups.get("TEACHERS"), groups.get("CHILDREN_YOUTH")));
        List<Long> seated = new ArrayList<>(List.of(educator));
        seated.addAll(people.subList(4, 7));
        signups += workshop(underWay, 12, "lv", "2.0", "Skolotāji un jaunatnes darbinieki", null, seated, List.of(),
                now.minusDays(5));

        long past = workshopActivity(preili, "TEACHER_TRAINING", "Pedagogu apmācības: medijpratība klasē",
                today.minusDays(21).atTime(10, 0), 6, "Aglonas vidusskolas aktu zāle", initiative, phase, organiser,
                List.of(priorities.get("INACTIVE_RESIDENTS")), List.of(groups.get("TEACHERS")));
        List<Long> came = List.of(educator, people.get(1), people.get(2), people.get(4));
        List<Long> confirmed = new ArrayList<>(came);
        confirmed.add(people.get(3));  // signed up, did not come
        signups += workshop(past, 12, "lv", "6.0", "Visu mācību priekšmetu skolotāji", null, confirmed, List.of(),
                now.minusDays(35));
        LocalDateTime marked = today.minusDays(21).atTime(13, 15);
        int participants = 0;
        for (long person : came) {
            dsl.update(WORKSHOP_SIGNUP).set(WORKSHOP_SIGNUP.ATTENDED, true)
                    .set(WORKSHOP_SIGNUP.ATTENDANCE_MARKED_AT, marked)
                    .where(WORKSHOP_SIGNUP.WORKSHOP_ID.eq(past), WORKSHOP_SIGNUP.USER_ACCOUNT_ID.eq(person)).execute();
            long participant = educatorParticipant(preili, person, today);
            dsl.insertInto(ATTENDANCE, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.PARTICIPANT_ID, ATTENDANCE.RECORDED_AT)
                    .values(past, participant, marked).execute();
            participants++;
        }

        long ludzaWorkshop = workshopActivity(ludza, "WORKSHOP", "Darbnīca: skolēnu līdzdalība pašvaldībā",
                today.plusDays(12).atTime(15, 0), 3, "Ludzas novada bibliotēka", null, null,
                institutions.get("Ludzas novada pašvaldība"), List.of(priorities.get("VOICING_OPINIONS")),
                List.of(groups.get("TEACHERS"), groups.get("CHILDREN_YOUTH")));
        signups += workshop(ludzaWorkshop, 25, "lv", "3.0", "Skolotāji un skolēnu pašpārvalžu konsultanti", null,
                people.subList(8, 11), List.of(), now.minusDays(4));

        long kraslavaWorkshop = workshopActivity(kraslava, "SEMINAR", "Підтримка дітей-біженців у школі",
                today.plusDays(18).atTime(13, 0), 2, "Krāslavas jauniešu māja", null, null,
                institutions.get("Krāslavas novada pašvaldība"), List.of(priorities.get("UKRAINIAN_REFUGEES")),
                List.of(groups.get("TEACHERS"), groups.get("REFUGEES")));
        signups += workshop(kraslavaWorkshop, 20, "uk", "2.0", "Вчителі та асистенти вчителів",
                "https://meet.example.lv/kraslava-seminars", List.of(people.get(11), people.get(7)), List.of(),
                now.minusDays(2));

        return new Workshops(7, signups, participants);
    }

    private long workshopActivity(long centre, String type, String title, LocalDateTime start, int hours,
                                  String place, Long initiative, Long phase, Long organiser, List<Long> priorityIds,
                                  List<Long> groupIds) {
        long id = dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, centre).set(ACTIVITY.TYPE, type).set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.STARTS_AT, start).set(ACTIVITY.ENDS_AT, start.plusHours(hours))
                .set(ACTIVITY.PLACE, place).set(ACTIVITY.INITIATIVE_ID, initiative).set(ACTIVITY.PHASE_ID, phase)
                .set(ACTIVITY.ORGANISER_INSTITUTION_ID, organiser)
                .set(ACTIVITY.DESCRIPTION, "Demo: " + title)
                .returning(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
        for (Long priority : priorityIds) {
            dsl.insertInto(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.ACTIVITY_ID, ACTIVITY_PRIORITY.PRIORITY_ID)
                    .values(id, priority).execute();
        }
        for (Long group : groupIds) {
            dsl.insertInto(ACTIVITY_TARGET_GROUP, ACTIVITY_TARGET_GROUP.ACTIVITY_ID, ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID)
                    .values(id, group).execute();
        }
        return id;
    }

    /**
     * The workshop row and its sign-ups in arrival order, a few hours apart from {@code firstAt}:
     * the confirmed people first, then those waiting; the counters match the rows.
     *
     * @return how many sign-ups were written
     */
    private int workshop(long activity, int capacity, String language, String hours, String audience, String link,
                         List<Long> confirmed, List<Long> waiting, LocalDateTime firstAt) {
        if (confirmed.size() > capacity) {
            throw new IllegalStateException("Demo workshop overbooked: " + activity);
        }
        dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.ACTIVITY_ID, activity).set(WORKSHOP.CAPACITY, capacity).set(WORKSHOP.WAITING_LIST, true)
                .set(WORKSHOP.LANGUAGE, language).set(WORKSHOP.PD_HOURS, new java.math.BigDecimal(hours))
                .set(WORKSHOP.AUDIENCE, audience).set(WORKSHOP.ONLINE_LINK, link)
                .set(WORKSHOP.CONFIRMED_COUNT, confirmed.size())
                .set(WORKSHOP.NEXT_QUEUE_NO, (long) confirmed.size() + waiting.size() + 1)
                .execute();
        long queueNo = 1;
        for (long person : confirmed) {
            LocalDateTime at = firstAt.plusHours(queueNo * 3);
            dsl.insertInto(WORKSHOP_SIGNUP)
                    .set(WORKSHOP_SIGNUP.WORKSHOP_ID, activity).set(WORKSHOP_SIGNUP.USER_ACCOUNT_ID, person)
                    .set(WORKSHOP_SIGNUP.STATUS, "CONFIRMED").set(WORKSHOP_SIGNUP.QUEUE_NO, queueNo++)
                    .set(WORKSHOP_SIGNUP.SIGNED_UP_AT, at).set(WORKSHOP_SIGNUP.CONFIRMED_AT, at)
                    .execute();
        }
        for (long person : waiting) {
            dsl.insertInto(WORKSHOP_SIGNUP)
                    .set(WORKSHOP_SIGNUP.WORKSHOP_ID, activity).set(WORKSHOP_SIGNUP.USER_ACCOUNT_ID, person)
                    .set(WORKSHOP_SIGNUP.STATUS, "WAITING").set(WORKSHOP_SIGNUP.QUEUE_NO, queueNo)
                    .set(WORKSHOP_SIGNUP.SIGNED_UP_AT, firstAt.plusHours(queueNo++ * 3))
                    .execute();
        }
        return confirmed.size() + waiting.size();
    }

    /** The participant an educator becomes at a centre, as marking attendance makes it. */
    private long educatorParticipant(long centre, long account, LocalDate today) {
        var a = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(account)).fetchSingle();
        String name = a.getDisplayName().trim();
        int space = name.lastIndexOf(' ');
        return dsl.insertInto(PARTICIPANT)
                .set(PARTICIPANT.CENTRE_ID, centre).set(PARTICIPANT.USER_ACCOUNT_ID, account)
                .set(PARTICIPANT.FIRST_NAME, space < 0 ? name : name.substring(0, space))
                .set(PARTICIPANT.LAST_NAME, space < 0 ? name : name.substring(space + 1))
                .set(PARTICIPANT.CATEGORY, "TEACHER").set(PARTICIPANT.EMAIL, a.getEmail())
                .set(PARTICIPANT.INSTITUTION_ID, a.getInstitutionId()).set(PARTICIPANT.LANGUAGE, a.getPreferredLocale())
                .set(PARTICIPANT.CONSENT_GIVEN, true)
                .set(PARTICIPANT.CONSENT_DATE, a.getPrivacyConsentAt() == null ? today : a.getPrivacyConsentAt().toLocalDate())
                .returning(PARTICIPANT.ID).fetchOne(PARTICIPANT.ID);
    }

    private long centre(String name, long municipality, String address, String premises, String contact,
                        String email, String phone) {
        return dsl.insertInto(CENTRE)
                .set(CENTRE.NAME, name).set(CENTRE.MUNICIPALITY_ID, municipality).set(CENTRE.ADDRESS, address)
                .set(CENTRE.PREMISES, premises).set(CENTRE.CONTACT_NAME, contact).set(CENTRE.CONTACT_EMAIL, email)
                .set(CENTRE.CONTACT_PHONE, phone)
                .returning(CENTRE.ID).fetchOne(CENTRE.ID);
    }

    private long account(String username, String hash, String name, String role, Long centre, Long institution) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, username).set(USER_ACCOUNT.PASSWORD_HASH, hash)
                .set(USER_ACCOUNT.DISPLAY_NAME, name).set(USER_ACCOUNT.ROLE, role)
                .set(USER_ACCOUNT.EMAIL, username + "@demo.example.lv")
                .set(USER_ACCOUNT.CENTRE_ID, centre).set(USER_ACCOUNT.INSTITUTION_ID, institution)
                .returning(USER_ACCOUNT.ID).fetchOne(USER_ACCOUNT.ID);
    }

    private Map<String, Long> institutions(Map<String, Long> municipalities) {
        // name, type, municipality (former municipalities where the institution was registered before 2021)
        String[][] rows = {
                {"Preiļu 1. pamatskola", "SCHOOL", "Preiļu novads"},
                {"Preiļu Valsts ģimnāzija", "SCHOOL", "Preiļu novads"},
                {"Aglonas vidusskola", "SCHOOL", "Aglonas novads"},
                {"Vārkavas pamatskola", "SCHOOL", "Vārkavas novads"},
                {"Riebiņu vidusskola", "SCHOOL", "Riebiņu novads"},
                {"Preiļu pirmsskolas izglītības iestāde \"Pasaciņa\"", "KINDERGARTEN", "Preiļu novads"},
                {"Aglonas bērnudārzs \"Sprīdītis\"", "KINDERGARTEN", "Aglonas novads"},
                {"Preiļu galvenā bibliotēka", "LIBRARY", "Preiļu novads"},
                {"Preiļu vēstures un lietišķās mākslas muzejs", "MUSEUM", "Preiļu novads"},
                {"Preiļu novada pašvaldība", "MUNICIPALITY", "Preiļu novads"},
                {"Izglītības biedrība \"Kopā\"", "NGO", "Preiļu novads"},
                {"Biedrība \"Latgales jaunieši\"", "NGO", "Preiļu novads"},
                {"Biedrība \"Vārkavas sievietes\"", "NGO", "Vārkavas novads"},
                {"Laikraksts \"Novadnieks\"", "MEDIA", "Preiļu novads"},
                {"SIA \"Preiļu maiznīca\"", "BUSINESS", "Preiļu novads"},
                {"Ziemeļu kultūras institūts", "FOREIGN_PARTNER", "Preiļu novads"},
                {"Ludzas 2. vidusskola", "SCHOOL", "Ludzas novads"},
                {"Zilupes vidusskola", "SCHOOL", "Zilupes novads"},
                {"Kārsavas vidusskola", "SCHOOL", "Kārsavas novads"},
                {"Ludzas novada pašvaldība", "MUNICIPALITY", "Ludzas novads"},
                {"Ludzas novada bibliotēka", "LIBRARY", "Ludzas novads"},
                {"Biedrība \"Zilupes kopiena\"", "NGO", "Zilupes novads"},
                {"Krāslavas Varavīksnes vidusskola", "SCHOOL", "Krāslavas novads"},
                {"Dagdas vidusskola", "SCHOOL", "Dagdas novads"},
                {"Krāslavas novada pašvaldība", "MUNICIPALITY", "Krāslavas novads"},
                {"Ilūkstes bibliotēka", "LIBRARY", "Ilūkstes novads"},
                {"Augšdaugavas novada pašvaldība", "MUNICIPALITY", "Augšdaugavas novads"},
                {"Daugavpils Universitātes aģentūra", "SCHOOL", "Daugavpils valstspilsēta"},
                {"Rēzeknes Latgaliešu kultūras biedrība", "NGO", "Rēzeknes valstspilsēta"},
                {"Līvānu novada pašvaldība", "MUNICIPALITY", "Līvānu novads"},
                {"Viļānu pamatskola", "SCHOOL", "Viļānu novads"},
                {"Balvu novada muzejs", "MUSEUM", "Balvu novads"},
                {"Baltinavas vidusskola", "SCHOOL", "Baltinavas novads"},
        };
        Map<String, Long> result = new HashMap<>();
        for (String[] row : rows) {
            Long municipality = municipalities.get(row[2]);
            if (municipality == null) {
                throw new IllegalStateException("Unknown municipality in demo data: " + row[2]);
            }
            long id = dsl.insertInto(INSTITUTION)
                    .set(INSTITUTION.NAME, row[0]).set(INSTITUTION.TYPE, row[1])
                    .set(INSTITUTION.MUNICIPALITY_ID, municipality)
                    .set(INSTITUTION.CONTACT_NAME, random.nextBoolean() ? personName() : null)
                    .returning(INSTITUTION.ID).fetchOne(INSTITUTION.ID);
            result.put(row[0], id);
        }
        return result;
    }

    private long initiative(long centre, String title, String goals, LocalDate start, LocalDate end, Long lead,
                            Long coordinator, String status) {
        return dsl.insertInto(INITIATIVE)
                .set(INITIATIVE.CENTRE_ID, centre).set(INITIATIVE.TITLE, title).set(INITIATIVE.GOALS, goals)
                .set(INITIATIVE.STARTS_ON, start).set(INITIATIVE.ENDS_ON, end)
                .set(INITIATIVE.LEAD_INSTITUTION_ID, lead).set(INITIATIVE.COORDINATOR_ID, coordinator)
                .set(INITIATIVE.STATUS, status)
                .returning(INITIATIVE.ID).fetchOne(INITIATIVE.ID);
    }

    private long phase(long initiative, String name, LocalDate start, LocalDate end, String goals, String summary) {
        return dsl.insertInto(INITIATIVE_PHASE)
                .set(INITIATIVE_PHASE.INITIATIVE_ID, initiative).set(INITIATIVE_PHASE.NAME, name)
                .set(INITIATIVE_PHASE.STARTS_ON, start).set(INITIATIVE_PHASE.ENDS_ON, end)
                .set(INITIATIVE_PHASE.GOALS, goals).set(INITIATIVE_PHASE.CLOSING_SUMMARY, summary)
                .returning(INITIATIVE_PHASE.ID).fetchOne(INITIATIVE_PHASE.ID);
    }

    private List<Long> participants(long centre, int count, List<Long> schools, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean ukrainian = random.nextInt(8) == 0;
            String category = CATEGORIES[weightedCategory()];
            int age = switch (category) {
                case "CHILD" -> 7 + random.nextInt(8);
                case "YOUNG_PERSON" -> 15 + random.nextInt(11);
                case "SENIOR" -> 65 + random.nextInt(20);
                default -> 25 + random.nextInt(35);
            };
            int birthYear = today.getYear() - age;
            boolean female = random.nextBoolean();
            String first = ukrainian ? FIRST_NAMES_UK[random.nextInt(FIRST_NAMES_UK.length)]
                    : latvianFirstName(female);
            String last = ukrainian ? LAST_NAMES_UK[random.nextInt(LAST_NAMES_UK.length)]
                    : surname(LAST_NAMES_LV[random.nextInt(LAST_NAMES_LV.length)], female);
            boolean minor = age < 16;
            boolean consent = minor || random.nextInt(10) > 0;
            LocalDate consentDate = today.minusDays(30 + random.nextInt(600));
            Long institution = "TEACHER".equals(category) || "CHILD".equals(category)
                    ? schools.get(random.nextInt(schools.size())) : null;
            long id = dsl.insertInto(PARTICIPANT)
                    .set(PARTICIPANT.CENTRE_ID, centre).set(PARTICIPANT.FIRST_NAME, first).set(PARTICIPANT.LAST_NAME, last)
                    .set(PARTICIPANT.CATEGORY, category).set(PARTICIPANT.BIRTH_YEAR, (short) birthYear)
                    .set(PARTICIPANT.EMAIL, minor ? null : (ascii(first) + "." + ascii(last) + i + "@example.lv").toLowerCase())
                    .set(PARTICIPANT.INSTITUTION_ID, institution)
                    .set(PARTICIPANT.LANGUAGE, ukrainian ? "uk" : "lv")
                    .set(PARTICIPANT.REFUGEE, ukrainian)
                    .set(PARTICIPANT.DISABILITY, random.nextInt(15) == 0)
                    .set(PARTICIPANT.CONSENT_GIVEN, !minor && consent)
                    .set(PARTICIPANT.CONSENT_DATE, !minor && consent ? consentDate : null)
                    .set(PARTICIPANT.GUARDIAN_CONSENT, minor)
                    .set(PARTICIPANT.GUARDIAN_NAME, minor ? personName() : null)
                    .set(PARTICIPANT.GUARDIAN_CONSENT_DATE, minor ? consentDate : null)
                    .returning(PARTICIPANT.ID).fetchOne(PARTICIPANT.ID);
            ids.add(id);
        }
        return ids;
    }

    private int weightedCategory() {
        int r = random.nextInt(100);
        if (r < 25) return 0;  // teacher
        if (r < 45) return 1;  // child
        if (r < 60) return 2;  // young person
        if (r < 72) return 3;  // parent
        if (r < 80) return 4;  // senior
        if (r < 88) return 5;  // municipal staff
        if (r < 95) return 6;  // NGO member
        if (r < 97) return 7;  // media
        return 8;
    }

    private long activity(long centre, String type, String title, LocalDateTime start, String place, Long initiative,
                          Long phase, Long organiser) {
        return dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.CENTRE_ID, centre).set(ACTIVITY.TYPE, type).set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.STARTS_AT, start).set(ACTIVITY.ENDS_AT, start.plusHours(2))
                .set(ACTIVITY.PLACE, place).set(ACTIVITY.INITIATIVE_ID, initiative).set(ACTIVITY.PHASE_ID, phase)
                .set(ACTIVITY.ORGANISER_INSTITUTION_ID, organiser)
                .set(ACTIVITY.DESCRIPTION, "Demo: " + title)
                .returning(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
    }

    private void tag(long activity, Map<String, Long> priorities, Map<String, Long> groups) {
        List<Long> p = new ArrayList<>(priorities.values());
        List<Long> g = new ArrayList<>(groups.values());
        Set<Long> chosenP = new LinkedHashSet<>(List.of(p.get(random.nextInt(p.size())), p.get(random.nextInt(p.size()))));
        for (Long id : chosenP) {
            dsl.insertInto(ACTIVITY_PRIORITY, ACTIVITY_PRIORITY.ACTIVITY_ID, ACTIVITY_PRIORITY.PRIORITY_ID).values(activity, id).execute();
        }
        dsl.insertInto(ACTIVITY_TARGET_GROUP, ACTIVITY_TARGET_GROUP.ACTIVITY_ID, ACTIVITY_TARGET_GROUP.TARGET_GROUP_ID)
                .values(activity, g.get(random.nextInt(g.size()))).execute();
    }

    private int attendance(long activity, List<Long> pool, int named) {
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(named, pool.size())) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        var insert = dsl.insertInto(ATTENDANCE, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.PARTICIPANT_ID);
        for (Long p : chosen) {
            insert = insert.values(activity, p);
        }
        insert.execute();
        if (random.nextBoolean()) {
            dsl.insertInto(ATTENDANCE_HEADCOUNT, ATTENDANCE_HEADCOUNT.ACTIVITY_ID, ATTENDANCE_HEADCOUNT.CATEGORY,
                            ATTENDANCE_HEADCOUNT.HEAD_COUNT)
                    .values(activity, "CHILD", 3 + random.nextInt(15)).execute();
        }
        if (random.nextInt(3) == 0) {
            dsl.insertInto(ATTENDANCE_HEADCOUNT, ATTENDANCE_HEADCOUNT.ACTIVITY_ID, ATTENDANCE_HEADCOUNT.CATEGORY,
                            ATTENDANCE_HEADCOUNT.HEAD_COUNT)
                    .values(activity, "PARENT", 1 + random.nextInt(8)).execute();
        }
        return chosen.size();
    }

    private String titleFor(String type, int i) {
        return switch (type) {
            case "COMMUNITY_EVENT" -> List.of("Kaimiņu diena", "Kopienas talka", "Rudens gadatirgus", "Ģimeņu pikniks").get(i % 4);
            case "WORKSHOP" -> List.of("Radošā darbnīca: kopienas karte", "Darbnīca: digitālie pakalpojumi senioriem",
                    "Darbnīca: mazo projektu rakstīšana").get(i % 3);
            case "SEMINAR" -> List.of("Seminārs: līdzdalības budžets", "Seminārs: brīvprātīgais darbs").get(i % 2);
            case "TEACHER_TRAINING" -> List.of("Pedagogu apmācības: iekļaujošā izglītība",
                    "Pedagogu apmācības: darbs ar bēgļu bērniem").get(i % 2);
            case "ROUND_TABLE" -> "Apaļais galds: jaunieši un pašvaldība";
            case "PUBLIC_DISCUSSION" -> List.of("Publiskā diskusija: pagasta nākotne", "Diskusija: sabiedriskais transports").get(i % 2);
            case "WORKING_GROUP_MEETING" -> "Darba grupas sanāksme: kopienu attīstība";
            default -> "Informatīvā kampaņa: e-pakalpojumi";
        };
    }

    private String personName() {
        boolean female = random.nextBoolean();
        return latvianFirstName(female) + " "
                + surname(LAST_NAMES_LV[random.nextInt(LAST_NAMES_LV.length)], female);
    }

    private String latvianFirstName(boolean female) {
        String[] names = female ? FEMALE_NAMES_LV : MALE_NAMES_LV;
        return names[random.nextInt(names.length)];
    }

    /** Latvian surnames take the gender's ending: Kalniņa / Kalniņš, Vanaga / Vanags. */
    private static String surname(String stem, boolean female) {
        if (female) {
            return stem + "a";
        }
        return stem + (stem.endsWith("ņ") ? "š" : "s");
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
