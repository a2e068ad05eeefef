package vn.cds.baocao.cluster;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same load through HAProxy, to compare two application nodes with one: clients (each with its cookies, so
 * spread over the nodes as users are) alternately fetch the login page (Vaadin's bootstrap page) and the health
 * check (a database query), as fast as they can. Counts the successful requests per second.
 */
final class Throughput {

    private final int port;

    Throughput(int port) {
        this.port = port;
    }

    double requestsPerSecond(int clients, Duration duration) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(2)).build();
                URI login = URI.create("http://127.0.0.1:" + port + "/login");
                URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
                boolean page = true;
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(page ? login : health)
                                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // counted as not done
                    }
                    page = !page;
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / (duration.toMillis() / 1000.0);
    }
}
