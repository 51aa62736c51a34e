package lv.kopiena.mail;

import java.time.Duration;

/**
 * How mails are sent: the sender address, how often a failed mail is retried before it is given
 * up, how long before a workshop its reminder goes out, and the address of the app the mails link to.
 */
record MailSettings(String from, int maxAttempts, Duration reminderBefore, String publicUrl) {

    MailSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("kopiena.mail.max-attempts must be at least 1");
        }
        if (reminderBefore.isNegative() || reminderBefore.isZero()) {
            throw new IllegalArgumentException("kopiena.mail.reminder-before must be positive");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The page where an educator sees and cancels their sign-ups. */
    String myWorkshopsUrl() {
        return publicUrl + "/my-workshops";
    }
}
