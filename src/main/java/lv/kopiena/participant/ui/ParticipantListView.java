package lv.kopiena.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import lv.kopiena.base.ui.FormDialog;
import lv.kopiena.base.ui.Notifications;
import lv.kopiena.base.ui.Queries;
import lv.kopiena.base.ui.SearchFields;
import lv.kopiena.base.ui.ViewToolbar;
import lv.kopiena.centre.Centre;
import lv.kopiena.centre.CentreService;
import lv.kopiena.jooq.tables.records.ParticipantRecord;
import lv.kopiena.participant.ConsentState;
import lv.kopiena.participant.ParticipantCategory;
import lv.kopiena.participant.ParticipantFilter;
import lv.kopiena.participant.ParticipantRow;
import lv.kopiena.participant.ParticipantService;
import lv.kopiena.privacy.PrivacyService;
import lv.kopiena.privacy.ui.PersonalDataDialog;
import lv.kopiena.participant.ProtectedGroup;
import lv.kopiena.security.CurrentUser;
import lv.kopiena.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The participants of the coordinator's centre (an admin's: of all centres, or of one): search,
 * filter by category, protected group or possible duplicates, sort, add, edit, delete, and merge
 * two records of the same person.
 */
@Route("participants")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
@Menu(order = 40, title = "participant.menu", icon = "vaadin:users")
public class ParticipantListView extends VerticalLayout implements HasDynamicTitle {

    private final ParticipantService participants;
    private final @Nullable List<Centre> centres;
    final TextField search = new TextField();
    final ComboBox<ParticipantCategory> category = new ComboBox<>();
    final ComboBox<ProtectedGroup> group = new ComboBox<>();
    final Checkbox duplicatesOnly = new Checkbox();
    final ComboBox<Centre> centre = new ComboBox<>();
    final Button add = new Button();
    final Button merge = new Button();
    /** A person's rights (export, withdraw consent, erase) for the one selected participant. */
    final Button personalData = new Button();
    final Grid<ParticipantRow> grid = new Grid<>();

    private final PrivacyService privacy;

    public ParticipantListView(ParticipantService participants, CentreService centreService, CurrentUser currentUser,
                               PrivacyService privacy) {
        this.participants = participants;
        this.privacy = privacy;
        this.centres = currentUser.hasRole(Role.ADMIN) ? centreService.all() : null;
        setSizeFull();

        SearchFields.configure(search, getTranslation("participant.search"), getTranslation("action.search"), this::refresh);

        category.setPlaceholder(getTranslation("participant.field.category"));
        category.setAriaLabel(getTranslation("participant.field.category"));
        category.setItems(ParticipantCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("participant.category." + c.name()));
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> refresh());

        group.setPlaceholder(getTranslation("participant.filter.group"));
        group.setAriaLabel(getTranslation("participant.filter.group"));
        group.setItems(ProtectedGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("participant.group." + g.name()));
        group.setClearButtonVisible(true);
        group.addValueChangeListener(e -> refresh());

        duplicatesOnly.setLabel(getTranslation("participant.filter.duplicates"));
        duplicatesOnly.addValueChangeListener(e -> refresh());

        centre.setPlaceholder(getTranslation("participant.filter.all-centres"));
        centre.setAriaLabel(getTranslation("participant.field.centre"));
        centre.setItemLabelGenerator(Centre::name);
        centre.setClearButtonVisible(true);
        centre.setVisible(centres != null);
        if (centres != null) {
            centre.setItems(centres);
        }
        centre.addValueChangeListener(e -> refresh());

