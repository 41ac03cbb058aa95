package org.kirok.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.kirok.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts everything: PostgreSQL (embedded unless KIROK_DATABASE_URL), migrations, the web server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (embedded PostgreSQL by default; KIROK_DATABASE_URL for another).")
final class ServeCommand implements Runnable {

    @Option(names = "--demo", description = "Load the fictional demo dataset (once; re-running adds nothing).")
    boolean demo;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes Kirok to the network).")
    String bind;

    @Option(names = "--public-port",
            description = "Also serve the public portal alone on this port (no login, no staff pages, no API).")
    Integer publicPort;

    @Option(names = "--public-bind", defaultValue = "127.0.0.1",
            description = "Address of the public portal's own server (default: ${DEFAULT-VALUE}).")
    String publicBind;

    @Option(names = "--data", defaultValue = "./kirok-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--allow-unsafe-durability",
            description = "Run even if PostgreSQL has fsync, synchronous_commit or full_page_writes off (throw-away data only).")
    boolean allowUnsafeDurability;

    @Override
    public void run() {
        Settings settings = Settings.fromEnvironment(data, allowUnsafeDurability, demo);
        System.out.println("Kirok: starting with data in " + settings.dataDirectory()
                + settings.databaseUrl().map(url -> " and PostgreSQL at " + url).orElse(" (embedded PostgreSQL 17)"));
        Kirok kirok = Kirok.open(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kirok: shutting down…");
            kirok.close();
            stopped.countDown();
        }, "kirok-shutdown"));
        Optional<String> adminPassword = kirok.core().accounts().bootstrapAdmin();
        Bootstrap.registerToken(kirok);
        if (demo) {
            Bootstrap.loadDemo(kirok);
        }
        WebServer server = kirok.serve(bind, port);
        if (publicPort != null) {
            WebServer portal = kirok.servePublicPortal(publicBind, publicPort);
            System.out.println("Public portal alone: http://" + (publicBind.equals("0.0.0.0") ? "127.0.0.1" : publicBind)
                    + ":" + portal.port() + "/public/");
        }
        String url = "http://" + (bind.equals("0.0.0.0") ? "127.0.0.1" : bind) + ":" + server.port() + "/";
        System.out.println("Kirok is ready: " + url);
        adminPassword.ifPresent(password -> {
            System.out.println("First start: log in as 'admin' with the one-time password  " + password);
            System.out.println("(you will be asked to choose your own password at first login)");
        });
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
