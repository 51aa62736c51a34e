package lv.kopiena.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.RouteIds;
import lv.kopiena.centre.CentreService;
import lv.kopiena.initiative.InitiativeDetail;
import lv.kopiena.initiative.InitiativeService;
import lv.kopiena.initiative.Period;
import lv.kopiena.initiative.PhaseRow;
import lv.kopiena.jooq.tables.records.InitiativePhaseRecord;
import lv.kopiena.jooq.tables.records.InitiativeRecord;
import lv.kopiena.priority.PriorityService;
import lv.kopiena.priority.TagKind;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One initiative (or a new one, at /initiatives/new): its form with Save and Delete, and the list
 * of its phases, each edited in a dialog. After a failed save everything typed stays in place and
 * the reason is shown.
 */
@Route("initiatives/:id(new|[0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
public class InitiativeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InitiativeService initiatives;
    private final CentreService centres;
    private final PriorityService priorities;
    final H2 heading = new H2();
    final Button save = new Button();
    final Button delete = new Button();
    final Button addPhase = new Button();
    final Grid<PhaseRow> phases = new Grid<>();
    final Span phasesHint = new Span();
    @Nullable InitiativeForm form;
    private @Nullable InitiativeDetail detail;

    public InitiativeView(InitiativeService initiatives, CentreService centres, PriorityService priorities) {
        this.initiatives = initiatives;
        this.centres = centres;
        this.priorities = priorities;
        setWidthFull();
        setMaxWidth("72rem");

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        addPhase.setText(getTranslation("initiative.phase.add"));
        addPhase.setIcon(VaadinIcon.PLUS.create());
        addPhase.addClickListener(e -> editPhase(initiatives.newPhase(requireId())));
        phasesHint.setText(getTranslation("initiative.phase.save-first"));

        phases.addColumn(PhaseRow::name).setHeader(getTranslation("initiative.phase.field.name")).setKey("name")
                .setSortable(true).setFlexGrow(3);
        phases.addColumn(p -> InitiativeFormats.period(this, p.period()))
                .setHeader(getTranslation("initiative.field.period")).setKey("start").setSortable(true).setFlexGrow(2);
        phases.addColumn(p -> p.summarised() ? getTranslation("initiative.phase.summary-written") : "")
                .setHeader(getTranslation("initiative.phase.field.closing-summary")).setKey("summary");
        phases.addColumn(PhaseRow::activityCount).setHeader(getTranslation("activity.plural")).setKey("activities")
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("8rem");
        phases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phases.setEmptyStateText(getTranslation("list.empty"));
        phases.addItemClickListener(e -> editPhase(initiatives.phase(e.getItem().id())));
        phases.setWidthFull();
        phases.setHeight("16rem");
    }

    /** A missing initiative, another centre's and an id that is no number all end on the same not-found page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean isNew = event.getRouteParameters().get("id").filter("new"::equals).isPresent();
        detail = isNew ? initiatives.newInitiative() : initiatives.detail(RouteIds.id(event, "id"));
        show(detail);
    }

    private void show(InitiativeDetail shown) {
        removeAll();
        InitiativeRecord initiative = shown.initiative();
        form = new InitiativeForm(initiatives, shown,
                centres.all(), initiatives.seesAllCentres(),
                priorities.choices(TagKind.PRIORITY, shown.priorityIds()),
                priorities.choices(TagKind.TARGET_GROUP, shown.targetGroupIds()));
        heading.setText(shown.isNew() ? getTranslation("initiative.new") : initiative.getTitle());

        RouterLink back = new RouterLink(getTranslation("initiative.back"), InitiativeListView.class);
        HorizontalLayout actions = new HorizontalLayout(save);
        if (!shown.isNew()) {
            actions.addComponentAsFirst(delete);
        }
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(back, heading, form, actions);

        HorizontalLayout phaseHeader = new HorizontalLayout(new H3(getTranslation("initiative.phase.plural")), addPhase);
        phaseHeader.setWidthFull();
        phaseHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        phaseHeader.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(phaseHeader);
        if (shown.isNew()) {
            addPhase.setEnabled(false);
            add(phasesHint);
        } else {
            long id = initiative.getId();
            addPhase.setEnabled(true);
            phases.setItems(q -> initiatives.phaseList(id, Queries.page(q)).stream(), q -> initiatives.phaseCount(id));
            add(phases);
        }
    }

    private void save() {
        InitiativeDetail shown = requireDetail();
        InitiativeForm shownForm = requireForm();
        InitiativeRecord initiative = shown.initiative();
        try {
            if (shown.isNew()) {
                // a copy, so that a failed insert leaves the form's record new and the user may retry
                InitiativeRecord copy = initiative.copy();
                if (!shownForm.binder.writeBeanIfValid(copy)) {
                    return;
                }
                long id = initiatives.save(copy, shownForm.links());
                Notifications.success(getTranslation("notification.saved"));
                getUI().ifPresent(ui -> ui.navigate(InitiativeView.class, new RouteParameters("id", String.valueOf(id))));
                return;
            }
            if (!shownForm.binder.writeBeanIfValid(initiative)) {
                return;
            }
            initiatives.save(initiative, shownForm.links());
            heading.setText(initiative.getTitle());
            phases.getDataProvider().refreshAll();
            Notifications.success(getTranslation("notification.saved"));
        } catch (RuntimeException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void confirmDelete() {
        long id = requireId();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("action.delete.confirm.title"));
        confirm.setText(getTranslation("initiative.delete.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                initiatives.delete(id);
                Notifications.success(getTranslation("notification.deleted"));
                getUI().ifPresent(ui -> ui.navigate(InitiativeListView.class));
            } catch (RuntimeException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        confirm.open();
    }

    private void editPhase(InitiativePhaseRecord phase) {
        boolean isNew = phase.getId() == null;
        InitiativeRecord initiative = requireDetail().initiative();
        PhaseForm phaseForm = new PhaseForm(new Period(initiative.getStartsOn(), initiative.getEndsOn()));
        phaseForm.binder.readBean(phase);
        phaseForm.checkPeriod();
        FormDialog dialog = new FormDialog(
                getTranslation(isNew ? "initiative.phase.add" : "initiative.phase.edit"), phaseForm,
                () -> {
                    if (!phaseForm.binder.writeBeanIfValid(phase)) {
                        return false;
                    }
                    initiatives.savePhase(phase);
                    phases.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.saved"));
                    return true;
                },
                isNew ? null : () -> {
                    initiatives.deletePhase(phase.getId());
                    phases.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notification.deleted"));
                    return true;
                });
        dialog.open();
    }

    private InitiativeDetail requireDetail() {
        if (detail == null) {
            throw new IllegalStateException("No initiative shown");
        }
        return detail;
    }

    private InitiativeForm requireForm() {
        if (form == null) {
            throw new IllegalStateException("No initiative shown");
        }
        return form;
    }

    private long requireId() {
        Long id = requireDetail().initiative().getId();
        if (id == null) {
            throw new IllegalStateException("The initiative is not saved yet");
        }
        return id;
    }

    @Override
    public String getPageTitle() {
        if (detail == null || detail.isNew()) {
            return getTranslation("initiative.new");
        }
        return detail.initiative().getTitle();
    }
}
