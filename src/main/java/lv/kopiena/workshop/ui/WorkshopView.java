package lv.kopiena.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.NativeButtonRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ui.AutoRefresh;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.IdlePolling;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.RouteIds;
import lv.kopiena.jooq.tables.records.WorkshopRecord;
import lv.kopiena.security.Role;
import lv.kopiena.workshop.EducatorOption;
import lv.kopiena.workshop.SignupResult;
import lv.kopiena.workshop.SignupRow;
import lv.kopiena.workshop.SignupStatus;
import lv.kopiena.workshop.WorkshopOverview;
import lv.kopiena.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;

/**
 * One workshop as its coordinator runs it: the settings, the seats taken and left, everyone
 * signed up with the waiting list in its order, adding and removing people, cancelling, and the
 * attendance check-list from the start of the workshop. The page keeps itself current while it is
 * open (educators sign up and cancel meanwhile): it polls every few seconds while the coordinator
 * is active, and pauses after a while without a click or key press (see {@link IdlePolling}).
 */
@Route("workshops/manage/:activityId" + RouteIds.ID)
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
public class WorkshopView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the open page refreshes its lists. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private final WorkshopService workshops;

    final Button back = new Button();
    final H2 heading = new H2();
    final Span when = new Span();
    final Span details = new Span();
    final Span seats = new Span();
    final Span status = new Span();
    final Paragraph notice = new Paragraph();
    final Button settings = new Button();
    final Button checklist = new Button();
    final Button cancelWorkshop = new Button();
    /** Why the check-list button is not enabled yet: the workshop has not started. */
    final Span attendanceHint = new Span();
    final AutoRefresh autoRefresh;
    final ComboBox<EducatorOption> addPerson = new ComboBox<>();
    final Checkbox showAll = new Checkbox();
    final Grid<SignupRow> grid = new Grid<>();
    private final VerticalLayout people = new VerticalLayout();

    private long activityId;
    private @Nullable WorkshopOverview overview;

    public WorkshopView(WorkshopService workshops, IdlePolling idlePolling) {
        this.workshops = workshops;
        this.autoRefresh = idlePolling.every(POLL_INTERVAL, this::poll);
        setWidthFull();
        setMaxWidth("80rem");

        back.setText(getTranslation("workshop.manage.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> UI.getCurrent().navigate(WorkshopListView.class));
        settings.setIcon(VaadinIcon.COG.create());
        settings.addClickListener(e -> openSettings());
        checklist.setText(getTranslation("workshop.attendance.open"));
        checklist.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        checklist.addClickListener(e -> new AttendanceDialog(workshops, activityId, this::refresh).open());
        cancelWorkshop.setText(getTranslation("workshop.cancel.open"));
        cancelWorkshop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancelWorkshop.addClickListener(e -> confirmCancel());
        HorizontalLayout actions = new HorizontalLayout(back, settings, checklist, cancelWorkshop);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        back.getStyle().set("margin-inline-end", "auto");
        actions.getStyle().set("flex-wrap", "wrap");

        heading.getStyle().set("margin", "0");
        seats.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        status.getElement().getThemeList().add("badge error");
        attendanceHint.addClassName("workshop-attendance-hint");
        attendanceHint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout about = new VerticalLayout(heading, when, details, status, seats, notice, attendanceHint,
                autoRefresh);
        about.setPadding(false);
        about.setSpacing(false);

        add(actions, about, peopleSection());
    }

    private VerticalLayout peopleSection() {
        addPerson.setLabel(getTranslation("workshop.add.label"));
        addPerson.setPlaceholder(getTranslation("workshop.add.placeholder"));
        addPerson.setItemLabelGenerator(EducatorOption::label);
        addPerson.setItems(q -> workshops.educators(activityId, q.getFilter().orElse(""), q.getOffset(),
                q.getLimit()).stream());
        addPerson.setClearButtonVisible(true);
        addPerson.setWidthFull();
        addPerson.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addToList(e.getValue());
                addPerson.clear();
            }
        });
        showAll.setLabel(getTranslation("workshop.signups.show-all"));
        showAll.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout adding = new HorizontalLayout(addPerson, showAll);
        adding.setWidthFull();
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setFlexGrow(1, addPerson);

        grid.addColumn(SignupRow::name).setHeader(getTranslation("workshop.signup.name")).setKey("name")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(SignupRow::email).setHeader(getTranslation("workshop.signup.email")).setKey("email")
                .setFlexGrow(2);
        grid.addColumn(SignupRow::institution).setHeader(getTranslation("workshop.signup.institution"))
                .setKey("institution").setFlexGrow(2);
        grid.addColumn(r -> WorkshopLabels.signupStatus(this, r)).setHeader(getTranslation("workshop.signup.status"))
                .setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> WorkshopLabels.dateTime(r.signedUpAt())).setHeader(getTranslation("workshop.signup.at"))
                .setKey("signedUp").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.attended() ? getTranslation("workshop.signup.attended.yes") : "")
                .setHeader(getTranslation("workshop.signup.attended")).setKey("attended").setAutoWidth(true);
        grid.addColumn(new NativeButtonRenderer<>(getTranslation("workshop.signup.remove"), this::confirmRemove))
                .setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> workshops.signups(activityId, !showAll.getValue(), Queries.page(q)).stream(),
                q -> workshops.signupCount(activityId, !showAll.getValue()));
        grid.setEmptyStateText(getTranslation("workshop.signups.empty"));
        grid.setHeight("32rem");

        people.add(new H3(getTranslation("workshop.signups.title")), adding, grid);
        people.setPadding(false);
        return people;
    }

    /** A missing activity, another centre's and an id that is no number all end on the same not-found page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activityId = RouteIds.id(event, "activityId");
        load();
    }

    private void load() {
        overview = workshops.overview(activityId);
        WorkshopOverview o = overview;
        heading.setText(o.title());
        when.setText(getTranslation("activity.type." + o.type().name()) + " · " + WorkshopLabels.dateTime(o.startsAt())
                + (o.place() == null ? "" : " · " + o.place()) + " · " + o.centreName());
        boolean open = o.hasWorkshop() && !o.cancelled();
        settings.setText(getTranslation(o.hasWorkshop() ? "workshop.settings.edit" : "workshop.settings.open"));
        settings.setVisible(o.hasWorkshop() ? !o.cancelled() : o.typeTakesSignups());
        checklist.setVisible(open);
        // the service refuses marks before the start; the page says so instead of offering them
        checklist.setEnabled(o.attendanceOpen());
        attendanceHint.setText(getTranslation("workshop.attendance.not-yet", WorkshopLabels.dateTime(o.startsAt())));
        attendanceHint.setVisible(open && !o.attendanceOpen());
        cancelWorkshop.setVisible(open);
        addPerson.setVisible(open);
        people.setVisible(o.hasWorkshop());
        status.setVisible(o.cancelled());
        status.setText(o.cancelled() ? getTranslation("workshop.status.CANCELLED")
                + (o.cancelReason() == null ? "" : ": " + o.cancelReason()) : "");
        if (!o.hasWorkshop()) {
            details.setText("");
            seats.setText("");
            notice.setText(getTranslation(o.typeTakesSignups() ? "workshop.notice.not-open" : "workshop.notice.type"));
            notice.setVisible(true);
            return;
        }
        notice.setVisible(false);
        details.setText(detailText(o));
        seats.setText(getTranslation("workshop.seats", o.confirmed(), o.capacity(), o.seatsLeft())
                + (o.waitingList() ? " · " + getTranslation("workshop.seats.waiting", o.waiting())
                : " · " + getTranslation("workshop.seats.no-waiting-list"))
                + (o.attended() > 0 ? " · " + getTranslation("workshop.seats.attended", o.attended()) : ""));
    }

    private String detailText(WorkshopOverview o) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("workshop.field.language") + ": " + WorkshopLabels.language(this, o.language()));
        parts.add(getTranslation("workshop.field.hours") + ": " + WorkshopLabels.hours(o.hours()));
        if (o.signupOpensAt() != null || o.signupClosesAt() != null) {
            parts.add(getTranslation("workshop.detail.signup-period",
                    o.signupOpensAt() == null ? "…" : WorkshopLabels.dateTime(o.signupOpensAt()),
                    o.signupClosesAt() == null ? "…" : WorkshopLabels.dateTime(o.signupClosesAt())));
        }
        if (o.audience() != null) {
            parts.add(getTranslation("workshop.field.audience") + ": " + o.audience());
        }
        if (o.onlineLink() != null) {
            parts.add(getTranslation("workshop.field.online-link") + ": " + o.onlineLink());
        }
        return String.join(" · ", parts);
    }

    /** Reads the seats and the lists again after an action. */
    void refresh() {
        poll();
        addPerson.getDataProvider().refreshAll();
    }

    /**
     * Reads the seats and the sign-up list again (on every poll); the person search is left alone,
     * so that a coordinator typing a name is not interrupted.
     */
    private void poll() {
        try {
            load();
            grid.getDataProvider().refreshAll();
        } catch (NotFoundException e) {
            // deleted meanwhile: nothing left to refresh
            autoRefresh.stop();
            ErrorMessages.show(this, e);
        }
    }

    private void openSettings() {
        WorkshopOverview o = overview;
        if (o == null) {
            return;
        }
        try {
            WorkshopRecord record = workshops.settings(activityId);
            boolean isNew = record.getVersion() == null;
            WorkshopForm form = new WorkshopForm(o);
            form.binder.readBean(record);
            FormDialog dialog = new FormDialog(getTranslation(isNew ? "workshop.settings.open" : "workshop.settings.edit"),
                    form, () -> {
                        if (!form.binder.writeBeanIfValid(record)) {
                            return false;
                        }
                        workshops.save(record);
                        Notifications.success(getTranslation("notification.saved"));
                        refresh();
                        return true;
                    }, null);
            dialog.open();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void addToList(EducatorOption person) {
        try {
            SignupResult result = workshops.addPerson(activityId, person.id());
            Notifications.success(result.status() == SignupStatus.CONFIRMED
                    ? getTranslation("workshop.add.confirmed", person.name())
                    : getTranslation("workshop.add.waiting", person.name(), result.waitingPosition()));
            refresh();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void confirmRemove(SignupRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("workshop.remove.title"));
        confirm.setText(getTranslation("workshop.remove.text", row.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("workshop.signup.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                workshops.remove(activityId, row.id());
                Notifications.success(getTranslation("workshop.remove.done", row.name()));
                refresh();
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
                refresh();
            }
        });
        confirm.open();
    }

    private void confirmCancel() {
        TextArea reason = new TextArea(getTranslation("workshop.cancel.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        VerticalLayout content = new VerticalLayout(new Span(getTranslation("workshop.cancel.text")), reason);
        content.setPadding(false);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("workshop.cancel.title"));
        confirm.setText(content);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("workshop.cancel.keep"));
        confirm.setConfirmText(getTranslation("workshop.cancel.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                workshops.cancel(activityId, reason.getValue());
                Notifications.success(getTranslation("workshop.cancel.done"));
                refresh();
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return overview == null ? getTranslation("workshop.manage.title")
                : getTranslation("workshop.page-title", overview.title());
    }
}
