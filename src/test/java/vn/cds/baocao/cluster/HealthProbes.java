package vn.cds.baocao.cluster;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP clients that ask /actuator/health through HAProxy every few hundred milliseconds, each with its own
 * cookies (so HAProxy keeps it on one node, like a user). The overall health includes the database check, so a
 * probe fails while its node or the database cannot answer. An outage is a run of failed probes of one client.
 */
final class HealthProbes {

    private record Probe(int client, double at, boolean ok, String node, String detail) {
    }

    private final int port;
    private final int clients;
    private final Duration interval;
    private final List<Probe> probes = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean running;
    /** The test's own start ({@code System.nanoTime()}), so that outages and failure events share one clock. */
    private final long start;

    HealthProbes(int port, int clients, Duration interval, long start) {
        this.port = port;
        this.start = start;
        this.clients = clients;
        this.interval = interval;
    }

    void start() {
        running = true;
        for (int i = 0; i < clients; i++) {
            int client = i;
            threads.add(Thread.ofPlatform().daemon().name("probe-" + i).start(() -> run(client)));
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(5000);
        }
    }

    private void run(int client) {
        CookieManager cookies = new CookieManager();
        // half of the clients on each node, as HAProxy's cookie would have put them
        java.net.HttpCookie serverId = new java.net.HttpCookie("SERVERID", "app" + (client % 2 + 1));
        serverId.setPath("/");
        serverId.setVersion(0);
        cookies.getCookieStore().add(URI.create("http://127.0.0.1:" + port + "/"), serverId);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (running) {
            double at = (System.nanoTime() - start) / 1e9;
            boolean ok;
            String detail;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                ok = response.statusCode() == 200;
                detail = String.valueOf(response.statusCode());
            } catch (Exception e) {
                ok = false;
                detail = e.getClass().getSimpleName();
            }
            String node = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SERVERID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("-");
            probes.add(new Probe(client, at, ok, node, detail));
            if (!ok) {
                failures.incrementAndGet();
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    int requests() {
        return probes.size();
    }

    int failures() {
        return failures.get();
    }

    /** Each run of failed probes of one client: when (seconds since the probes started), how long, on which node. */
    List<String> outages() {
        List<String> outages = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int c = client;
            List<Probe> own = probes.stream().filter(p -> p.client() == c).toList();
            Probe first = null;
            Probe last = null;
            for (Probe probe : own) {
                if (!probe.ok()) {
                    if (first == null) {
                        first = probe;
                    }
                    last = probe;
                } else if (first != null) {
                    outages.add("client %d (node %s→%s) from %.1f s: %.1f s, %s".formatted(c, first.node(),
                            probe.node(), first.at(), probe.at() - first.at(), last.detail()));
                    first = null;
                }
            }
            if (first != null) {
                outages.add("client %d (node %s) from %.1f s: until the end, %s".formatted(c, first.node(),
                        first.at(), last.detail()));
            }
        }
        return outages;
    }
}
