package org.photonledger.ui.preparation;

import static org.photonledger.domain.protocol.Farrow2024Protocol.PBI2_LIGAND_TEMPERATURE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PBI2_MASS;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PBI2_OCTADECENE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PBI2_OLEIC_ACID;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PBI2_OLEYLAMINE;
import static org.photonledger.domain.protocol.Farrow2024Protocol.PBI2_VACUUM_TEMPERATURE;

import org.photonledger.domain.synthesis.PbI2SolutionPreparation;
import org.photonledger.domain.units.Unit;

/** Flask 2, the PbI2 solution, prefilled from the paper; the vacuum time is not in the paper and must be entered. */
class PbI2SolutionEditor extends ValuesEditor<PbI2SolutionPreparation> {

    private final ReagentInput leadIodide;
    private final ReagentInput octadecene;
    private final QuantityField vacuumTemperature;
    private final QuantityField vacuumTime;
    private final ReagentInput oleicAcid;
    private final ReagentInput oleylamine;
    private final QuantityField ligandTemperature;

    PbI2SolutionEditor(PreparationFacade facade, String prefix) {
        super(prefix);
        leadIodide = reagent(facade, "leadIodide", "PbI2", "pbi2", Cas.PBI2, PBI2_MASS, Unit.GRAM, Unit.MILLIGRAM);
        octadecene = reagent(facade, "octadecene", "1-Octadecene", "ode", Cas.OCTADECENE, PBI2_OCTADECENE, Unit.MILLILITRE,
                Unit.LITRE);
        vacuumTemperature = quantity("vacuumTemperature", "Under vacuum at", "vacuum-temperature", PBI2_VACUUM_TEMPERATURE,
                true, Unit.CELSIUS);
        vacuumTime = quantity("vacuumTime", "Time under vacuum", "vacuum-time", null, true, Unit.HOUR, Unit.MINUTE);
        vacuumTime.setHelperText("Not stated in the paper: enter what you did");
        oleicAcid = reagent(facade, "oleicAcid", "Oleic acid", "oa", Cas.OLEIC_ACID, PBI2_OLEIC_ACID, Unit.MILLILITRE,
                Unit.MICROLITRE);
        oleylamine = reagent(facade, "oleylamine", "Oleylamine", "olam", Cas.OLEYLAMINE, PBI2_OLEYLAMINE, Unit.MILLILITRE,
                Unit.MICROLITRE);
        ligandTemperature = quantity("ligandTemperature", "Ligands heated to", "ligand-temperature", PBI2_LIGAND_TEMPERATURE,
                true, Unit.CELSIUS);
    }

    @Override
    PbI2SolutionPreparation read() {
        return new PbI2SolutionPreparation(leadIodide.read(), octadecene.read(), vacuumTemperature.quantity(),
                vacuumTime.quantity(), oleicAcid.read(), oleylamine.read(), ligandTemperature.quantity());
    }

    @Override
    void fill(PbI2SolutionPreparation v) {
        leadIodide.fill(v.leadIodide());
        octadecene.fill(v.octadecene());
        vacuumTemperature.setQuantity(v.vacuumTemperature());
        vacuumTime.setQuantity(v.vacuumTime());
        oleicAcid.fill(v.oleicAcid());
        oleylamine.fill(v.oleylamine());
        ligandTemperature.setQuantity(v.ligandTemperature());
    }

    @Override
    Class<PbI2SolutionPreparation> type() {
        return PbI2SolutionPreparation.class;
    }
}
