package org.entente.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "08/06/2022", "08.06.2022" (day first, as in French) and ISO "2024-05-06". */
final class NumericDateRule implements TimeRule {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");

    @Override
    public Optional<Match> match(Scan s, int i) {
        Matcher m = DAY_FIRST.matcher(s.norm(i));
        if (m.matches()) {
            return AnchorCalendar.date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    .map(d -> Match.absolute(i, i + 1, d.toString(), Granularity.DAY));
        }
        if (s.year(i) > 0 && s.norm(i + 1).equals("-") && s.norm(i + 3).equals("-")
                && s.touching(i) && s.touching(i + 1) && s.touching(i + 2) && s.touching(i + 3)
                && s.norm(i + 2).matches("\\d{2}") && s.norm(i + 4).matches("\\d{2}")) {
            return AnchorCalendar.date(s.year(i), Integer.parseInt(s.norm(i + 2)), Integer.parseInt(s.norm(i + 4)))
                    .map(d -> Match.absolute(i, i + 5, d.toString(), Granularity.DAY));
        }
        return Optional.empty();
    }
}
