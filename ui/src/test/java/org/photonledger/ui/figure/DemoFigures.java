package org.photonledger.ui.figure;

import org.photonledger.domain.protocol.Farrow2024Preparation;
import org.photonledger.ui.demo.DemoLab;

/** The demo lab built once per test JVM (it is off in the test profile; the tests build it explicitly). */
final class DemoFigures {

    static final String FIG2 = "figure-farrow2024-fig2";
    static final String FIG3 = "figure-farrow2024-fig3";
    static final String FIG4 = "figure-farrow2024-fig4";
    private static Farrow2024Preparation.Ids ids;

    private DemoFigures() {
    }

    static synchronized Farrow2024Preparation.Ids ensure(DemoLab demo) {
        if (ids == null) {
            ids = demo.buildNow();
        }
        return ids;
    }
}
