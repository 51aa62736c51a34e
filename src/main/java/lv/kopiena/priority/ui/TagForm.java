package lv.kopiena.priority.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import lv.kopiena.base.ui.TextValidators;
import lv.kopiena.priority.TagDraft;

/** The fields of a priority or target group: a code given once, the three names, order and state. */
class TagForm extends FormLayout {

    final TextField code = new TextField();
    final TextField nameLv = new TextField();
    final TextField nameUk = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField sortOrder = new IntegerField();
    final Checkbox active = new Checkbox();
    final Binder<TagDraft> binder = new Binder<>();

    TagForm(boolean isNew) {
        code.setLabel(getTranslation("priority.field.code"));
        code.setHelperText(getTranslation("priority.field.code.helper"));
        code.setReadOnly(!isNew);
        nameLv.setLabel(getTranslation("priority.field.name-lv"));
        nameUk.setLabel(getTranslation("priority.field.name-uk"));
        nameEn.setLabel(getTranslation("priority.field.name-en"));
        sortOrder.setLabel(getTranslation("priority.field.sort-order"));
        sortOrder.setHelperText(getTranslation("priority.field.sort-order.helper"));
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setStep(10);
        active.setLabel(getTranslation("priority.field.active"));
        active.setTooltipText(getTranslation("priority.field.active.helper"));
        add(code, sortOrder, nameLv, nameUk, nameEn, active);

        if (isNew) {
            binder.forField(code)
                    .asRequired(getTranslation("validation.required"))
                    .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 40), 1, 40))
                    .withValidator(new RegexpValidator(getTranslation("priority.error.code-format"), "[A-Z0-9_]+"))
                    .bind(TagDraft::getCode, TagDraft::setCode);
        } else {
            binder.forField(code).bind(TagDraft::getCode, null);
        }
        bindName(nameLv).bind(TagDraft::getNameLv, TagDraft::setNameLv);
        bindName(nameUk).bind(TagDraft::getNameUk, TagDraft::setNameUk);
        bindName(nameEn).bind(TagDraft::getNameEn, TagDraft::setNameEn);
        binder.forField(sortOrder)
                .asRequired(getTranslation("validation.required"))
                .bind(TagDraft::getSortOrder, TagDraft::setSortOrder);
        binder.forField(active).bind(TagDraft::isActive, TagDraft::setActive);
    }

    private Binder.BindingBuilder<TagDraft, String> bindName(TextField field) {
        return binder.forField(field)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 1, 200))
                .withValidator(TextValidators.singleLine(this));
    }
}
