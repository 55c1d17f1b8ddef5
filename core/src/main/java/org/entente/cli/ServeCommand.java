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
            throw e;
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
}
