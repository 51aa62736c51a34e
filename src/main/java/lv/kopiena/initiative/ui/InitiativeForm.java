package lv.kopiena.initiative.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lv.kopiena.base.ui.RequiredSelect;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.centre.Centre;
import lv.kopiena.initiative.CoordinatorOption;
import lv.kopiena.initiative.InitiativeDetail;
import lv.kopiena.initiative.InitiativeLinks;
import lv.kopiena.initiative.InitiativeService;
import lv.kopiena.initiative.InitiativeStatus;
import lv.kopiena.initiative.InstitutionOption;
import lv.kopiena.jooq.tables.records.InitiativeRecord;
import lv.kopiena.priority.Tag;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an initiative. Scalar fields are bound to its record with validation; the linked
 * lists (funders, partners, priorities, target groups) are read into multi-selects and handed to
 * the service as {@link InitiativeLinks}. Institutions are looked up lazily as the user types.
 */
class InitiativeForm extends FormLayout {

    final TextField title = new TextField();
    final ComboBox<Centre> centre = new ComboBox<>();
    final TextArea goals = new TextArea();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Select<InitiativeStatus> status = new Select<>();
    final ComboBox<InstitutionOption> lead = new ComboBox<>();
    final MultiSelectComboBox<InstitutionOption> funders = new MultiSelectComboBox<>();
    final MultiSelectComboBox<InstitutionOption> partners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Tag> priorities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Tag> targetGroups = new MultiSelectComboBox<>();
    final ComboBox<CoordinatorOption> coordinator = new ComboBox<>();
    final Binder<InitiativeRecord> binder = new Binder<>();

    private final InitiativeService initiatives;
    private final @Nullable CoordinatorOption currentCoordinator;

