package nl.afsluitwijzer.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs actions on their own threads, released together by a barrier, as two people pressing "save" at once. */
public final class AtOnce {

    private AtOnce() {}

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... actions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(actions.length);
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> action : actions) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return action.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
