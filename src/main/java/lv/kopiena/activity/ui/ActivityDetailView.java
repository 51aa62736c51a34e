package lv.kopiena.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.NativeButtonRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lv.kopiena.activity.ActivityDetail;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.activity.Attendee;
import lv.kopiena.activity.AttendanceService;
import lv.kopiena.activity.AttendanceTotals;
import lv.kopiena.activity.HeadCountConflictException;
import lv.kopiena.activity.ParticipantCategory;
import lv.kopiena.activity.ParticipantOption;
import lv.kopiena.activity.TagOption;
import lv.kopiena.base.NotFoundException;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.RouteIds;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.Role;
import lv.kopiena.workshop.WorkshopOverview;
import lv.kopiena.workshop.WorkshopService;
import lv.kopiena.workshop.ui.WorkshopView;
import org.jspecify.annotations.Nullable;

/**
 * One activity with its attendance: what, when and where, then who came. Named participants are
 * added by typing a name (or ticked in the quick check-list) and each mark is saved at once;
 * head counts by category are saved together. The totals add both up. An activity the reader may
 * not see is "not found", like one that does not exist.
 */
@Route("activities/:id" + RouteIds.ID)
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
public class ActivityDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityService activities;
    private final AttendanceService attendance;
    private final CentreService centreService;
    private final WorkshopService workshops;
    private final boolean admin;

    final H2 heading = new H2();
    final Span summary = new Span();
    final Span context = new Span();
    final Span organiser = new Span();
    final Span tags = new Span();
    final Paragraph description = new Paragraph();
    final Button back = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    /** To the workshop page: its sign-up and waiting list, or opening the activity for sign-up. */
    final Button workshop = new Button();
    final Span totals = new Span();
    final ComboBox<ParticipantOption> addParticipant = new ComboBox<>();
    final Button checklist = new Button();
    final Grid<Attendee> attendees = new Grid<>();
    final Map<ParticipantCategory, IntegerField> headCounts = new EnumMap<>(ParticipantCategory.class);
    final Button saveHeadCounts = new Button();

    private long activityId;
    private @Nullable ActivityDetail detail;
    /** The head counts as last read from the database: what the user's changes are compared with. */
    private Map<ParticipantCategory, Integer> shownHeadCounts = Map.of();

    public ActivityDetailView(ActivityService activities, AttendanceService attendance, CentreService centreService,
                              CurrentUser currentUser, WorkshopService workshops) {
        this.activities = activities;
        this.workshops = workshops;
        this.attendance = attendance;
        this.centreService = centreService;
        this.admin = currentUser.hasRole(Role.ADMIN);
        setWidthFull();
        setMaxWidth("80rem");

        back.setText(getTranslation("activity.detail.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> UI.getCurrent().navigate(ActivityListView.class));
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> openEditor());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        workshop.setIcon(VaadinIcon.CALENDAR_USER.create());
        workshop.setVisible(false);
        workshop.addClickListener(e -> UI.getCurrent().navigate(WorkshopView.class,
                new RouteParameters("activityId", String.valueOf(activityId))));
        HorizontalLayout actions = new HorizontalLayout(back, workshop, edit, delete);
        actions.setWidthFull();
        back.getStyle().set("margin-inline-end", "auto");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        heading.getStyle().set("margin", "0");
        VerticalLayout about = new VerticalLayout(heading, summary, context, organiser, tags, description);
        about.setPadding(false);
        about.setSpacing(false);
        description.getStyle().set("white-space", "pre-line");

        totals.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        add(actions, about, new H3(getTranslation("activity.attendance.title")), totals, attendanceSections());
    }

    private Component attendanceSections() {
        addParticipant.setLabel(getTranslation("activity.attendance.add.label"));
        addParticipant.setPlaceholder(getTranslation("activity.attendance.add.placeholder"));
        addParticipant.setItemLabelGenerator(ParticipantOption::label);
        addParticipant.setItems(q -> attendance.candidates(activityId, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        addParticipant.setWidthFull();
        addParticipant.setClearButtonVisible(true);
        addParticipant.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                mark(e.getValue());
                addParticipant.clear();
            }
        });
        checklist.setText(getTranslation("activity.checklist.open"));
        checklist.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        checklist.addClickListener(e -> new AttendanceChecklistDialog(attendance, activityId,
                detail != null && detail.initiativeId() != null, this::refreshAttendance).open());
        HorizontalLayout adding = new HorizontalLayout(addParticipant, checklist);
        adding.setWidthFull();
        adding.setAlignItems(FlexComponent.Alignment.END);
        adding.setFlexGrow(1, addParticipant);

        attendees.addColumn(Attendee::label).setHeader(getTranslation("activity.attendance.name")).setKey("name")
                .setSortProperty("name").setSortable(true).setFlexGrow(3);
        attendees.addColumn(a -> ActivityLabels.category(this, a.category()))
                .setHeader(getTranslation("activity.attendance.category")).setKey("category")
                .setSortProperty("category").setSortable(true).setFlexGrow(2);
        attendees.addColumn(new NativeButtonRenderer<>(getTranslation("activity.attendance.remove"), this::unmark))
                .setKey("remove").setAutoWidth(true).setFlexGrow(0);
        attendees.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        attendees.setItems(q -> attendance.attendees(activityId, Queries.page(q)).stream(),
                q -> attendance.attendeeCount(activityId));
        attendees.setEmptyStateText(getTranslation("activity.attendance.empty"));
        attendees.setHeight("24rem");

        VerticalLayout named = new VerticalLayout(new H3(getTranslation("activity.attendance.named")), adding, attendees);
        named.setPadding(false);
        named.getStyle().set("flex", "2 1 24rem");

        FormLayout counts = new FormLayout();
        counts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 3));
        for (ParticipantCategory category : ParticipantCategory.values()) {
            IntegerField field = new IntegerField(ActivityLabels.category(this, category));
            field.setMin(0);
            field.setMax(AttendanceService.MAX_HEAD_COUNT);
            field.setStepButtonsVisible(true);
            field.setValue(0);
            field.setErrorMessage(getTranslation("activity.headcount.error.range", AttendanceService.MAX_HEAD_COUNT));
            headCounts.put(category, field);
            counts.add(field);
        }
        saveHeadCounts.setText(getTranslation("activity.headcount.save"));
        saveHeadCounts.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveHeadCounts.addClickListener(e -> saveHeadCounts());
        VerticalLayout counted = new VerticalLayout(new H3(getTranslation("activity.headcount.title")),
                new Paragraph(getTranslation("activity.headcount.helper")), counts, saveHeadCounts);
        counted.setPadding(false);
        counted.getStyle().set("flex", "1 1 20rem");

        FlexLayout sections = new FlexLayout(named, counted);
        sections.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sections.getStyle().set("gap", "var(--lumo-space-l)");
        sections.setWidthFull();
        return sections;
    }

    /** A missing activity, another centre's and an id that is no number all end on the same not-found page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activityId = RouteIds.id(event, "id");
        load();
    }

    private void load() {
        detail = activities.detail(activityId);
        ActivityDetail d = detail;
        heading.setText(d.title());
        summary.setText(ActivityLabels.type(this, d.type()) + " · " + ActivityLabels.period(this, d.startsAt(), d.endsAt())
                + (d.place() == null ? "" : " · " + d.place()));
        String initiativeText = d.initiativeTitle() == null ? "" : getTranslation("activity.field.initiative") + ": "
                + d.initiativeTitle() + (d.phaseName() == null ? "" : " · " + d.phaseName());
        context.setText((admin ? d.centreName() + (initiativeText.isEmpty() ? "" : " · ") : "") + initiativeText);
        String organiserName = d.organiserInstitution() != null ? d.organiserInstitution() : d.organiserPerson();
        organiser.setText(organiserName == null ? "" : getTranslation("activity.field.organiser") + ": " + organiserName);
        tags.setText(tagText(d));
        description.setText(d.description() == null ? "" : d.description());
        WorkshopOverview w = workshops.overview(activityId);
        workshop.setVisible(w.hasWorkshop() || w.typeTakesSignups());
        workshop.setText(getTranslation(w.hasWorkshop() ? "workshop.activity.open-list" : "workshop.activity.open-signup"));
        shownHeadCounts = attendance.headCounts(activityId);
        headCounts.forEach((category, field) -> {
            field.setValue(shownHeadCounts.getOrDefault(category, 0));
            field.setInvalid(false);
        });
        refreshAttendance();
    }

    private String tagText(ActivityDetail d) {
        StringBuilder text = new StringBuilder();
        if (!d.priorities().isEmpty()) {
            text.append(getTranslation("activity.field.priorities")).append(": ").append(names(d.priorities()));
        }
        if (!d.targetGroups().isEmpty()) {
            text.append(text.isEmpty() ? "" : " · ")
                    .append(getTranslation("activity.field.target-groups")).append(": ").append(names(d.targetGroups()));
        }
        return text.toString();
    }

    private String names(List<TagOption> list) {
        return list.stream().map(t -> t.name(getLocale())).collect(Collectors.joining(", "));
    }

    private void refreshAttendance() {
        AttendanceTotals t = attendance.totals(activityId);
        totals.setText(getTranslation("activity.attendance.totals", t.total(), t.named(), t.headCountTotal()));
        attendees.getDataProvider().refreshAll();
        addParticipant.getDataProvider().refreshAll();
    }

    private void mark(ParticipantOption person) {
        try {
            if (attendance.add(activityId, person.id())) {
                Notifications.success(getTranslation("activity.attendance.added", person.label()));
            } else {
                Notification.show(getTranslation("activity.attendance.already", person.label()), 4000,
                        Notification.Position.BOTTOM_START);
            }
            refreshAttendance();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void unmark(Attendee person) {
        try {
            attendance.remove(activityId, person.participantId());
            Notifications.success(getTranslation("activity.attendance.removed", person.label()));
            refreshAttendance();
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void saveHeadCounts() {
        Map<ParticipantCategory, Integer> wanted = new EnumMap<>(ParticipantCategory.class);
        boolean valid = true;
        for (var entry : headCounts.entrySet()) {
            IntegerField field = entry.getValue();
            Integer value = field.getValue();
            boolean ok = !field.isInvalid() && (value == null || (value >= 0 && value <= AttendanceService.MAX_HEAD_COUNT));
            field.setInvalid(!ok);
            valid &= ok;
            wanted.put(entry.getKey(), value == null ? 0 : value);
        }
        if (!valid) {
            return;
        }
        try {
            shownHeadCounts = attendance.saveHeadCounts(activityId, shownHeadCounts, wanted);
            headCounts.forEach((category, field) -> field.setValue(shownHeadCounts.getOrDefault(category, 0)));
            Notifications.success(getTranslation("activity.headcount.saved"));
            refreshAttendance();
        } catch (HeadCountConflictException e) {
            // keep what the user typed; the next save is then made knowing today's numbers
            shownHeadCounts = attendance.headCounts(activityId);
            String changed = e.changedMeanwhile().entrySet().stream()
                    .map(c -> ActivityLabels.category(this, c.getKey()) + " " + c.getValue())
                    .collect(Collectors.joining(", "));
            Notifications.error(getTranslation("activity.headcount.error.changed", changed), getTranslation("action.close"));
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("activity.error.deleted"), getTranslation("action.close"));
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void openEditor() {
        try {
            List<Centre> centres = admin ? centreService.all() : List.of();
            ActivityEditor.open(this, activities, centres, activities.get(activityId), activities.links(activityId),
                    id -> load());
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void confirmDelete() {
        ActivityDetail d = detail;
        if (d == null) {
            return;
        }
        AttendanceTotals t = attendance.totals(activityId);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("action.delete.confirm.title"));
        confirm.setText(getTranslation("activity.delete.confirm", d.title(), t.named(), t.headCountTotal()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                activities.delete(activityId, d.version());
                Notifications.success(getTranslation("notification.deleted"));
                UI.getCurrent().navigate(ActivityListView.class);
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("activity.title") : getTranslation("activity.detail.page-title", detail.title());
    }
}
