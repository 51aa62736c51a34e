package lv.kopiena.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import lv.kopiena.account.ui.ChangePasswordView;
import lv.kopiena.educator.ui.RegisterView;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.i18n.ui.LanguageSelection;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.ui.LoginView;

/**
 * The frame around every view: a side menu with only the views the user may open (collected
 * from {@code @Menu} annotations and filtered by the views' access rules), the language switch
 * and logout. Menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final AuthenticationContext authentication;
    private final CurrentUser currentUser;
    private final LanguageSelection languages;
    private final SideNav nav = new SideNav();
    private final H1 title = new H1();
    private final Span userName = new Span();
    private final Button logout = new Button();
    /** Everyone logged in may change their own password. */
    private final RouterLink changePassword = new RouterLink();
    private final Select<Locale> language = new Select<>();
    /** For a visitor without login: the public pages are open, these lead to an account. */
    private final RouterLink login = new RouterLink();
    private final RouterLink register = new RouterLink();

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, LanguageSelection languages) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.languages = languages;
        setPrimarySection(Section.DRAWER);
        title.addClassName("app-title");
        nav.addClassName("app-nav");

        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.choose(getUI().orElseThrow(), e.getValue());
            }
        });
        language.addClassName("language-select");

        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(e -> authentication.logout());

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addToNavbar(header);

        changePassword.setRoute(ChangePasswordView.class);
        changePassword.addClassName("change-password-link");
        login.setRoute(LoginView.class);
        register.setRoute(RegisterView.class);

        VerticalLayout footer = new VerticalLayout(userName, changePassword, language, logout, login, register);
        footer.setPadding(true);
        footer.setSpacing(false);
        footer.addClassName("app-drawer-footer");
        VerticalLayout drawer = new VerticalLayout(nav, footer);
        drawer.setSizeFull();
        drawer.setPadding(false);
        drawer.expand(nav);
        addToDrawer(drawer);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        logout.setText(getTranslation("app.logout"));
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(TranslationProvider.supported(event.getLocale()));
        boolean loggedIn = currentUser.get().isPresent();
        logout.setVisible(loggedIn);
        changePassword.setText(getTranslation("account.change.link"));
        changePassword.setVisible(loggedIn);
        login.setText(getTranslation("educator.nav.login"));
        register.setText(getTranslation("educator.nav.register"));
        login.setVisible(!loggedIn);
        register.setVisible(!loggedIn);
        userName.setText(currentUser.get()
                .map(u -> u.displayName() + " · " + getTranslation("role." + u.role().name()))
                .orElse(""));
        rebuildMenu();
    }

    private void rebuildMenu() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }
}
