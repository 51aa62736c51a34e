package lv.kopiena.security;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once. An Argon2id hash takes 19 MiB of memory and tens of
 * milliseconds of a core by design; without a bound, a hundred teachers logging in at the start of
 * a workshop (or a flood of logins from many addresses, which the per-address throttle does not
 * stop) would take gigabytes and every core at once. Further logins wait their turn instead, which
 * costs them milliseconds. A stored hash the encoder cannot read (bcrypt given more than 72 bytes, a
 * damaged hash) does not match, rather than failing the login with an exception.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } catch (IllegalArgumentException unreadable) {
            return false;
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
