package lv.kopiena.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import lv.kopiena.KaribuTest;
import lv.kopiena.account.PasswordResetService;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ResetPasswordViewTest extends KaribuTest {

    @Autowired
    PasswordResetService resets;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    private String link() {
        resets.requestReset("educator");
        return new QueuedMails(dsl).latestToken("educator@demo.example.lv", MailKind.PASSWORD_RESET);
    }

    /** Opens the link as a fresh page (from another page, as a click in a mail would). */
    private ResetPasswordView open(String token) {
        UI.getCurrent().navigate("workshops");
        UI.getCurrent().navigate(ResetPasswordView.class, token);
        return _get(ResetPasswordView.class);
    }

    private static List<String> paragraphs(ResetPasswordView view) {
        return _find(view.content, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private boolean passwordIs(String password) {
        return encoder.matches(password, dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq("educator")).fetchSingle(USER_ACCOUNT.PASSWORD_HASH));
    }

    @Test
    void a_working_link_sets_the_new_password_and_leads_to_the_login() {
        ResetPasswordView view = open(link());
        assertThat(paragraphs(view)).first().asString().startsWith("A new password for the account educator.");

        _setValue(view.password, "zila-laiva-uz-ezera");
        _setValue(view.repeat, "zila-laiva-uz-ezera");
        _click(view.save);

        assertThat(paragraphs(view)).containsExactly("Your new password is set. Log in with it.");
        assertThat(_find(view.content, RouterLink.class)).extracting(RouterLink::getHref).containsExactly("login");
        assertThat(passwordIs("zila-laiva-uz-ezera")).isTrue();
    }

    @Test
    void weak_personal_and_differing_passwords_are_marked_at_the_fields() {
        ResetPasswordView view = open(link());

        _setValue(view.password, "educator-2026-rudens");
        assertThat(view.password.getErrorMessage())
                .isEqualTo("The password must not contain your e-mail address or user name");
        _setValue(view.password, "qwertyuiop");
        assertThat(view.password.getErrorMessage()).startsWith("This password is too common");
        _setValue(view.password, "zila-laiva-uz-ezera");
        _setValue(view.repeat, "zila-laiva-uz-ezeraa");
        _click(view.save);

        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(passwordIs("demo")).isTrue();
    }

    @Test
    void a_used_or_unknown_link_says_so_and_offers_a_new_one() {
        String token = link();
        resets.reset(token, "zila-laiva-uz-ezera", "zila-laiva-uz-ezera");

        for (String used : new String[] {token, "not-a-link"}) {
            ResetPasswordView view = open(used);
            assertThat(paragraphs(view)).containsExactly("This link no longer works: it was already used, a newer one "
                    + "was sent, or it is older than one hour.");
            assertThat(_find(view.content, RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ask for a new link", "forgot-password"));
        }
    }

    @Test
    void a_link_used_up_while_the_page_was_open_says_so_on_saving() {
        String token = link();
        ResetPasswordView view = open(token);
        resets.reset(token, "cits-garš-teikums-7", "cits-garš-teikums-7");

        _setValue(view.password, "zila-laiva-uz-ezera");
        _setValue(view.repeat, "zila-laiva-uz-ezera");
        _click(view.save);

        assertThat(paragraphs(view)).first().asString().startsWith("This link no longer works");
        assertThat(passwordIs("cits-garš-teikums-7")).isTrue();
    }

    @Test
    void the_page_is_complete_in_latvian_ukrainian_and_english() {
        for (Locale locale : TranslationProvider.LOCALES) {
            UI.getCurrent().setLocale(locale);
            ResetPasswordView view = open(link());
            _setValue(view.password, "zila-laiva-" + locale.getLanguage() + "-ezera");
            _setValue(view.repeat, "zila-laiva-" + locale.getLanguage() + "-ezera");
            _click(view.save);
            assertThat(paragraphs(view)).hasSize(1);
            open("not-a-link");
        }
        UI.getCurrent().setLocale(TranslationProvider.UKRAINIAN);
        assertThat(open(link()).save.getText()).isEqualTo("Встановити новий пароль");
    }
}
