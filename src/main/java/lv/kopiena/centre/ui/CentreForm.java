package lv.kopiena.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.jooq.tables.records.CentreRecord;
import lv.kopiena.municipality.Municipality;
import lv.kopiena.municipality.ui.MunicipalityLabels;

/** The fields of a centre, bound to its record with validation. */
class CentreForm extends FormLayout {

    final TextField name = new TextField();
    final ComboBox<Municipality> municipality = new ComboBox<>();
    final TextField address = new TextField();
    final TextField premises = new TextField();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final Binder<CentreRecord> binder = new Binder<>();

    CentreForm(List<Municipality> municipalities) {
        name.setLabel(getTranslation("centre.field.name"));
        municipality.setLabel(getTranslation("centre.field.municipality"));
        address.setLabel(getTranslation("centre.field.address"));
        premises.setLabel(getTranslation("centre.field.premises"));
        premises.setHelperText(getTranslation("centre.field.premises.helper"));
        contactName.setLabel(getTranslation("centre.field.contact-name"));
        contactEmail.setLabel(getTranslation("centre.field.contact-email"));
        contactPhone.setLabel(getTranslation("centre.field.contact-phone"));
        // the field checks the format itself before the binder does; give it the message too
        contactEmail.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(m -> MunicipalityLabels.label(this, m));
        add(name, municipality, address, premises, contactName, contactEmail, contactPhone);

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 1, 200))
                .withValidator(TextValidators.singleLine(this))
                .bind(CentreRecord::getName, CentreRecord::setName);
        binder.forField(municipality)
                .asRequired(getTranslation("validation.required"))
                .bind(r -> municipalities.stream().filter(m -> r.getMunicipalityId() != null
                                && m.id() == r.getMunicipalityId()).findFirst().orElse(null),
                        (r, m) -> r.setMunicipalityId(m == null ? null : m.id()));
        binder.forField(address)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 300), 0, 300))
                .withValidator(TextValidators.singleLine(this))
                .bind(CentreRecord::getAddress, CentreRecord::setAddress);
        binder.forField(premises)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 300), 0, 300))
                .withValidator(TextValidators.singleLine(this))
                .bind(CentreRecord::getPremises, CentreRecord::setPremises);
        binder.forField(contactName)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 120), 0, 120))
                .withValidator(TextValidators.singleLine(this))
                .bind(CentreRecord::getContactName, CentreRecord::setContactName);
        binder.forField(contactEmail)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(TextValidators.singleLine(this))
                .bind(CentreRecord::getContactEmail, CentreRecord::setContactEmail);
        binder.forField(contactPhone)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 40), 0, 40))
                .withValidator(TextValidators.singleLine(this))
                .bind(CentreRecord::getContactPhone, CentreRecord::setContactPhone);
    }
}
