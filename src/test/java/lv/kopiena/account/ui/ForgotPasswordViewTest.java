package lv.kopiena.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import lv.kopiena.KaribuTest;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import lv.kopiena.security.AttemptLimiter;
import lv.kopiena.security.ClientAddress;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForgotPasswordViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    AttemptLimiter limiter;

    private ForgotPasswordView open() {
        UI.getCurrent().navigate("forgot-password");
        return _get(ForgotPasswordView.class);
    }

    private static List<String> answer(ForgotPasswordView view) {
        return _find(view.sent, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private List<String> ask(String who) {
        ForgotPasswordView view = open();
        _setValue(view.who, who);
        _click(view.send);
        assertThat(view.form.isVisible()).isFalse();
        return answer(view);
    }

    @Test
    void the_answer_is_the_same_for_an_account_and_for_nobody_and_only_the_account_gets_a_mail() {
        List<String> forAccount = ask("educator");
        List<String> forNobody = ask("nobody@example.lv");

        assertThat(forAccount).isEqualTo(forNobody).first().isEqualTo("If an account with this address or user name "
                + "exists, we have sent a link to set a new password to its e-mail address. The link works for one "
                + "hour and only once.");
        assertThat(new QueuedMails(dsl).to("educator@demo.example.lv", MailKind.PASSWORD_RESET)).hasSize(1);
        assertThat(new QueuedMails(dsl).to("nobody@example.lv")).isEmpty();
    }

    @Test
    void opening_the_page_again_shows_the_form_again() {
        ask("nobody@example.lv");

        ForgotPasswordView again = open();

        assertThat(again.form.isVisible()).isTrue();
        assertThat(again.sent.isVisible()).isFalse();
    }

    @Test
    void nothing_typed_is_marked_at_the_field() {
        ForgotPasswordView view = open();

        _click(view.send);

        assertThat(view.who.isInvalid()).isTrue();
        assertThat(view.who.getErrorMessage()).isEqualTo("Required");
        assertThat(view.sent.isVisible()).isFalse();
    }

    @Test
    void too_many_requests_from_here_are_told_when_to_try_again() {
        for (int i = 0; i <= AttemptLimiter.Kind.RESET_ADDRESS.limit(); i++) {
            limiter.attempt(AttemptLimiter.Kind.RESET_ADDRESS, ClientAddress.current());
        }
        ForgotPasswordView view = open();
        _setValue(view.who, "educator");

        _click(view.send);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Too many requests came from here. Please try again after ");
        assertThat(view.sent.isVisible()).isFalse();
        assertThat(new QueuedMails(dsl).to("educator@demo.example.lv")).isEmpty();
    }

    @Test
    void the_page_is_complete_in_latvian_ukrainian_and_english() {
        for (Locale locale : TranslationProvider.LOCALES) {
            UI.getCurrent().setLocale(locale);
            assertThat(ask("nobody@example.lv")).hasSize(2);
        }
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        UI.getCurrent().navigate("workshops");
        assertThat(open().send.getText()).isEqualTo("Sūtīt saiti");
    }
}
