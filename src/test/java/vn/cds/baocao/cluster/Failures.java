package vn.cds.baocao.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The failures of the test, each at its time from the test's start, made by deploy/cluster/node.sh. */
final class Failures {

    private record Planned(Duration at, String label, String[] args) {
    }

    private final long start;
    private final List<Planned> planned = new ArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private Thread thread;

    Failures(long startNanos) {
        this.start = startNanos;
    }

    void at(Duration at, String label, String... args) {
        planned.add(new Planned(at, label, args));
    }

    void start() {
        long base = System.nanoTime();
        thread = Thread.ofPlatform().name("failures").start(() -> {
            for (Planned p : planned) {
                long wait = base + p.at().toNanos() - System.nanoTime();
                try {
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                double from = seconds();
                String result = node(p.args());
                events.add("%6.1f–%6.1f s %s: %s".formatted(from, seconds(), p.label(), result));
            }
        });
    }

    void join() throws InterruptedException {
        thread.join();
    }

    List<String> events() {
        return events;
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs deploy/cluster/node.sh with the arguments; returns its last output line. */
    static String node(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "deploy/cluster/node.sh"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int code = process.waitFor();
            String last = output.contains("\n") ? output.substring(output.lastIndexOf('\n') + 1) : output;
            return (code == 0 ? "" : "exit " + code + ": ") + last;
        } catch (IOException e) {
            return "FAILED " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
