package org.photonledger.ui.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonledger.processing.sample.Genealogy;

class GenealogySvgTest {

    private final Genealogy chain = new Genealogy("film", List.of(
            new Genealogy.Node("lot", "ReagentLot", "534-17-8", "Cs2CO3 <lot 1>", "active", null, null),
            new Genealogy.Node("batch", "SynthesisBatch", null, "PQD-1", "stored", null, null),
            new Genealogy.Node("film", "Film", "planar mirror", "film 1", "active", null, null),
            new Genealogy.Node("cavity", "Cavity", null, "cavity 1", "active", null, null)),
            List.of(new Genealogy.Edge("lot", "batch", "reagent", "e1", null, null), new Genealogy.Edge("batch", "film", "spin-coated from", "e2", null, null),
                    new Genealogy.Edge("film", "cavity", "film", "e3", null, null)), false);

    @Test
    void ancestors_go_left_and_descendants_right_of_the_object() {
        var levels = GenealogySvg.levels(chain);
        assertThat(levels).containsEntry("lot", -2).containsEntry("batch", -1).containsEntry("film", 0).containsEntry("cavity", 1);
    }

    @Test
    void every_node_is_a_link_every_edge_is_drawn_and_text_is_escaped() {
        String svg = GenealogySvg.render(chain);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("href=\"/samples/lot\"", "href=\"/samples/cavity\"");
        assertThat(svg.split("class=\"edge\"", -1)).hasSize(4);
        assertThat(svg).contains("Cs2CO3 &lt;lot 1&gt;").doesNotContain("<lot 1>");
    }
}
