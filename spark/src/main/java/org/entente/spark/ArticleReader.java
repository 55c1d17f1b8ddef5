package org.entente.spark;

import org.entente.ingest.Article;
import org.entente.ingest.ArticleSource;
import org.entente.ingest.InputProblem;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Articles of one input stream, whatever its format. WARC files (gzipped or not) are read with
 * jwarc: every HTML response record is one page, handed to core's HTML extraction and cleaning
 * as a {@code .html} file would be, with the record's target URI as its address. Every other
 * format is core's {@link ArticleSource}. Plain Java, no Spark: the test reads the same files
 * through it for the single-machine run.
 */
public final class ArticleReader {
    private final ArticleSource source;

    public ArticleReader(ArticleSource source) {
        this.source = source;
    }

    /**
     * @param fileName the file's name (chooses the format and gives ids)
     * @param origin   where it comes from, for problems
     */
    public void read(String fileName, String origin, InputStream in, Consumer<Article> sink,
                     Consumer<InputProblem> problems) {
        if (!InputFiles.isWarc(fileName)) {
            source.read(fileName, origin, in, null, sink, problems);
            return;
        }
        String base = fileName.replaceFirst("(?i)\\.warc(\\.gz)?$", "");
        int ordinal = 0;
        try (WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                ordinal++;
                if (record instanceof WarcResponse response && isHtmlPage(response)) {
                    // Records are numbered among all records of the file, so ids do not move when
                    // the filter above changes.
                    String id = base + "-" + ordinal;
                    source.read(id + ".html", origin + "#" + ordinal, response.http().bodyDecoded().stream(),
                            response.target(), sink, problems);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.accept(new InputProblem(origin, ordinal, "cannot read WARC (corrupt or truncated?): " + e));
        }
    }

    private static boolean isHtmlPage(WarcResponse response) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return false;
        }
        if (response.http().status() != 200) {
            return false;
        }
        String type = response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
}
