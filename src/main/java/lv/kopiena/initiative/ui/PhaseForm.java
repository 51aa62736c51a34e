package lv.kopiena.initiative.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.initiative.Period;
import lv.kopiena.jooq.tables.records.InitiativePhaseRecord;

/**
 * The fields of a phase: name, period, goals and the look back at its results when it closes.
 * A period outside the initiative's own is allowed but warned about, as it is usually a typo.
 */
class PhaseForm extends FormLayout {

    final TextField name = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextArea goals = new TextArea();
    final TextArea closingSummary = new TextArea();
    final Span outsideWarning = new Span();
    final Binder<InitiativePhaseRecord> binder = new Binder<>();
    private final Period initiativePeriod;

    PhaseForm(Period initiativePeriod) {
        this.initiativePeriod = initiativePeriod;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        name.setLabel(getTranslation("initiative.phase.field.name"));
        startsOn.setLabel(getTranslation("initiative.phase.field.starts-on"));
        endsOn.setLabel(getTranslation("initiative.phase.field.ends-on"));
        startsOn.setI18n(DatePickers.i18n(this));
        endsOn.setI18n(DatePickers.i18n(this));
        endsOn.setClearButtonVisible(true);
        goals.setLabel(getTranslation("initiative.phase.field.goals"));
        closingSummary.setLabel(getTranslation("initiative.phase.field.closing-summary"));
        closingSummary.setHelperText(getTranslation("initiative.phase.field.closing-summary.helper"));
        outsideWarning.addClassName("warning-text");
        outsideWarning.setText(getTranslation("initiative.phase.warning.outside-period",
                InitiativeFormats.period(this, initiativePeriod)));
        outsideWarning.setVisible(false);

        add(name, 2);
        add(startsOn, endsOn);
        add(outsideWarning, 2);
        add(goals, 2);
        add(closingSummary, 2);

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 1, 200))
                .withValidator(TextValidators.singleLine(this))
                .bind(InitiativePhaseRecord::getName, InitiativePhaseRecord::setName);
        binder.forField(startsOn)
                .asRequired(getTranslation("validation.required"))
                .bind(InitiativePhaseRecord::getStartsOn, InitiativePhaseRecord::setStartsOn);
        Binder.Binding<InitiativePhaseRecord, LocalDate> end = binder.forField(endsOn)
                .withValidator(date -> date == null || startsOn.getValue() == null || !date.isBefore(startsOn.getValue()),
                        getTranslation("validation.period"))
                .bind(InitiativePhaseRecord::getEndsOn, InitiativePhaseRecord::setEndsOn);
        binder.forField(goals)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 10_000), 0, 10_000))
                .withValidator(TextValidators.multiLine(this))
                .bind(InitiativePhaseRecord::getGoals, InitiativePhaseRecord::setGoals);
        binder.forField(closingSummary)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 10_000), 0, 10_000))
                .withValidator(TextValidators.multiLine(this))
                .bind(InitiativePhaseRecord::getClosingSummary, InitiativePhaseRecord::setClosingSummary);

        startsOn.addValueChangeListener(e -> {
            if (endsOn.getValue() != null) {
                end.validate();
            }
            checkPeriod();
        });
        endsOn.addValueChangeListener(e -> checkPeriod());
    }

    /** Shows the warning while the phase's dates lie outside the initiative's period. */
    void checkPeriod() {
        LocalDate start = startsOn.getValue();
        outsideWarning.setVisible(start != null && !initiativePeriod.contains(new Period(start, endsOn.getValue())));
    }
}
