package lv.kopiena.workshop.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.math.BigDecimal;
import lv.kopiena.base.ui.RequiredSelect;
import lv.kopiena.base.ui.DatePickers;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.jooq.tables.records.WorkshopRecord;
import lv.kopiena.workshop.WorkshopLanguage;
import lv.kopiena.workshop.WorkshopOverview;
import lv.kopiena.workshop.WorkshopService;

/**
 * The sign-up settings of a workshop, bound to its record with the same rules the service
 * enforces. The place is the activity's: it is shown, and edited with the activity.
 */
class WorkshopForm extends FormLayout {

    final IntegerField capacity = new IntegerField();
    final Checkbox waitingList = new Checkbox();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final Select<WorkshopLanguage> language = new Select<>();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final NumberField hours = new NumberField();
    final TextArea audience = new TextArea();
    final Binder<WorkshopRecord> binder = new Binder<>();

    WorkshopForm(WorkshopOverview activity) {
        capacity.setLabel(getTranslation("workshop.field.capacity"));
        capacity.setStepButtonsVisible(true);
        waitingList.setLabel(getTranslation("workshop.field.waiting-list"));
        opens.setLabel(getTranslation("workshop.field.signup-opens"));
        opens.setHelperText(getTranslation("workshop.field.signup-opens.helper"));
        closes.setLabel(getTranslation("workshop.field.signup-closes"));
        closes.setHelperText(getTranslation("workshop.field.signup-closes.helper"));
        opens.setDatePickerI18n(DatePickers.i18n(this));
        closes.setDatePickerI18n(DatePickers.i18n(this));
        language.setLabel(getTranslation("workshop.field.language"));
        language.setItems(WorkshopLanguage.values());
        language.setItemLabelGenerator(l -> l == null ? "" : WorkshopLabels.language(this, l));
        place.setLabel(getTranslation("workshop.field.place"));
        place.setValue(activity.place() == null ? "" : activity.place());
        place.setReadOnly(true);
        place.setHelperText(getTranslation("workshop.field.place.helper"));
        onlineLink.setLabel(getTranslation("workshop.field.online-link"));
        onlineLink.setPlaceholder("https://");
        hours.setLabel(getTranslation("workshop.field.hours"));
        hours.setHelperText(getTranslation("workshop.field.hours.helper"));
        audience.setLabel(getTranslation("workshop.field.audience"));
        audience.setPlaceholder(getTranslation("workshop.field.audience.placeholder"));
        add(capacity, waitingList, opens, closes, language, hours, place, onlineLink, audience);
        setColspan(audience, 2);
        setColspan(onlineLink, 2);

        binder.forField(capacity)
                .asRequired(getTranslation("validation.required"))
                .withValidator(c -> c >= 1 && c <= WorkshopService.MAX_CAPACITY,
                        getTranslation("workshop.error.capacity-range", WorkshopService.MAX_CAPACITY))
                .bind(WorkshopRecord::getCapacity, WorkshopRecord::setCapacity);
        binder.forField(waitingList)
                .bind(r -> Boolean.TRUE.equals(r.getWaitingList()), WorkshopRecord::setWaitingList);
        binder.forField(opens)
                .bind(WorkshopRecord::getSignupOpensAt, WorkshopRecord::setSignupOpensAt);
        binder.forField(closes)
                .withValidator(c -> c == null || opens.getValue() == null || !c.isBefore(opens.getValue()),
                        getTranslation("workshop.error.signup-period"))
                .withValidator(c -> c == null || !c.isAfter(activity.startsAt()),
                        getTranslation("workshop.error.closes-after-start"))
                .bind(WorkshopRecord::getSignupClosesAt, WorkshopRecord::setSignupClosesAt);
        opens.addValueChangeListener(e -> {
            if (closes.getValue() != null) {
                binder.validate();
            }
        });
        RequiredSelect.bind(this, binder, language)
                .bind(r -> WorkshopLanguage.of(r.getLanguage() == null ? "" : r.getLanguage()).orElse(null),
                        (r, l) -> r.setLanguage(l == null ? null : l.code()));
        binder.forField(hours)
                .asRequired(getTranslation("validation.required"))
                .withConverter(new HoursConverter())
                .withValidator(WorkshopService::validHours, getTranslation("workshop.error.hours"))
                .bind(WorkshopRecord::getPdHours, WorkshopRecord::setPdHours);
        binder.forField(onlineLink)
                .withValidator(l -> l == null || l.isBlank() || WorkshopService.validLink(l),
                        getTranslation("workshop.error.link"))
                .withValidator(TextValidators.singleLine(this))
                .bind(WorkshopRecord::getOnlineLink, WorkshopRecord::setOnlineLink);
        binder.forField(audience)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 300), 0, 300))
                .withValidator(TextValidators.multiLine(this))
                .bind(WorkshopRecord::getAudience, WorkshopRecord::setAudience);
    }

    /** The field's number as the record's decimal hours. */
    private static final class HoursConverter implements Converter<Double, BigDecimal> {
        @Override
        public Result<BigDecimal> convertToModel(Double value, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(value == null ? null : BigDecimal.valueOf(value));
        }

        @Override
        public Double convertToPresentation(BigDecimal value, com.vaadin.flow.data.binder.ValueContext context) {
            return value == null ? null : value.doubleValue();
        }
    }

}
