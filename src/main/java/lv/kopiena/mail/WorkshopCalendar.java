package lv.kopiena.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.jspecify.annotations.Nullable;

/**
 * The calendar entry of a workshop (RFC 5545, written by ical4j). One UID per workshop, so that a
 * later cancellation (METHOD:CANCEL, STATUS:CANCELLED) removes the very entry the confirmation
 * added. Times are Riga local time with their VTIMEZONE, so a calendar elsewhere shows them right.
 */
final class WorkshopCalendar {

    static final String FILE_NAME = "workshop.ics";
    static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    /** A workshop without an end time is shown as two hours long. */
    static final Duration DEFAULT_LENGTH = Duration.ofHours(2);
    /** SEQUENCE counts seconds from here, so that each later mail about a workshop outranks the earlier ones. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private static final VTimeZone RIGA_TIMEZONE =
            TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(RIGA.getId()).getVTimeZone();

    /** An .ics file ready to attach, with the METHOD its content type must name. */
    record File(byte[] content, String method) {
        String contentType() {
            return "text/calendar; charset=UTF-8; method=" + method;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private WorkshopCalendar() {
    }

    static String uid(long activityId) {
        return "workshop-" + activityId + "@kopiena";
    }

    static LocalDateTime end(PendingMail mail) {
        return mail.endsAt() != null ? mail.endsAt() : mail.startsAt().plus(DEFAULT_LENGTH);
    }

    /**
     * The entry to add (METHOD:PUBLISH) or, when {@code cancel}, to drop (METHOD:CANCEL) from the
     * recipient's calendar.
     */
    static File create(PendingMail mail, boolean cancel, String organiser, String description, Clock clock) {
        ZonedDateTime start = mail.startsAt().atZone(RIGA);
        ZonedDateTime end = end(mail).atZone(RIGA);
        VEvent event = new VEvent(start, end, mail.title());
        event.replace(new DtStamp(clock.instant()));
        event.add(new Uid(uid(mail.activityId())));
        event.add(new Sequence((int) Math.max(0, Duration.between(SEQUENCE_EPOCH, queuedAt(mail)).toSeconds())));
        URI link = link(mail.onlineLink());
        String location = mail.place() != null && !mail.place().isBlank() ? mail.place() : mail.onlineLink();
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        event.add(new Description(description));
        if (link != null) {
            event.add(new Url(link));
        }
        URI organiserAddress = mailto(organiser);
        if (organiserAddress != null) {
            event.add(new Organizer(new ParameterList().add(new Cn(mail.centreName())), organiserAddress));
        }
        Method method;
        if (cancel) {
            method = ImmutableMethod.CANCEL;
            event.add(ImmutableStatus.VEVENT_CANCELLED);
            URI attendee = mail.email() == null ? null : mailto(mail.email());
            if (attendee != null) {
                event.add(new Attendee(new ParameterList().add(new Cn(mail.displayName())), attendee));
            }
        } else {
            method = ImmutableMethod.PUBLISH;
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Kopiena//Workshops//EN")
                .withDefaults()
                .withProperty(method)
                .withComponent(RIGA_TIMEZONE)
                .withComponent(event)
                .getFluentTarget();
        return new File(calendar.toString().getBytes(StandardCharsets.UTF_8), method.getValue());
    }

    private static Instant queuedAt(PendingMail mail) {
        return mail.queuedAt().atZone(RIGA).toInstant();
    }

    private static @Nullable URI link(@Nullable String onlineLink) {
        if (onlineLink == null || onlineLink.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(onlineLink.strip());
            return uri.isAbsolute() ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** {@code mailto:} of an address like {@code Name <a@b.lv>}, or null when it is no address. */
    private static @Nullable URI mailto(String address) {
        try {
            return URI.create("mailto:" + new InternetAddress(address, true).getAddress());
        } catch (AddressException | IllegalArgumentException e) {
            return null;
        }
    }
}
