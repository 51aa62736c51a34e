package lv.kopiena.audit;

import static lv.kopiena.jooq.Tables.AUDIT_EVENT;
import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import lv.kopiena.IntegrationTest;
import lv.kopiena.institution.InstitutionService;
import lv.kopiena.jooq.tables.records.InstitutionRecord;
import lv.kopiena.security.KopienaUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints what the audit trail costs at 100,000 entries (a few years of a region's work): sealing
 * them into the chain, checking the whole chain, the pages and counts /audit asks for with each
 * filter, and what auditing adds to a form's save. Figures, not assertions; run with
 * {@code ./mvnw test -Dtest=AuditTrailBenchmark -Dbenchmark=true}. Everything is rolled back.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AuditTrailBenchmark extends IntegrationTest {

    private static final int ROWS = 100_000;
    private static final String[] TYPES = {"participant", "activity", "institution", "initiative", "user_account", "workshop"};
    private static final AuditAction[] ACTIONS = {AuditAction.UPDATE, AuditAction.CREATE, AuditAction.ATTENDANCE,
            AuditAction.LOGIN, AuditAction.LOGIN_FAILED, AuditAction.REPORT_DOWNLOAD, AuditAction.DELETE};

    @Autowired
    AuditService audit;
    @Autowired
    AuditChain chain;
    @Autowired
    InstitutionService institutions;
    @Autowired
    DSLContext dsl;

    @Test
    void the_audit_trail_at_100000_entries() {
        insertRows();
        long start = System.nanoTime();
        int sealed = chain.seal();
        long sealMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("sealed %,d entries in %,d ms (%,.0f entries/s)%n", sealed, sealMs, sealed * 1000.0 / sealMs);
        start = System.nanoTime();
        ChainCheck check = chain.check();
        System.out.printf("checked the whole chain (%,d entries, intact=%s) in %,d ms%n", check.checked(), check.intact(),
                (System.nanoTime() - start) / 1_000_000);
        dsl.execute("ANALYZE TABLE audit_event");

        KopienaUser admin = login("admin");
        int total = audit.count(AuditFilter.none());
        System.out.printf("%n=== /audit as admin, %,d entries ===%n", total);
        measure("first page (50), no filter", () -> audit.list(AuditFilter.none(), 0, 50));
        measure("page at offset 50,000", () -> audit.list(AuditFilter.none(), 50_000, 50));
        measure("last page", () -> audit.list(AuditFilter.none(), total - 50, 50));
        measure("count, no filter", () -> audit.count(AuditFilter.none()));
        AuditFilter person = new AuditFilter("koordinator", null, null, null, null, null);
        measure("count, person 'koordinator'", () -> audit.count(person));
        measure("first page, person 'koordinator'", () -> audit.list(person, 0, 50));
        AuditFilter record = new AuditFilter(null, "participant", 17L, null, null, null);
        measure("count + page, one record's history", () -> audit.count(record) + audit.list(record, 0, 50).size());
        AuditFilter kind = new AuditFilter(null, null, null, AuditAction.LOGIN_FAILED, null, null);
        measure("count, failed logins", () -> audit.count(kind));
        measure("first page, failed logins", () -> audit.list(kind, 0, 50));
        AuditFilter month = new AuditFilter(null, null, null, null, LocalDate.now().minusMonths(13),
                LocalDate.now().minusMonths(12));
        measure("count + page, one month a year ago", () -> audit.count(month) + audit.list(month, 0, 50).size());
        login("coordinator");
        int own = audit.count(AuditFilter.none());
        System.out.printf("%n=== /audit as a coordinator (own centre + institutions), %,d entries ===%n", own);
        measure("count", () -> audit.count(AuditFilter.none()));
        measure("first page", () -> audit.list(AuditFilter.none(), 0, 50));
        measure("last page", () -> audit.list(AuditFilter.none(), Math.max(0, own - 50), 50));

        System.out.printf("%n=== what auditing adds to a save ===%n");
        long id = dsl.select(INSTITUTION.ID).from(INSTITUTION).limit(1).fetchSingle(INSTITUTION.ID);
        login("coordinator");
        long service = saves(id, 200);
        long audited = stores(id, 200);
        logout();
        long plain = stores(id, 200);
        System.out.printf("200 saves of an institution through its service as a coordinator: %,d ms%n", service);
        System.out.printf("200 record stores: %,d ms by a person (audited), %,d ms by the system (not audited); "
                + "%.2f ms more per audited store%n", audited, plain, (audited - plain) / 200.0);
        login("admin");
        assertIntact();
    }

    private void assertIntact() {
        ChainCheck after = chain.check();
        System.out.printf("chain after the saves: %,d entries, intact=%s%n", after.checked(), after.intact());
    }

    private long saves(long id, int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            InstitutionRecord record = institutions.get(id);
            record.setName("Benchmark bibliotēka " + i);
            institutions.save(record);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Plain record stores: with a person logged in the record listener writes an entry, without one nothing. */
    private long stores(long id, int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            InstitutionRecord record = dsl.selectFrom(INSTITUTION).where(INSTITUTION.ID.eq(id)).fetchSingle();
            record.setName("Benchmark bibliotēka " + (i % 2 == 0 ? "A" : "B"));
            record.store();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void insertRows() {
        List<Long> accounts = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).fetch(USER_ACCOUNT.ID);
        Random random = new Random(9);
        LocalDateTime now = LocalDateTime.now();
        long start = System.nanoTime();
        for (int batch = 0; batch < ROWS / 1000; batch++) {
            var insert = dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTION, AUDIT_EVENT.RECORD_TYPE,
                    AUDIT_EVENT.RECORD_ID, AUDIT_EVENT.CENTRE_ID, AUDIT_EVENT.ACTOR_ACCOUNT_ID, AUDIT_EVENT.ACTOR_ROLE,
                    AUDIT_EVENT.ADDRESS, AUDIT_EVENT.CHANGES, AUDIT_EVENT.DETAIL);
            for (int i = 0; i < 1000; i++) {
                int n = batch * 1000 + i;
                AuditAction action = ACTIONS[random.nextInt(ACTIONS.length)];
                String type = TYPES[random.nextInt(TYPES.length)];
                insert = insert.values(now.minusMinutes((long) (ROWS - n) * 15), action.name(), type,
                        (long) random.nextInt(5000), 1L + random.nextInt(3), accounts.get(random.nextInt(accounts.size())),
                        "COORDINATOR", "10.0." + random.nextInt(256) + "." + random.nextInt(256),
                        action == AuditAction.UPDATE ? AuditLog.json(List.of(FieldChange.of("title", "Vecais " + n,
                                "Jaunais " + n), FieldChange.hidden("last_name"))) : null,
                        null);
            }
            insert.execute();
        }
        System.out.printf("inserted %,d audit entries (about %.1f years, one every 15 minutes) in %,d ms%n", ROWS,
                ROWS * 15 / 60.0 / 24 / 365, (System.nanoTime() - start) / 1_000_000);
    }

    private static void measure(String what, Supplier<?> query) {
        query.get(); // warm up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            query.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-45s %7.1f ms%n", what, best / 1e6);
    }
}
