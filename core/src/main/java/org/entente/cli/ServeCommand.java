package org.entente.cli;

import org.entente.pipeline.Pipeline;
import org.entente.store.Store;
import org.entente.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: pages to browse relationships, events and their sources, and a JSON API "
                + "(described at /openapi.json). Posting articles (POST /api/articles) is allowed only with a token. "
                + "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption db = new StoreOption();

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "secret that allows POST /api/articles (Authorization: Bearer TOKEN); default: the ENTENTE_TOKEN variable; none refuses posts")
    String token;

    @Option(names = "--no-parse", description = "ingest posted articles without the CoreNLP parser (faster, less accurate)")
    boolean noParse;

    @Override
    public Integer call() throws InterruptedException {
        checkAddress();
        String secret = token != null ? token : System.getenv("ENTENTE_TOKEN");
        boolean writes = secret != null && !secret.isBlank();
        // Without a token nothing is written: read-only lets `entente events` and others read the file at the same time.
        Store store = writes ? Store.open(db.file) : Store.openReadOnly(db.file);
        WebServer server;
        try {
            boolean parse = !noParse;
            server = new WebServer(store, secret, () -> Pipeline.create(parse)).start(host, port);
        } catch (RuntimeException e) {
            store.close();
            throw bindFailure(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("entente: stopping");
            server.close();
            store.close();
            stopped.countDown();
        }, "entente-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("entente: serving " + store.file() + " at http://" + shown + ":" + server.port() + "/"
                + (writes ? " (posting articles allowed with the token)" : " (read-only)"));
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** A port or host no server can listen on is a bad command line, said as such before the store is opened. */
    private void checkAddress() {
        if (port < 0 || port > 65_535) {
            throw new BadUsage("--port " + port + ": a TCP port is from 1 to 65535 (0 picks a free one)");
        }
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(host);
            if (!address.isAnyLocalAddress() && java.net.NetworkInterface.getByInetAddress(address) == null) {
                throw new BadUsage("--host " + host + " (" + address.getHostAddress() + ") is not an address of this machine: "
                        + "give 127.0.0.1 for this machine only, 0.0.0.0 for every interface, or one of its own addresses");
            }
        } catch (java.net.UnknownHostException e) {
            throw new BadUsage("--host " + host + ": no such host name or address");
        } catch (java.net.SocketException e) {
            throw new BadUsage("--host " + host + ": cannot look up the interfaces of this machine: " + e.getMessage());
        }
    }

    /** What stopped the server from listening, from the cause Javalin wraps ("Port already in use" whatever it was). */
    private RuntimeException bindFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException b) {
                String why = b.getMessage() != null && b.getMessage().contains("in use")
                        ? "the port is already in use (another server, or another Entente?): give another --port, or 0 for a free one"
                        : b.getMessage();
                return new IllegalStateException("cannot listen on " + host + ":" + port + ": " + why, e);
            }
        }
        return e;
    }
}
