package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How score.py sees a parsed JSON value: Python truthiness, {@code str()}, {@code set()} and
 * iteration, so that malformed or loosely typed engine output is judged as the reference judges it.
 */
final class PyJson {
    private PyJson() {
    }

    /** {@code obj.get(field)}: absent and JSON null both become Java null. */
    static JsonNode get(JsonNode obj, String field) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode v = obj.get(field);
        return v == null || v.isNull() ? null : v;
    }

    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().signum() != 0 : v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** Python {@code str(v)} for the scalar values JSON can hold; null for None. */
    static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e16) {
                return new BigDecimal(d).toBigInteger() + ".0";
            }
            return Double.toString(d);
        }
        return v.toString();
    }

    /** Python {@code str(v)} where None is replaced by "" (score.py's {@code s or ""}). */
    static String text(JsonNode v) {
        String s = str(v);
        return s == null ? "" : s;
    }

    /** What {@code for x in v} yields: array items, object keys, string characters. */
    static List<JsonNode> iterate(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
        } else if (v.isObject()) {
            v.fieldNames().forEachRemaining(k -> out.add(TextNode.valueOf(k)));
        } else if (v.isTextual()) {
            v.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(Character.toString(cp))));
        }
        return out;
    }

    /** {@code set(v or [])}. */
    static Set<JsonNode> set(JsonNode v) {
        return truthy(v) ? new LinkedHashSet<>(iterate(v)) : new LinkedHashSet<>();
    }
}
