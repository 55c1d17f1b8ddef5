package org.entente.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where {@code -o} sends a command's output. {@code -} is the standard output. A regular file (or
 * a new one) is written beside its target and renamed into place, so an interrupted run never
 * leaves half a file; through a symbolic link, that is the file the link points to, and the link
 * stays. Anything else (a named pipe, a device such as /dev/null or /dev/stdout) is written into
 * in place: renaming onto it would replace it by a regular file.
 */
final class OutputTarget {
    /** Writes the output to a stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the output as a file of its own at the given path (DuckDB's COPY writes files, not streams). */
    @FunctionalInterface
    interface FileBody {
        void writeTo(Path file) throws IOException;
    }

    private final Path given;

    OutputTarget(Path given) {
        this.given = given;
    }

    boolean isStdout() {
        return given.toString().equals("-");
    }

    /** How to name the target in messages. */
    String describe() {
        return isStdout() ? "the standard output" : given.toAbsolutePath().toString();
    }

    void write(Body body) throws IOException {
        if (isStdout()) {
            // The stream stays open: System.out belongs to the process, not to this command.
            OutputStream out = new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            body.writeTo(out);
            out.flush();
            return;
        }
        Path target = resolved();
        if (replaceable(target)) {
            atomically(target, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    body.writeTo(out);
                }
            });
        } else {
            // Neither created nor truncated: a pipe or a device takes what is written, as a shell's > would.
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
        }
    }

    void writeFile(FileBody body) throws IOException {
        Path target = isStdout() ? null : resolved();
        if (target != null && replaceable(target)) {
            atomically(target, body);
            return;
        }
        Path tmp = Files.createTempFile("entente-", ".out");
        try {
            Files.delete(tmp); // the writer creates the file itself
            body.writeTo(tmp);
            write(out -> Files.copy(tmp, out));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean replaceable(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new BadUsage("-o " + target + " is a directory: give a file name");
        }
        return !Files.exists(target) || Files.isRegularFile(target);
    }

    private static void atomically(Path target, FileBody body) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            body.writeTo(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The path with its symbolic links followed, even when the last one points to a file not yet there. */
    private Path resolved() throws IOException {
        Path p = given.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new BadUsage("-o " + given + ": too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? p.toRealPath() : p;
    }
}
