package org.entente.time;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import org.entente.ingest.Article;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures HeidelTime 2.2.1 (French, news, no part-of-speech tagger) and Entente's own time rules
 * on the same table of expressions (src/test/resources/org/entente/time/expressions.csv): the
 * share of rows each resolves to the expected value. Run by hand, not part of the test suite:
 * {@code ./mvnw -q test-compile exec:java} is not configured; use the command in the README.
 */
public final class HeidelTimeComparison {
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 [^>]*value=\"([^\"]*)\"[^>]*>([^<]*)</TIMEX3>");

    public static void main(String[] args) throws Exception {
        Path config = Files.createTempFile("heideltime", ".props");
        Files.writeString(config, String.join("\n",
                "considerDate = true", "considerDuration = true", "considerSet = true", "considerTime = true",
                "considerTemponym = false", "treeTaggerHome = /nonexistent", "chineseTokenizerPath = /nonexistent",
                "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
                "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml", "uimaVarDate = Date",
                "uimaVarDuration = Duration", "uimaVarLanguage = Language", "uimaVarSet = Set", "uimaVarTime = Time",
                "uimaVarTemponym = Temponym", "uimaVarTypeToProcess = Type", ""));
        HeidelTimeStandalone heidel = new HeidelTimeStandalone(Language.FRENCH, DocumentType.NEWS, OutputType.TIMEML,
                config.toString(), POSTagger.NO);
        TimeTagger ours = new TimeTagger();
        SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
        int rows = 0;
        int heidelRight = 0;
        int oursRight = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HeidelTimeComparison.class.getResourceAsStream("expressions.csv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("published|")) {
                    continue;
                }
                String[] c = line.split("\\|", -1);
                String published = c[0];
                String sentence = c[1];
                String expression = c[2];
                String expected = c[3];
                if (published.length() != 10 || expected.equals("NONE") || expected.equals("NULL")) {
                    continue; // HeidelTime needs a day-precise document date; compare resolved rows only
                }
                rows++;
                LocalDate dct = LocalDate.parse(published);
                String timeml = heidel.process(sentence, Date.from(dct.atStartOfDay().toInstant(ZoneOffset.UTC)));
                String heidelValue = null;
                Matcher m = TIMEX.matcher(timeml);
                while (m.find()) {
                    if (m.group(2).contains(expression) || expression.contains(m.group(2))) {
                        heidelValue = m.group(1);
                        break;
                    }
                }
                if (expected.equals(heidelValue) || expected.contains("/") && heidelValue != null && expected.startsWith(heidelValue)) {
                    heidelRight++;
                }
                List<Sentence> ss = splitter.split(sentence);
                PublicationDate anchor = new PublicationDate(published, dct, Granularity.DAY, "test");
                List<String> values = new ArrayList<>();
                for (Sentence s : ss) {
                    for (TimeExpression t : ours.find(s, anchor)) {
                        if (t.text().contains(expression) || expression.contains(t.text())) {
                            values.add(t.value());
                        }
                    }
                }
                if (values.contains(expected)) {
                    oursRight++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d resolved rows; HeidelTime 2.2.1 (POSTagger.NO): %d right (%.1f%%); Entente rules: %d right (%.1f%%)%n",
                rows, heidelRight, 100.0 * heidelRight / rows, oursRight, 100.0 * oursRight / rows);
    }

    private HeidelTimeComparison() {
    }
}
