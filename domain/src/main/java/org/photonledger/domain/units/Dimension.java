package org.photonledger.domain.units;

/** The physical dimension of a {@link Unit}; conversions are only allowed within one dimension. */
public enum Dimension {
    MASS, VOLUME, LENGTH, TIME, TEMPERATURE, FREQUENCY, POWER, ROTATION_RATE, MASS_CONCENTRATION, AREAL_NUMBER_DENSITY,
    ANGLE, ENERGY, DIMENSIONLESS
}
