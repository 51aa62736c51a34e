package lv.kopiena.educator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static lv.kopiena.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import lv.kopiena.KaribuTest;
import lv.kopiena.educator.EducatorRegistrationService;
import lv.kopiena.educator.Registration;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.mail.MailKind;
import lv.kopiena.mail.QueuedMails;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConfirmRegistrationViewTest extends KaribuTest {

    private static final String ANNA = "anna.berzina@skola.example.lv";

    @Autowired
    EducatorRegistrationService registrations;
    @Autowired
    DSLContext dsl;

    private String register(String email) {
        Registration r = new Registration();
        r.setName("Anna Bērziņa");
        r.setEmail(email);
        r.setPassword("rudens-lapas-2026");
        r.setPasswordRepeat("rudens-lapas-2026");
        r.setLanguage("lv");
        r.setPrivacyConsent(true);
        registrations.register(r);
        return new QueuedMails(dsl).latestToken(email, MailKind.ACCOUNT_CONFIRM);
    }

    /** Opens the link as a fresh page (from another page, as a click in a mail would). */
    private ConfirmRegistrationView open(String token) {
        UI.getCurrent().navigate("workshops");
        UI.getCurrent().navigate(ConfirmRegistrationView.class, token);
        return _get(ConfirmRegistrationView.class);
    }

    private int accounts() {
        return dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(ANNA));
    }

    private static java.util.List<String> paragraphs(ConfirmRegistrationView view) {
        return _find(view.content, Paragraph.class).stream().map(Paragraph::getText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void opening_the_link_shows_whose_account_it_is_and_only_the_button_creates_it() {
        ConfirmRegistrationView view = open(register(ANNA));

        assertThat(view.title.getText()).isEqualTo("Create your account");
        assertThat(paragraphs(view)).containsExactly("This link creates the educator account of Anna Bērziņa with "
                + "the e-mail address " + ANNA + ". Press the button to create it.");
        assertThat(accounts()).as("a mail scanner that opens the link creates nothing").isZero();

        _click(view.create);

        assertThat(accounts()).isEqualTo(1);
        assertThat(view.title.getText()).isEqualTo("Your account is ready");
        assertThat(_find(view.content, RouterLink.class)).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Log in");
            assertThat(link.getHref()).isEqualTo("login?registered");
        });
    }

    @Test
    void a_used_link_says_so_and_offers_to_register_again() {
        String token = register(ANNA);
        registrations.confirm(token);

        ConfirmRegistrationView view = open(token);

        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(paragraphs(view)).first().asString().startsWith("It was already used, or it is older than 48 hours.");
        assertThat(_find(view.content, RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Log in", "login"),
                        org.assertj.core.groups.Tuple.tuple("Register again", "register"));
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void a_link_that_was_used_up_while_the_page_was_open_creates_nothing_and_says_so() {
        String token = register(ANNA);
        ConfirmRegistrationView view = open(token);
        registrations.confirm(register(ANNA));

        _click(view.create);

        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(accounts()).isEqualTo(1);
    }

    @Test
    void a_link_of_an_address_that_meanwhile_has_an_account_leads_to_log_in_or_a_new_password() {
        String token = register(ANNA);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL, ANNA).where(USER_ACCOUNT.USERNAME.eq("educator")).execute();

        ConfirmRegistrationView view = open(token);

        assertThat(view.title.getText()).isEqualTo("You already have an account");
        assertThat(_find(view.content, RouterLink.class)).extracting(RouterLink::getHref)
                .containsExactly("login", "forgot-password");
        assertThat(accounts()).isZero();
    }

    @Test
    void every_state_of_the_page_is_complete_in_latvian_ukrainian_and_english() {
        for (Locale locale : TranslationProvider.LOCALES) {
            UI.getCurrent().setLocale(locale);
            String email = "anna-" + locale.getLanguage() + "@skola.example.lv";
            String token = register(email);
            ConfirmRegistrationView view = open(token);
            assertThat(paragraphs(view)).singleElement().asString().contains(email);
            _click(view.create);
            assertThat(view.title.getText()).isNotBlank();
            open(token);
            open("not-a-link");
        }
        UI.getCurrent().setLocale(TranslationProvider.LATVIAN);
        ConfirmRegistrationView view = open(register("anna-lv2@skola.example.lv"));
        assertThat(view.create.getText()).isEqualTo("Izveidot manu kontu");
    }
}
