package org.entente.events;

import java.util.ArrayList;
import java.util.List;

/** The CAMEO and PLOVER coding of an event, from the one mapping file {@code standards.tsv}. */
public final class Standards {
    /**
     * @param cameo      CAMEO event code ("040")
     * @param goldstein  Goldstein score of that code
     * @param ploverType PLOVER event type ("CONSULT")
     * @param ploverMode PLOVER mode ("visit", "phone", "multilateral"), or null
     */
    public record Coding(String cameo, double goldstein, String ploverType, String ploverMode) {
    }

    private record Row(EventType type, String condition, Coding coding) {
    }

    private final List<Row> rows;

    private Standards(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Standards load() {
        List<Row> rows = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.read("standards.tsv")) {
            String[] c = line.columns();
            rows.add(new Row(EventType.valueOf(c[0]), c[1], new Coding(c[2], Double.parseDouble(c[3]), c[4],
                    c.length > 5 && !c[5].isBlank() ? c[5] : null)));
        }
        return new Standards(rows);
    }

    public Coding code(Event e) {
        for (Row row : rows) {
            if (row.type() == e.type() && holds(row.condition(), e)) {
                return row.coding();
            }
        }
        throw new IllegalStateException("standards.tsv has no row for " + e.type());
    }

    private static boolean holds(String condition, Event e) {
        return switch (condition) {
            case "-" -> true;
            case "forum" -> Keys.forum(e.key()) != null;
            case "diplomatic" -> "diplomatic relations".equals(e.key());
            case "economic-measure" -> e.key() != null && e.key().startsWith(SanctionKinds.ECONOMIC);
            case "diplomatic-measure" -> e.key() != null && e.key().startsWith(SanctionKinds.DIPLOMATIC);
            default -> throw new IllegalStateException("standards.tsv: unknown condition " + condition);
        };
    }
}
