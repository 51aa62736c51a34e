package lv.kopiena.activity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lv.kopiena.base.ui.RequiredSelect;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.activity.ActivityLinks;
import lv.kopiena.activity.ActivityService;
import lv.kopiena.activity.ActivityType;
import lv.kopiena.activity.InitiativeOption;
import lv.kopiena.activity.InstitutionOption;
import lv.kopiena.activity.PhaseOption;
import lv.kopiena.activity.TagOption;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.centre.Centre;
import lv.kopiena.jooq.tables.records.ActivityRecord;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an activity bound to its record, with the same rules the service enforces shown
 * at the field: required type, title and start; an end not before the start; a phase only of the
 * chosen initiative (suggested from the date); an institution or a person as organiser, not both.
 * An admin also picks the centre of a new activity; a coordinator's is always its own.
 */
class ActivityForm extends FormLayout {

    final ComboBox<Centre> centre = new ComboBox<>();
    final Select<ActivityType> type = new Select<>();
    final TextField title = new TextField();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final TextField place = new TextField();
    final ComboBox<InitiativeOption> initiative = new ComboBox<>();
    final ComboBox<PhaseOption> phase = new ComboBox<>();
    final ComboBox<InstitutionOption> organiserInstitution = new ComboBox<>();
    final TextField organiserPerson = new TextField();
    final MultiSelectComboBox<TagOption> priorities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TagOption> targetGroups = new MultiSelectComboBox<>();
    final TextArea description = new TextArea();
    final Binder<ActivityRecord> binder = new Binder<>();

    private final ActivityService activities;
    private final List<Centre> centres;
    private List<InitiativeOption> initiativeItems = List.of();
    private List<PhaseOption> phaseItems = List.of();
    /** True while the phase shown is our suggestion, which may follow the date; false once the user chose. */
    private boolean phaseSuggested;

