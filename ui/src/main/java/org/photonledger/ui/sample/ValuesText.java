package org.photonledger.ui.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.photonledger.domain.units.Unit;

/** Turns a step's stored values (JSON) into the short text a person reads: "cs2co3: lot-… 0.407 g, degasTime: 1 h". */
public final class ValuesText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValuesText() {
    }

    public static String of(String json) {
        try {
            return render(JSON.readTree(json));
        } catch (Exception e) {
            return json;
        }
    }

    static String render(JsonNode node) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(render(n)));
            return "[" + String.join("; ", parts) + "]";
        }
        if (!node.isObject()) {
            return node.isNumber() ? trim(node.asDouble()) : node.asText();
        }
        if (node.size() == 2 && node.has("value") && node.has("unit") && node.get("value").isNumber()) {
            String unit = node.get("unit").asText();
            try {
                unit = Unit.valueOf(unit).symbol();
            } catch (IllegalArgumentException ignored) {
                // already a symbol
            }
            return trim(node.get("value").asDouble()) + " " + unit;
        }
        if (node.size() == 1 && node.has("value")) {
            return render(node.get("value"));
        }
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().isNull()) {
                parts.add(f.getKey() + ": " + render(f.getValue()));
            }
        }
        return String.join(", ", parts);
    }

    private static String trim(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.6g", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
