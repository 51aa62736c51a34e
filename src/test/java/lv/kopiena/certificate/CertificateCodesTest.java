package lv.kopiena.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void random_codes_are_twelve_unambiguous_symbols_and_do_not_repeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCodes.random(random);
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void a_typed_code_is_read_whatever_its_case_dashes_and_spaces() {
        assertThat(CertificateCodes.normalise("7K3M-Q9RT-2VXZ")).contains("7K3MQ9RT2VXZ");
        assertThat(CertificateCodes.normalise(" 7k3m q9rt 2vxz ")).contains("7K3MQ9RT2VXZ");
        assertThat(CertificateCodes.normalise("7k3mq9rt2vxz")).contains("7K3MQ9RT2VXZ");
    }

    @Test
    void letters_that_look_like_digits_are_read_as_the_digits() {
        assertThat(CertificateCodes.normalise("O0Il-0000-0000")).contains("001100000000");
    }

    @Test
    void what_cannot_be_a_code_is_refused() {
        assertThat(CertificateCodes.normalise("")).isEmpty();
        assertThat(CertificateCodes.normalise("7K3M-Q9RT")).isEmpty();
        assertThat(CertificateCodes.normalise("7K3M-Q9RT-2VXZ-0")).isEmpty();
        assertThat(CertificateCodes.normalise("7K3M-Q9RT-2VXU")).isEmpty();
        assertThat(CertificateCodes.normalise("7K3M/Q9RT/2VXZ")).isEmpty();
        assertThat(CertificateCodes.normalise("' OR 1=1 --")).isEqualTo(Optional.empty());
    }

    @Test
    void a_stored_code_is_shown_in_groups_of_four() {
        assertThat(CertificateCodes.format("7K3MQ9RT2VXZ")).isEqualTo("7K3M-Q9RT-2VXZ");
    }
}
