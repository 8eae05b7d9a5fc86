package org.photonledger.domain.reagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CasNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"534-17-8", "10101-63-0", "112-88-9", "112-80-1", "112-90-3", "79-20-9", "110-54-3",
            "111-65-9", "108-88-3", "9011-14-7", "60-00-4", "7732-18-5"})
    void the_papers_reagents_have_valid_cas_numbers(String cas) {
        assertThat(CasNumber.problemWith(cas)).isEmpty();
        assertThat(new CasNumber(cas).value()).isEqualTo(cas);
    }

    @ParameterizedTest
    @ValueSource(strings = {"534-17-7", "10101-63-1", "7732-18-4"})
    void a_wrong_check_digit_is_detected(String cas) {
        assertThat(CasNumber.problemWith(cas)).hasValueSatisfying(p -> assertThat(p).startsWith("check digit is"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1-17-8", "12345678-12-1", "534-1-8", "534-17-88", "534 17 8"})
    void malformed_text_is_refused(String cas) {
        assertThat(CasNumber.problemWith(cas)).isPresent();
        assertThatThrownBy(() -> new CasNumber(cas)).isInstanceOf(IllegalArgumentException.class);
    }
}
