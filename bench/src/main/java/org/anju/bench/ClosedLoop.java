package org.anju.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code threads} clients each sending the next call as soon as the previous one answered, until
 * {@code count} calls are done or {@code limit} has passed, whichever comes first; every call's
 * latency goes into an HdrHistogram (microseconds).
 */
final class ClosedLoop {

    /** One call; throws when it failed. {@code worker} lets a call use a per-thread resource (a JDBC connection). */
    interface Call {
        void run(int worker, long sequence) throws Exception;
    }

    record Outcome(long completed, long failed, Duration elapsed, Histogram micros) {

        double perSecond() {
            return completed / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            return micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private ClosedLoop() {
    }

    static Outcome run(String what, int threads, long count, Duration limit, Call call) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        long deadline = System.nanoTime() + limit.toNanos();
        List<Histogram> histograms = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                Histogram histogram = new Histogram(60_000_000L, 3);
                histograms.add(histogram);
                int worker = w;
                workers.add(pool.submit(() -> {
                    long sequence;
                    while ((sequence = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        try {
                            call.run(worker, sequence);
                            histogram.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            firstError.compareAndSet(null, e);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(limit.toMillis() + 60_000, TimeUnit.MILLISECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(what + ": the load did not finish in time", e);
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        if (all.getTotalCount() == 0 || failed.get() > all.getTotalCount() / 100) {
            throw new IllegalStateException(what + ": " + failed.get() + " of " + (failed.get() + all.getTotalCount())
                    + " calls failed, the first with: " + firstError.get(), firstError.get());
        }
        return new Outcome(all.getTotalCount(), failed.get(), elapsed, all);
    }
}
