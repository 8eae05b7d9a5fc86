package org.photonledger.acquisition.simlab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The dots of one film, drawn lazily in 10 µm × 10 µm tiles: each tile's count is Poisson with the film's density
 * and its dots are uniform in the tile, all from a seed of (film seed, tile), so a 100 µm × 100 µm scan draws
 * about a thousand dots, only where the focus goes, and the same film always has the same dots. A cavity's field
 * adds the chosen dot and removes film dots within the isolation radius around it.
 */
final class DotField {

    static final double TILE_UM = 10;

    private final long seed;
    private final double densityPerSquareMicrometre;
    private final DotModel model;
    private final QuantumDot chosen;
    private final double isolationRadiusUm;
    private final Map<Long, List<QuantumDot>> tiles = new HashMap<>();

    DotField(long seed, double densityPerSquareMicrometre, DotModel model, QuantumDot chosen, double isolationRadiusUm) {
        this.seed = seed;
        this.densityPerSquareMicrometre = densityPerSquareMicrometre;
        this.model = model;
        this.chosen = chosen;
        this.isolationRadiusUm = isolationRadiusUm;
    }

    /** The dots within {@code radiusUm} of (x, y), nearest first (ties by id, so the order is reproducible). */
    synchronized List<QuantumDot> within(double xUm, double yUm, double radiusUm) {
        List<QuantumDot> found = new ArrayList<>();
        long ix0 = (long) Math.floor((xUm - radiusUm) / TILE_UM);
        long ix1 = (long) Math.floor((xUm + radiusUm) / TILE_UM);
        long iy0 = (long) Math.floor((yUm - radiusUm) / TILE_UM);
        long iy1 = (long) Math.floor((yUm + radiusUm) / TILE_UM);
        double r2 = radiusUm * radiusUm;
        for (long ix = ix0; ix <= ix1; ix++) {
            for (long iy = iy0; iy <= iy1; iy++) {
                for (QuantumDot dot : tile(ix, iy)) {
                    if (distance2(dot, xUm, yUm) <= r2 && !isolatedAway(dot)) {
                        found.add(dot);
                    }
                }
            }
        }
        if (chosen != null && distance2(chosen, xUm, yUm) <= r2) {
            found.add(chosen);
        }
        found.sort((a, b) -> {
            int c = Double.compare(distance2(a, xUm, yUm), distance2(b, xUm, yUm));
            return c != 0 ? c : a.id().compareTo(b.id());
        });
        return found;
    }

    private boolean isolatedAway(QuantumDot dot) {
        if (chosen == null) {
            return false;
        }
        return distance2(dot, chosen.xUm(), chosen.yUm()) < isolationRadiusUm * isolationRadiusUm;
    }

    private List<QuantumDot> tile(long ix, long iy) {
        long key = ix * 0x1_0000_0001L + iy;
        return tiles.computeIfAbsent(key, k -> draw(ix, iy));
    }

    private List<QuantumDot> draw(long ix, long iy) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, ix, iy));
        long n = Draws.poisson(random, densityPerSquareMicrometre * TILE_UM * TILE_UM);
        List<QuantumDot> dots = new ArrayList<>((int) n);
        for (int k = 0; k < n; k++) {
            double x = (ix + random.nextDouble()) * TILE_UM;
            double y = (iy + random.nextDouble()) * TILE_UM;
            SplittableRandom properties = new SplittableRandom(random.nextLong());
            dots.add(QuantumDot.draw("dot[" + ix + "," + iy + "]#" + k, x, y, model, properties));
        }
        return List.copyOf(dots);
    }

    private static double distance2(QuantumDot dot, double x, double y) {
        double dx = dot.xUm() - x;
        double dy = dot.yUm() - y;
        return dx * dx + dy * dy;
    }
}
