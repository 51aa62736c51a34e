package lv.kopiena.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import lv.kopiena.base.ui.ErrorMessages;
import lv.kopiena.certificate.CertificateService;
import lv.kopiena.certificate.HoursLedger;
import lv.kopiena.certificate.IssuedCertificate;
import lv.kopiena.certificate.LedgerEntry;
import lv.kopiena.certificate.YearHours;
import lv.kopiena.security.Role;

/**
 * The educator's hours ledger: hours per calendar year from the attendance the centres marked,
 * each attended workshop with a certificate to download (issued on the first download). Read-only:
 * hours are never edited here.
 */
@Route("my-hours")
@RolesAllowed(Role.Names.EDUCATOR)
@Menu(order = 17, title = "certificate.menu", icon = "vaadin:diploma")
public class MyHoursView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final CertificateService certificates;
    final H2 title = new H2();
    final Span total = new Span();
    final Paragraph empty = new Paragraph();
    /** One section per year, newest first. */
    final Div years = new Div();

    public MyHoursView(CertificateService certificates) {
        this.certificates = certificates;
        setMaxWidth("60rem");
        years.setWidthFull();
        HorizontalLayout header = new HorizontalLayout(title, total);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        total.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(header, empty, years);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("certificate.title"));
        show(certificates.myLedger());
    }

    /**
     * A plain list rather than a lazy grid: one person attends tens of workshops over the years,
     * not thousands, and the ledger comes in one query. Each row needs its own download link.
     */
    private void show(HoursLedger ledger) {
        years.removeAll();
        total.setText(getTranslation("certificate.total", CertificateFormats.number(this, ledger.totalHours())));
        total.setVisible(!ledger.isEmpty());
        empty.setText(getTranslation(ledger.isEmpty() ? "certificate.empty" : "certificate.hint"));
        for (YearHours year : ledger.years()) {
            H3 heading = new H3(getTranslation("certificate.year", String.valueOf(year.year()),
                    CertificateFormats.number(this, year.hours())));
            heading.addClassName("ledger-year");
            years.add(heading);
            year.entries().forEach(entry -> years.add(row(entry)));
        }
    }

    private Component row(LedgerEntry entry) {
        Span workshop = new Span(entry.title());
        workshop.getStyle().set("font-weight", "600");
        Span where = new Span(CertificateFormats.date(this, entry.date()) + " · " + entry.centreName());
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout what = new VerticalLayout(workshop, where);
        what.setPadding(false);
        what.setSpacing(false);
        Span hours = new Span(CertificateFormats.hours(this, entry.hours()));
        hours.setMinWidth("5rem");
        Locale locale = CertificateFormats.locale(this);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return download(entry.signupId(), locale);
            } catch (RuntimeException e) {
                event.getUI().access(() -> ErrorMessages.show(this, e));
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, e);
            }
        }), AttachmentType.DOWNLOAD, getTranslation("certificate.download"));
        download.addClassName("certificate-download");
        HorizontalLayout row = new HorizontalLayout(what, hours, download);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.expand(what);
        row.addClassName("ledger-entry");
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0");
        return row;
    }

    /** The certificate PDF of one attended workshop, issued now if this is its first download. */
    DownloadResponse download(long signupId, Locale locale) {
        IssuedCertificate certificate = certificates.issue(signupId);
        byte[] pdf = certificates.pdf(signupId, locale);
        return new DownloadResponse(new ByteArrayInputStream(pdf), "certificate-" + certificate.displayCode() + ".pdf",
                "application/pdf", pdf.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.title");
    }
}
