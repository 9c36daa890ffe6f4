package dev.commerce.chatbot.bench;

import dev.commerce.chatbot.nlu.NluFixture;
import dev.commerce.chatbot.nlu.application.NluResources;
import dev.commerce.chatbot.nlu.application.NluService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * NLU parses per second (entities + intent), over every utterance of the training file in turn, on 1 and
 * on N threads. Not a test: run with bench/run-benchmarks.sh.
 */
public final class NluBenchmark {

    private NluBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        NluService nlu = NluFixture.service();
        List<String> utterances = NluResources.trainingExamples(NluFixture.TRAINING).values().stream()
                .flatMap(List::stream).toList();
        measure(nlu, utterances, Runtime.getRuntime().availableProcessors(), 5);
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            long parses = measure(nlu, utterances, threads, seconds);
            System.out.printf("| NLU parse | %d thread(s) | %d parses in %d s | %.0f parses/s | %.3f ms/parse/thread |%n",
                    threads, parses, seconds, (double) parses / seconds, seconds * 1000.0 * threads / parses);
        }
    }

    private static long measure(NluService nlu, List<String> utterances, int threads, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong parses = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t * 7;
            new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    nlu.parse(utterances.get(i++ % utterances.size()));
                    parses.incrementAndGet();
                }
                done.countDown();
            }).start();
        }
        done.await();
        return parses.get();
    }
}
