package lv.kopiena.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.i18n.TranslationProvider;
import lv.kopiena.security.OpenSession;
import lv.kopiena.security.Role;
import lv.kopiena.user.UserSessionService;

/**
 * The admin's "who is logged in": the sessions open now, with the person, since when, last
 * activity, address and browser, and a button that ends one (the person is logged out at the next
 * click).
 */
@Route("users/sessions")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 71, title = "sessions.menu", icon = "vaadin:connect")
public class SessionListView extends VerticalLayout implements HasDynamicTitle {

    private final UserSessionService sessions;
    final Grid<OpenSession> grid = new Grid<>();
    final Span count = new Span();
    final Button refresh = new Button();

    public SessionListView(UserSessionService sessions) {
        this.sessions = sessions;
        setSizeFull();

        refresh.setText(getTranslation("sessions.refresh"));
        refresh.addClickListener(e -> reload());
        ViewToolbar toolbar = new ViewToolbar(count, refresh);
        toolbar.setTitle(getTranslation("sessions.title"));

        grid.addColumn(SessionListView::person).setHeader(getTranslation("sessions.column.person"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("role." + s.role().name())).setHeader(getTranslation("sessions.column.role"));
        grid.addColumn(s -> time(s.startedAt())).setHeader(getTranslation("sessions.column.since")).setAutoWidth(true);
        grid.addColumn(s -> time(s.lastSeenAt())).setHeader(getTranslation("sessions.column.last-seen")).setAutoWidth(true);
        grid.addColumn(OpenSession::address).setHeader(getTranslation("sessions.column.address")).setAutoWidth(true);
        grid.addColumn(s -> Browsers.describe(s.userAgent())).setHeader(getTranslation("sessions.column.browser"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<OpenSession>of(
                        "<vaadin-button theme='tertiary error small' aria-label='${item.aria}' @click=${end}>${item.label}</vaadin-button>")
                        .withProperty("label", s -> getTranslation("sessions.end"))
                        // several rows have this button: a screen reader says whose session it ends
                        .withProperty("aria", s -> getTranslation("sessions.end.of", person(s)))
                        .withFunction("end", this::confirmEnd))
                // always in reach, also on a phone where the other columns scroll
                .setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> sessions.open(q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();

        add(toolbar, new Paragraph(getTranslation("sessions.intro")), grid);
        showCount();
    }

    void confirmEnd(OpenSession session) {
        if (sessions.isOwn(session.id())) {
            Notifications.error(getTranslation("sessions.end.own"), getTranslation("action.close"));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("sessions.end.confirm.title"));
        dialog.setText(getTranslation("sessions.end.confirm.text", session.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("sessions.end"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.addConfirmListener(e -> end(session));
        dialog.open();
    }

    void end(OpenSession session) {
        try {
            sessions.end(session.id());
            Notifications.success(getTranslation("sessions.end.done"));
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
        reload();
    }

    private static String person(OpenSession s) {
        return s.displayName() + " (" + s.username() + ")";
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("sessions.count", sessions.countOpen()));
    }

    private String time(LocalDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(TranslationProvider.supported(getLocale())).format(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }
}
