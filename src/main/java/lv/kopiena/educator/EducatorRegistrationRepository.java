package lv.kopiena.educator;

import static lv.kopiena.jooq.Tables.INSTITUTION;
import static lv.kopiena.jooq.Tables.MUNICIPALITY;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import lv.kopiena.jooq.tables.Municipality;
import lv.kopiena.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/** Creates educator accounts and offers the institutions an educator may work at. */
@Repository
class EducatorRegistrationRepository {

    private final DSLContext dsl;

    EducatorRegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Compares lower case with lower case: e-mails are stored lower case, and the column's collation ignores case too. */
    boolean usernameTaken(String email) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(email));
    }

    long insertEducator(String email, String passwordHash, String name, @Nullable Long institutionId,
                        String language, LocalDateTime consentAt) {
        return dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, email)
                .set(USER_ACCOUNT.EMAIL, email)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.DISPLAY_NAME, name)
                .set(USER_ACCOUNT.ROLE, Role.EDUCATOR.name())
                .set(USER_ACCOUNT.INSTITUTION_ID, institutionId)
                .set(USER_ACCOUNT.PREFERRED_LOCALE, language)
                .set(USER_ACCOUNT.PRIVACY_CONSENT_AT, consentAt)
                .returningResult(USER_ACCOUNT.ID)
                .fetchSingle(USER_ACCOUNT.ID);
    }
}
