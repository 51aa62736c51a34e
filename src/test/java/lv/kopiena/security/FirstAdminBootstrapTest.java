package lv.kopiena.security;

import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.kopiena.IntegrationTest;
import lv.kopiena.i18n.TranslationProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

class FirstAdminBootstrapTest extends IntegrationTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    TranslationProvider translations;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void aServerDatabaseWithoutAnAdmin() {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ROLE, "FUNDER").where(USER_ACCOUNT.ROLE.eq("ADMIN")).execute();
    }

    @Test
    void a_weak_first_admin_password_stops_the_start_with_a_readable_reason() {
        assertThatThrownBy(() -> bootstrap("kopiena-admin", "Password2024!").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KOPIENA_ADMIN_PASSWORD is refused: This password is too common or too easy to guess. "
                        + "A few unrelated words make a strong password that is easy to remember.");
        assertThat(accounts.anyAdminExists()).isFalse();
    }

    @Test
    void the_first_admin_is_created_from_the_environment_with_an_argon2id_hash() {
        bootstrap("kopiena-admin", "zaļš ābols uz Preiļu galda").run(new DefaultApplicationArguments());
        KopienaUser admin = accounts.findByUsername("kopiena-admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{argon2}");
    }

    private FirstAdminBootstrap bootstrap(String username, String password) {
        return new FirstAdminBootstrap(accounts, encoder, policy, translations, username, password);
    }
}
