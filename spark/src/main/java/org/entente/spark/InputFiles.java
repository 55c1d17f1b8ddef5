package org.entente.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.entente.ingest.InputProblem;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The input files of a run, on any Hadoop file system (local, HDFS, S3), in the order core's
 * ArticleSource reads a local tree: arguments in the order given, directories recursively with
 * children in name order, hidden files skipped. The order matters: merging folds reports in input
 * order, and the Spark job must give the same events as the single-machine Runner.
 */
final class InputFiles {
    private static final List<String> SUFFIXES = List.of(".warc.gz", ".warc", ".jsonl.gz", ".jsonl", ".txt",
            ".html", ".htm");

    private InputFiles() {
    }

    static boolean supported(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(s -> n.endsWith(s) && n.length() > s.length());
    }

    static boolean isWarc(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** Every readable input file under {@code inputs}, as fully qualified paths. */
    static List<String> list(List<String> inputs, Configuration conf, Consumer<InputProblem> problems) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (status.isDirectory()) {
                    walk(fs, status, out);
                } else if (!supported(path.getName())) {
                    problems.accept(new InputProblem(input, 0,
                            "unsupported file type (expected .warc, .warc.gz, .txt, .html, .htm, .jsonl or .jsonl.gz)"));
                } else {
                    out.add(status.getPath().toString());
                }
            } catch (FileNotFoundException e) {
                problems.accept(new InputProblem(input, 0, "no such file or directory"));
            } catch (IOException e) {
                problems.accept(new InputProblem(input, 0, "cannot read: " + e.getMessage()));
            }
        }
        return out;
    }

    private static void walk(FileSystem fs, FileStatus dir, List<String> out) throws IOException {
        FileStatus[] children = fs.listStatus(dir.getPath());
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (name.startsWith(".")) {
                continue; // editor, VCS and OS bookkeeping files
            }
            if (child.isDirectory()) {
                walk(fs, child, out);
            } else if (supported(name)) {
                out.add(child.getPath().toString());
            }
        }
    }
}
