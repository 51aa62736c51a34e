package lv.kopiena.audit;

import static lv.kopiena.jooq.Tables.AUDIT_EVENT;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import lv.kopiena.WebTest;
import lv.kopiena.jooq.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class LoginAuditTest extends WebTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void logins_failures_and_lock_outs_are_in_the_trail_by_account_never_by_the_typed_name() throws Exception {
        mvc.perform(loginPost("coordinator", "demo", "10.9.0.1"));
        for (int i = 0; i < 6; i++) {
            mvc.perform(loginPost("coordinator", "wrong-" + i, "10.9.0.2")).andExpect(unauthenticated());
        }
        mvc.perform(loginPost("s3cret-typed-as-name", "demo", "10.9.0.3")).andExpect(unauthenticated());

        long coordinator = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq("coordinator"))
                .fetchSingle(USER_ACCOUNT.ID);
        // the logins wrote in transactions of their own, committed while this test's is open
        var entries = committed(() -> dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch());
        assertThat(entries).extracting(AuditEventRecord::getAction).containsExactly("LOGIN",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED_OUT", "LOGIN_FAILED");
        AuditEventRecord login = entries.getFirst();
        assertThat(login.getActorAccountId()).isEqualTo(coordinator);
        assertThat(login.getActorRole()).isEqualTo("COORDINATOR");
        assertThat(login.getCentreId()).isNotNull();
        assertThat(login.getAddress()).isEqualTo("10.9.0.1");
        AuditEventRecord unknown = entries.getLast();
        assertThat(unknown.getActorAccountId()).isNull();
        assertThat(unknown.getDetail()).isEqualTo("unknown user name");
        assertThat(committed(() -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.DETAIL.contains("s3cret")
                .or(AUDIT_EVENT.CHANGES.contains("s3cret"))))).isZero();
    }

    private <T> T committed(java.util.function.Supplier<T> read) {
        TransactionTemplate fresh = new TransactionTemplate(transactions);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return fresh.execute(status -> read.get());
    }
}
