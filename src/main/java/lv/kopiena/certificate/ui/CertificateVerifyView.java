package lv.kopiena.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import lv.kopiena.certificate.CertificateCheck;
import lv.kopiena.certificate.CertificateService;
import org.jspecify.annotations.Nullable;

/**
 * The public check of a certificate: anyone (a school, an employer) types or follows the code
 * printed on it and sees whether it is genuine, what it certifies and whether it still stands.
 * An unknown code is an answer, not an error page.
 */
@Route("certificates/verify")
@AnonymousAllowed
public class CertificateVerifyView extends VerticalLayout
        implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {

    private final CertificateService certificates;
    final H2 title = new H2();
    final Paragraph intro = new Paragraph();
    final TextField code = new TextField();
    final Button check = new Button();
    /** The answer for the code in the address, empty before anything was asked. */
    final Div result = new Div();
    private @Nullable String asked;

    public CertificateVerifyView(CertificateService certificates) {
        this.certificates = certificates;
        setMaxWidth("48rem");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setClearButtonVisible(true);
        code.setMaxLength(40);
        code.setWidth("16rem");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> ask());
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setWidthFull();
        add(title, intro, form, result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        asked = parameter == null || parameter.isBlank() ? null : parameter;
        code.setValue(asked == null ? "" : asked);
        show();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("certificate.verify.title"));
        intro.setText(getTranslation("certificate.verify.intro"));
        code.setLabel(getTranslation("certificate.verify.code"));
        check.setText(getTranslation("certificate.verify.check"));
        show();
    }

    /** Puts the typed code into the address, so the answer can be bookmarked and shared. */
    private void ask() {
        String typed = code.getValue().replaceAll("[^A-Za-z0-9-]", "");
        if (typed.isEmpty()) {
            code.focus();
            return;
        }
        UI.getCurrent().navigate(CertificateVerifyView.class, typed);
    }

    private void show() {
        result.removeAll();
        if (asked == null) {
            return;
        }
        Optional<CertificateCheck> found = certificates.verify(asked);
        if (found.isEmpty()) {
            H3 unknown = new H3(getTranslation("certificate.verify.unknown"));
            result.add(unknown, new Paragraph(getTranslation("certificate.verify.unknown-hint")));
            return;
        }
        CertificateCheck certificate = found.get();
        H3 genuine = new H3(getTranslation("certificate.verify.genuine"));
        Span status = new Span(getTranslation(certificate.valid() ? "certificate.verify.valid" : "certificate.verify.withdrawn"));
        status.addClassName(certificate.valid() ? "certificate-valid" : "certificate-withdrawn");
        status.getStyle().set("font-weight", "600")
                .set("color", certificate.valid() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        Div facts = new Div(
                fact("certificate.verify.status", status),
                fact("certificate.verify.holder", holder(certificate)),
                fact("certificate.verify.workshop", new Span(certificate.workshopTitle())),
                fact("certificate.verify.date", new Span(CertificateFormats.date(this, certificate.workshopDate()))),
                fact("certificate.verify.hours", new Span(CertificateFormats.hours(this, certificate.hours()))),
                fact("certificate.verify.centre", new Span(certificate.centreName())),
                fact("certificate.verify.issued", new Span(CertificateFormats.date(this, certificate.issuedOn()))),
                fact("certificate.verify.code", new Span(certificate.displayCode())));
        result.add(genuine, facts);
    }

    /** The name as printed, or why there is none: the holder had it erased (the certificate still stands). */
    private Span holder(CertificateCheck certificate) {
        String name = certificate.holderName();
        if (name == null) {
            Span erased = new Span(getTranslation("privacy.certificate.holder-erased"));
            erased.addClassName("certificate-holder-erased");
            erased.getStyle().set("font-style", "italic");
            return erased;
        }
        return new Span(name);
    }

    private HorizontalLayout fact(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.setMinWidth("16rem");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout line = new HorizontalLayout(label, value);
        line.addClassName("certificate-fact");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.verify.title");
    }
}
