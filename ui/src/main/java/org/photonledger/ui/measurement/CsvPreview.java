package org.photonledger.ui.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.photonledger.acquisition.measurement.Preview;
import org.photonledger.domain.measurement.MeasurementType;

/** Reads a stored table back into the picture the console showed: a curve (two columns) or a map (three). */
final class CsvPreview {

    private CsvPreview() {
    }

    static Preview of(MeasurementType type, String csv) {
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",");
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",");
            double[] row = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                row[j] = Double.parseDouble(cells[j]);
            }
            rows.add(row);
        }
        if (header.length == 2) {
            double[] x = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] y = rows.stream().mapToDouble(r -> r[1]).toArray();
            return new Preview.Curve(type.title(), label(header[0]), label(header[1]), x, y);
        }
        // three columns: the map's y is the slow (outer) axis: y for a scan, length for a cavity sweep
        boolean sweep = type == MeasurementType.CAVITY_LENGTH_SWEEP;
        int xi = sweep ? 1 : 0;
        int yi = sweep ? 0 : 1;
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        rows.forEach(r -> {
            xs.add(r[xi]);
            ys.add(r[yi]);
        });
        List<Double> xl = new ArrayList<>(xs);
        List<Double> yl = new ArrayList<>(ys);
        double[] values = new double[xl.size() * yl.size()];
        java.util.Arrays.fill(values, Double.NaN);
        for (double[] r : rows) {
            values[yl.indexOf(r[yi]) * xl.size() + xl.indexOf(r[xi])] = r[2];
        }
        double dx = xl.size() < 2 ? 1 : (xl.getLast() - xl.getFirst()) / (xl.size() - 1);
        double dy = yl.size() < 2 ? 1 : (yl.getLast() - yl.getFirst()) / (yl.size() - 1);
        return new Preview.Map(type.title(), label(header[xi]), label(header[yi]), xl.getFirst(), dx, yl.getFirst(), dy,
                xl.size(), yl.size(), values, label(header[2]));
    }

    private static String label(String column) {
        return column.replace("_um", " (µm)").replace("_nm", " (nm)").replace("_deg", " (°)").replace('_', ' ');
    }
}
