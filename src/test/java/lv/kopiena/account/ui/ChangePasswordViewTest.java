package lv.kopiena.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    private ChangePasswordView open() {
        UI.getCurrent().navigate(ChangePasswordView.class);
        return _get(ChangePasswordView.class);
    }

    private boolean passwordOf(String username, String password) {
        return encoder.matches(password, dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username)).fetchSingle(USER_ACCOUNT.PASSWORD_HASH));
    }

    private static void fill(ChangePasswordView view, String current, String password, String repeat) {
        _setValue(view.current, current);
        _setValue(view.password, password);
        _setValue(view.repeat, repeat);
    }

    @Test
    void the_side_menu_offers_visitors_no_password_to_change() {
        UI.getCurrent().navigate("workshops");

        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref).doesNotContain("account/password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "educator", "funder"})
    void the_side_menu_links_to_it_for_everyone_logged_in(String username) {
        login(username);
        UI.getCurrent().navigate("");

        assertThat(_find(RouterLink.class)).filteredOn(l -> l.getHref().equals("account/password"))
                .singleElement().satisfies(l -> assertThat(l.getText()).isEqualTo("Change password"));
    }

    @Test
    void a_person_changes_the_password_and_is_told_the_other_sessions_ended() {
        login("coordinator");
        ChangePasswordView view = open();
        fill(view, "demo", "zila-laiva-uz-ezera", "zila-laiva-uz-ezera");

        _click(view.save);

        assertThat(view.status.isVisible()).isTrue();
        assertThat(view.status.getText()).isEqualTo("Your password is changed. Everywhere else you were logged in, "
                + "you are now logged out.");
        assertThat(view.current.getValue()).isEmpty();
        assertThat(view.password.getValue()).isEmpty();
        assertThat(passwordOf("coordinator", "zila-laiva-uz-ezera")).isTrue();
        assertThat(new QueuedMails(dsl).to("coordinator@demo.example.lv", MailKind.PASSWORD_CHANGED)).hasSize(1);
    }

    @Test
    void a_wrong_current_password_is_marked_at_its_field() {
        login("educator");
        ChangePasswordView view = open();
        fill(view, "not-demo", "zila-laiva-uz-ezera", "zila-laiva-uz-ezera");

        _click(view.save);

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.status.isVisible()).isFalse();
        assertThat(passwordOf("educator", "demo")).isTrue();
    }

    @Test
    void after_too_many_wrong_passwords_the_page_says_when_to_try_again() {
        login("educator");
        ChangePasswordView view = open();
        for (int i = 0; i < 6; i++) {
            fill(view, "not-demo-" + i, "zila-laiva-uz-ezera", "zila-laiva-uz-ezera");
            _click(view.save);
        }

        assertThat(view.status.getText()).startsWith("Too many wrong passwords. For your safety, please try again after ");
    }

    @Test
    void the_new_password_is_checked_at_the_field_with_the_persons_own_data() {
        login("educator");
        ChangePasswordView view = open();

        _setValue(view.password, "educator@demo.example.lv-1");
        assertThat(view.password.getErrorMessage())
                .isEqualTo("The password must not contain your e-mail address or user name");
        _setValue(view.password, "1234567890");
        assertThat(view.password.getErrorMessage()).startsWith("This password is too common");
    }

    @Test
    void visitors_are_sent_to_the_login() {
        UI.getCurrent().navigate("account/password");
        assertThat(_find(ChangePasswordView.class)).isEmpty();
    }

    @Test
    void the_page_is_complete_in_latvian_ukrainian_and_english() {
        login("funder");
        for (Locale locale : TranslationProvider.LOCALES) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("workshops");
            ChangePasswordView view = open();
            String next = "zila-laiva-" + locale.getLanguage() + "-ezera";
            String current = switch (locale.getLanguage()) {
                case "lv" -> "demo";
                case "uk" -> "zila-laiva-lv-ezera";
                default -> "zila-laiva-uk-ezera";
            };
            fill(view, current, next, next);
            _click(view.save);
            assertThat(view.status.getText()).as(locale.toString()).doesNotContain("!");
            assertThat(passwordOf("funder", next)).isTrue();
        }
    }
}
