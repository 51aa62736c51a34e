package lv.kopiena.mail;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;

/** A mail as GreenMail received it: recipient, subject, the plain text and the calendar attachment parsed back by ical4j. */
record ReceivedMail(List<String> to, String subject, String text, @Nullable String calendarType,
        @Nullable Calendar calendar) {

    static ReceivedMail of(MimeMessage message) throws Exception {
        var reader = new Reader();
        reader.read(message);
        List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        String text = reader.text.toString().replace("\r\n", "\n");
        return new ReceivedMail(to, message.getSubject(), text, reader.calendarType, reader.calendar);
    }

    VEvent event() {
        if (calendar == null) {
            throw new AssertionError("no calendar attached");
        }
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    private static final class Reader {
        final StringBuilder text = new StringBuilder();
        @Nullable String calendarType;
        @Nullable Calendar calendar;

        void read(Part part) throws Exception {
            if ("workshop.ics".equals(part.getFileName())) {
                calendarType = part.getContentType();
                try (InputStream in = part.getInputStream()) {
                    calendar = new CalendarBuilder().build(in);
                }
            } else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    read(multipart.getBodyPart(i));
                }
            }
        }
    }
}
