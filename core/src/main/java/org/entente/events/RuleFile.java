package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one of this package's rule files: UTF-8, tab-separated, '#' comments and blank lines skipped. */
final class RuleFile {
    /** A data line with its line number, for error messages. */
    record Line(int number, String[] columns) {
    }

    private RuleFile() {
    }

    static List<Line> read(String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = RuleFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Line(n, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }
}