        add.setText(getTranslation("participant.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(newParticipant()));

        merge.setText(getTranslation("participant.merge.open"));
        merge.setEnabled(false);
        merge.setTooltipText(getTranslation("participant.merge.hint"));
        merge.addClickListener(e -> openMerge());

        personalData.setText(getTranslation("privacy.open"));
        personalData.setEnabled(false);
        personalData.setTooltipText(getTranslation("privacy.open.hint"));
        personalData.addClickListener(e -> openPersonalData());

        ViewToolbar toolbar = new ViewToolbar(search, category, group, centre, duplicatesOnly, personalData, merge, add);
        toolbar.setTitle(getTranslation("participant.title"));

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(ParticipantRow::lastName).setHeader(getTranslation("participant.field.last-name"))
                .setKey("lastName").setSortProperty("lastName").setFlexGrow(2);
        grid.addColumn(ParticipantRow::firstName).setHeader(getTranslation("participant.field.first-name"))
                .setKey("firstName").setSortProperty("firstName").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("participant.category." + r.category().name()))
                .setHeader(getTranslation("participant.field.category")).setKey("category").setSortProperty("category");
        grid.addColumn(ParticipantRow::birthYear).setHeader(getTranslation("participant.field.birth-year"))
                .setKey("birthYear").setSortProperty("birthYear").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ParticipantRow::institutionName).setHeader(getTranslation("participant.field.institution"))
                .setKey("institution").setFlexGrow(2);
        grid.addColumn(consentRenderer()).setHeader(getTranslation("participant.column.consent")).setKey("consent");
        grid.addColumn(r -> ParticipantLabels.flags(this, r)).setHeader(getTranslation("participant.column.flags"))
                .setKey("flags");
        grid.addColumn(ParticipantRow::attendanceCount).setHeader(getTranslation("participant.column.attendance"))
                .setKey("attendance").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ParticipantRow::centreName).setHeader(getTranslation("participant.field.centre"))
                .setKey("centre").setVisible(centres != null);
        grid.addColumn(r -> dates.format(r.createdAt().toLocalDate())).setHeader(getTranslation("participant.column.created"))
                .setKey("created").setSortProperty("created").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(q -> participants.list(filter(), Queries.page(q)).stream(), q -> participants.count(filter()))
                .setIdentifierProvider(ParticipantRow::id);
        grid.addSelectionListener(e -> {
            merge.setEnabled(e.getAllSelectedItems().size() == 2);
            personalData.setEnabled(e.getAllSelectedItems().size() == 1);
        });
        grid.addItemClickListener(e -> edit(participants.get(e.getItem().id())));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();
    }

    /** An icon and a word for the consent state; rendered in the browser, no component per row. */
    private LitRenderer<ParticipantRow> consentRenderer() {
        return LitRenderer.<ParticipantRow>of("""
                        <vaadin-icon icon="${item.icon}" style="width: var(--lumo-icon-size-s); height: var(--lumo-icon-size-s); \
                        color: ${item.color}; vertical-align: text-bottom"></vaadin-icon> <span>${item.text}</span>""")
                .withProperty("icon", r -> switch (r.consent()) {
                    case OWN -> "vaadin:check";
                    case GUARDIAN -> "vaadin:family";
                    case MISSING -> "vaadin:warning";
                })
                .withProperty("color", r -> r.consent() == ConsentState.MISSING
                        ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
                .withProperty("text", r -> getTranslation("participant.consent." + r.consent().name()));
    }

    ParticipantFilter filter() {
        return new ParticipantFilter(search.getValue(), category.getValue(), group.getValue(), duplicatesOnly.getValue(),
                centre.getValue() == null ? null : centre.getValue().id());
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private ParticipantRecord newParticipant() {
        ParticipantRecord record = participants.newParticipant();
        if (record.getCentreId() == null && centre.getValue() != null) {
            record.setCentreId(centre.getValue().id());
        }
        return record;
    }

    private void edit(ParticipantRecord record) {
        boolean isNew = record.getId() == null;
        ParticipantForm form = new ParticipantForm(participants, centres, isNew);
        form.read(record);
        FormDialog dialog = new FormDialog(
                getTranslation(isNew ? "participant.add" : "participant.edit"), form,
                () -> {
                    if (!form.binder.writeBeanIfValid(record)) {
                        return false;
                    }
                    participants.save(record);
                    refresh();
                    Notifications.success(getTranslation("notification.saved"));
                    return true;
                },
                isNew ? null : () -> {
                    participants.delete(record.getId());
                    refresh();
                    Notifications.success(getTranslation("notification.deleted"));
                    return true;
                });
        dialog.open();
    }

    private void openMerge() {
        Set<ParticipantRow> selected = grid.getSelectedItems();
        if (selected.size() != 2) {
            return;
        }
        List<ParticipantRow> two = selected.stream().map(r -> participants.row(r.id())).toList();
        new MergeDialog(participants, two.get(0), two.get(1), this::refresh).open();
    }

    private void openPersonalData() {
        Set<ParticipantRow> selected = grid.getSelectedItems();
        if (selected.size() != 1) {
            return;
        }
        ParticipantRow row = selected.iterator().next();
        PersonalDataDialog.forParticipant(privacy, row.id(), row.firstName() + " " + row.lastName(), this::refresh)
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.title");
    }
}
