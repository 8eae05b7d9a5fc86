package org.photonledger.domain.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void converts_within_a_dimension() {
        assertThat(Quantity.of(0.407, Unit.GRAM).in(Unit.MILLIGRAM)).isCloseTo(407.0, within(1e-9));
        assertThat(Quantity.of(2.5, Unit.MILLILITRE).in(Unit.MICROLITRE)).isCloseTo(2500.0, within(1e-9));
        assertThat(Quantity.of(12.2, Unit.NANOSECOND).in(Unit.PICOSECOND)).isCloseTo(12200.0, within(1e-6));
    }

    @Test
    void temperature_conversion_is_affine() {
        assertThat(Quantity.of(180, Unit.CELSIUS).in(Unit.KELVIN)).isCloseTo(453.15, within(1e-9));
        assertThat(Quantity.of(4, Unit.KELVIN).in(Unit.CELSIUS)).isCloseTo(-269.15, within(1e-9));
    }

    @Test
    void refuses_conversion_across_dimensions() {
        assertThatThrownBy(() -> Quantity.of(1, Unit.GRAM).to(Unit.MILLILITRE))
                .hasMessageContaining("cannot convert 1 g (MASS) to mL (VOLUME)");
    }

    @Test
    void arithmetic_keeps_the_left_unit() {
        assertThat(Quantity.of(10, Unit.GRAM).minus(Quantity.of(407, Unit.MILLIGRAM)).value()).isCloseTo(9.593, within(1e-12));
    }

    @Test
    void parses_symbols_and_ascii_aliases() {
        assertThat(Unit.parse("mL")).contains(Unit.MILLILITRE);
        assertThat(Unit.parse("uL")).contains(Unit.MICROLITRE);
        assertThat(Unit.parse("µg")).contains(Unit.MICROGRAM);
        assertThat(Unit.parse("MILLIGRAM")).contains(Unit.MILLIGRAM);
        assertThat(Unit.parse("furlong")).isEmpty();
    }

    @Test
    void refuses_non_finite_values() {
        assertThatThrownBy(() -> Quantity.of(Double.NaN, Unit.GRAM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prints_compactly() {
        assertThat(Quantity.of(10, Unit.GRAM)).hasToString("10 g");
        assertThat(Quantity.of(0.407, Unit.GRAM)).hasToString("0.407 g");
    }
}