    InitiativeForm(InitiativeService initiatives, InitiativeDetail detail, List<Centre> centres, boolean choosesCentre,
                   List<Tag> priorityChoices, List<Tag> targetGroupChoices) {
        this.initiatives = initiatives;
        this.currentCoordinator = detail.coordinator();
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));

        title.setLabel(getTranslation("initiative.field.title"));
        centre.setLabel(getTranslation("initiative.field.centre"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(Centre::name);
        centre.setReadOnly(!(choosesCentre && detail.isNew()));
        goals.setLabel(getTranslation("initiative.field.goals"));
        startsOn.setLabel(getTranslation("initiative.field.starts-on"));
        endsOn.setLabel(getTranslation("initiative.field.ends-on"));
        startsOn.setI18n(DatePickers.i18n(this));
        endsOn.setI18n(DatePickers.i18n(this));
        endsOn.setHelperText(getTranslation("initiative.field.ends-on.helper"));
        endsOn.setClearButtonVisible(true);
        status.setLabel(getTranslation("initiative.field.status"));
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : InitiativeFormats.status(this, s));

        lead.setLabel(getTranslation("initiative.field.lead"));
        lead.setClearButtonVisible(true);
        lookUpInstitutions(lead);
        funders.setLabel(getTranslation("initiative.field.funders"));
        lookUpInstitutions(funders);
        partners.setLabel(getTranslation("initiative.field.partners"));
        lookUpInstitutions(partners);

        priorities.setLabel(getTranslation("initiative.field.priorities"));
        priorities.setItems(priorityChoices);
        priorities.setItemLabelGenerator(this::tagLabel);
        targetGroups.setLabel(getTranslation("initiative.field.target-groups"));
        targetGroups.setItems(targetGroupChoices);
        targetGroups.setItemLabelGenerator(this::tagLabel);

        coordinator.setLabel(getTranslation("initiative.field.coordinator"));
        coordinator.setItemLabelGenerator(CoordinatorOption::displayName);
        coordinator.setClearButtonVisible(true);
        loadCoordinators(null);
        centre.addValueChangeListener(e -> loadCoordinators(e.getValue()));

        add(title, 2);
        add(centre, status, startsOn, endsOn);
        add(goals, 2);
        add(lead, coordinator);
        add(funders, partners, priorities, targetGroups);

        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 1, 200))
                .withValidator(TextValidators.singleLine(this))
                .bind(InitiativeRecord::getTitle, InitiativeRecord::setTitle);
        binder.forField(centre)
                .asRequired(getTranslation("validation.required"))
                .bind(r -> centres.stream().filter(c -> Objects.equals(c.id(), r.getCentreId())).findFirst().orElse(null),
                        (r, c) -> r.setCentreId(c == null ? null : c.id()));
        binder.forField(goals)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 10_000), 0, 10_000))
                .withValidator(TextValidators.multiLine(this))
                .bind(InitiativeRecord::getGoals, InitiativeRecord::setGoals);
        binder.forField(startsOn)
                .asRequired(getTranslation("validation.required"))
                .bind(InitiativeRecord::getStartsOn, InitiativeRecord::setStartsOn);
        Binder.Binding<InitiativeRecord, LocalDate> end = binder.forField(endsOn)
                .withValidator(date -> date == null || startsOn.getValue() == null || !date.isBefore(startsOn.getValue()),
                        getTranslation("validation.period"))
                .bind(InitiativeRecord::getEndsOn, InitiativeRecord::setEndsOn);
        startsOn.addValueChangeListener(e -> {
            if (endsOn.getValue() != null) {
                end.validate();
            }
        });
        RequiredSelect.bind(this, binder, status)
                .bind(r -> r.getStatus() == null ? null : InitiativeStatus.valueOf(r.getStatus()),
                        (r, s) -> r.setStatus(s == null ? null : s.name()));
        InstitutionOption currentLead = detail.lead();
        binder.forField(lead)
                .bind(r -> r.getLeadInstitutionId() != null && currentLead != null
                                && currentLead.id() == r.getLeadInstitutionId() ? currentLead : null,
                        (r, o) -> r.setLeadInstitutionId(o == null ? null : o.id()));
        binder.forField(coordinator)
                .bind(r -> coordinator.getListDataView().getItems()
                                .filter(c -> Objects.equals(c.id(), r.getCoordinatorId())).findFirst().orElse(null),
                        (r, c) -> r.setCoordinatorId(c == null ? null : c.id()));

        binder.readBean(detail.initiative());
        funders.setValue(new HashSet<>(detail.funders()));
        partners.setValue(new HashSet<>(detail.partners()));
        priorities.setValue(selected(priorityChoices, detail.priorityIds()));
        targetGroups.setValue(selected(targetGroupChoices, detail.targetGroupIds()));
    }

    /** The linked lists as chosen in the form. */
    InitiativeLinks links() {
        return new InitiativeLinks(ids(funders.getValue()), ids(partners.getValue()),
                priorities.getValue().stream().map(Tag::id).collect(Collectors.toSet()),
                targetGroups.getValue().stream().map(Tag::id).collect(Collectors.toSet()));
    }

    /**
     * The coordinators of the chosen centre; the initiative's present coordinator stays offered even
     * when the account has been disabled since.
     */
    private void loadCoordinators(@Nullable Centre chosen) {
        List<CoordinatorOption> options = new ArrayList<>(chosen == null ? List.of() : initiatives.coordinators(chosen.id()));
        if (currentCoordinator != null && options.stream().noneMatch(o -> o.id() == currentCoordinator.id())) {
            options.add(currentCoordinator);
        }
        CoordinatorOption kept = coordinator.getValue();
        coordinator.setItems(options);
        coordinator.setValue(kept != null && options.contains(kept) ? kept : null);
    }

    private void lookUpInstitutions(ComboBox<InstitutionOption> field) {
        field.setItems(q -> initiatives.institutions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        field.setItemLabelGenerator(InstitutionOption::name);
    }

    private void lookUpInstitutions(MultiSelectComboBox<InstitutionOption> field) {
        field.setItems(q -> initiatives.institutions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        field.setItemLabelGenerator(InstitutionOption::name);
    }

    private String tagLabel(Tag tag) {
        String name = tag.name(getLocale());
        return tag.active() ? name : getTranslation("priority.inactive-label", name);
    }

    private static Set<Tag> selected(List<Tag> choices, Set<Long> ids) {
        return choices.stream().filter(t -> ids.contains(t.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<InstitutionOption> options) {
        return options.stream().map(InstitutionOption::id).collect(Collectors.toSet());
    }
}