    /**
     * @param centres the centres an admin chooses from; empty for a coordinator (no centre field)
     * @param activityId the activity being edited, null for a new one
     */
    ActivityForm(ActivityService activities, List<Centre> centres, @Nullable Long activityId) {
        this.activities = activities;
        this.centres = centres;

        centre.setLabel(getTranslation("activity.field.centre"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(Centre::name);
        centre.setVisible(!centres.isEmpty());
        type.setLabel(getTranslation("activity.field.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> ActivityLabels.type(this, t));
        type.setPlaceholder(getTranslation("activity.field.type.placeholder"));
        title.setLabel(getTranslation("activity.field.title"));
        title.setMaxLength(200);
        start.setLabel(getTranslation("activity.field.start"));
        end.setLabel(getTranslation("activity.field.end"));
        for (DateTimePicker picker : List.of(start, end)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(getLocale());
            picker.setDatePickerI18n(DatePickers.i18n(this));
        }
        place.setLabel(getTranslation("activity.field.place"));
        initiative.setLabel(getTranslation("activity.field.initiative"));
        initiative.setItemLabelGenerator(InitiativeOption::title);
        initiative.setClearButtonVisible(true);
        phase.setLabel(getTranslation("activity.field.phase"));
        phase.setHelperText(getTranslation("activity.field.phase.helper"));
        phase.setItemLabelGenerator(PhaseOption::name);
        phase.setClearButtonVisible(true);
        phase.setEnabled(false);
        organiserInstitution.setLabel(getTranslation("activity.field.organiser-institution"));
        organiserInstitution.setHelperText(getTranslation("activity.field.organiser.helper"));
        organiserInstitution.setItems(q -> activities.institutions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        organiserInstitution.setItemLabelGenerator(InstitutionOption::name);
        organiserInstitution.setClearButtonVisible(true);
        organiserPerson.setLabel(getTranslation("activity.field.organiser-person"));
        priorities.setLabel(getTranslation("activity.field.priorities"));
        priorities.setItems(activities.priorities(activityId));
        priorities.setItemLabelGenerator(t -> t.name(getLocale()));
        targetGroups.setLabel(getTranslation("activity.field.target-groups"));
        targetGroups.setItems(activities.targetGroups(activityId));
        targetGroups.setItemLabelGenerator(t -> t.name(getLocale()));
        description.setLabel(getTranslation("activity.field.description"));
        description.setMinHeight("6rem");

        add(centre, type, title, start, end, place, initiative, phase, organiserInstitution, organiserPerson,
                priorities, targetGroups, description);
        setColspan(title, 2);
        setColspan(description, 2);
        if (!centres.isEmpty()) {
            setColspan(centre, 2);
        }

        centre.addValueChangeListener(e -> loadInitiatives(e.getValue() == null ? null : e.getValue().id()));
        initiative.addValueChangeListener(e -> {
            loadPhases(e.getValue());
            suggestPhase();
        });
        phase.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                phaseSuggested = false;
            }
        });
        if (centres.isEmpty()) {
            loadInitiatives(null);
        }

        if (!centres.isEmpty()) {
            binder.forField(centre)
                    .asRequired(getTranslation("validation.required"))
                    .bind(r -> centres.stream().filter(c -> Objects.equals(c.id(), r.getCentreId())).findFirst().orElse(null),
                            (r, c) -> r.setCentreId(c == null ? null : c.id()));
        }
        RequiredSelect.bind(this, binder, type)
                .bind(r -> r.getType() == null ? null : ActivityType.valueOf(r.getType()),
                        (r, t) -> r.setType(t == null ? null : t.name()));
        binder.forField(title)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 1, 200))
                .withValidator(TextValidators.singleLine(this))
                .bind(ActivityRecord::getTitle, ActivityRecord::setTitle);
        binder.forField(start)
                .asRequired(getTranslation("validation.required"))
                .bind(ActivityRecord::getStartsAt, ActivityRecord::setStartsAt);
        var endBinding = binder.forField(end)
                .withValidator(e -> e == null || start.getValue() == null || !e.isBefore(start.getValue()),
                        getTranslation("validation.period"))
                .bind(ActivityRecord::getEndsAt, ActivityRecord::setEndsAt);
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                endBinding.validate();
            }
            suggestPhase();
        });
        binder.forField(place)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 300), 0, 300))
                .withValidator(TextValidators.singleLine(this))
                .bind(ActivityRecord::getPlace, ActivityRecord::setPlace);
        binder.forField(initiative)
                .bind(r -> initiativeItems.stream().filter(i -> Objects.equals(i.id(), r.getInitiativeId())).findFirst().orElse(null),
                        (r, i) -> r.setInitiativeId(i == null ? null : i.id()));
        binder.forField(phase)
                .bind(r -> phaseItems.stream().filter(p -> Objects.equals(p.id(), r.getPhaseId())).findFirst().orElse(null),
                        (r, p) -> r.setPhaseId(p == null ? null : p.id()));
        binder.forField(organiserInstitution)
                .bind(r -> r.getOrganiserInstitutionId() == null ? null : activities.institution(r.getOrganiserInstitutionId()),
                        (r, i) -> r.setOrganiserInstitutionId(i == null ? null : i.id()));
        var personBinding = binder.forField(organiserPerson)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 160), 0, 160))
                .withValidator(p -> p == null || p.isBlank() || organiserInstitution.isEmpty(),
                        getTranslation("activity.error.organiser-both"))
                .withValidator(TextValidators.singleLine(this))
                .bind(ActivityRecord::getOrganiserPerson, ActivityRecord::setOrganiserPerson);
        organiserInstitution.addValueChangeListener(e -> {
            if (!organiserPerson.isEmpty()) {
                personBinding.validate();
            }
        });
        binder.forField(description)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 10_000), 0, 10_000))
                .withValidator(TextValidators.multiLine(this))
                .bind(ActivityRecord::getDescription, ActivityRecord::setDescription);
    }

    /** Shows the record and its tags; the centre is fixed once the activity exists. */
    void read(ActivityRecord record, ActivityLinks links) {
        centre.setReadOnly(record.getId() != null);
        binder.readBean(record);
        // a phase already saved is the user's choice; a new activity gets suggestions
        phaseSuggested = record.getPhaseId() == null;
        priorities.setValue(select(priorities, links.priorityIds()));
        targetGroups.setValue(select(targetGroups, links.targetGroupIds()));
    }

    ActivityLinks links() {
        return new ActivityLinks(ids(priorities.getValue()), ids(targetGroups.getValue()));
    }

    private void loadInitiatives(@Nullable Long centreId) {
        initiativeItems = centres.isEmpty() || centreId != null ? activities.initiatives(centreId) : List.of();
        InitiativeOption current = initiative.getValue();
        initiative.setItems(initiativeItems);
        if (current != null && initiativeItems.contains(current)) {
            initiative.setValue(current);
        } else {
            initiative.clear();
        }
    }

    private void loadPhases(@Nullable InitiativeOption chosen) {
        phaseItems = chosen == null ? List.of() : activities.phases(chosen.id());
        phase.setItems(phaseItems);
        phase.clear();
        phase.setEnabled(chosen != null);
        phaseSuggested = true;
    }

    /** Picks the phase whose period holds the start date, unless the user chose one. */
    private void suggestPhase() {
        if (!phaseSuggested || phaseItems.isEmpty()) {
            return;
        }
        LocalDate day = start.getValue() == null ? null : start.getValue().toLocalDate();
        PhaseOption match = day == null ? null : phaseItems.stream().filter(p -> p.contains(day)).findFirst().orElse(null);
        phase.setValue(match);
    }

    private static Set<TagOption> select(MultiSelectComboBox<TagOption> field, Set<Long> ids) {
        return field.getListDataView().getItems().filter(t -> ids.contains(t.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<TagOption> tags) {
        Set<Long> result = new HashSet<>();
        tags.forEach(t -> result.add(t.id()));
        return result;
    }
}
