package dev.commerce.bench.chatbot;

import dev.commerce.bench.BenchContext;
import dev.commerce.bench.Benchmark;
import dev.commerce.bench.report.ResultBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Issue 5 (slot): webhook p50/p99 and replies per second at 20 concurrent users through the real engine and the
 * chatbot process, plus NLU parses per second. Runs once the chatbot process exists in the processes module.
 */
public final class ChatbotBenchmark implements Benchmark {

    static final String MODEL = "processes/src/main/resources/bpmn/chatbot.bpmn";

    @Override
    public Set<String> options() {
        return Set.of("--users", "--nlu-seconds");
    }

    @Override
    public String name() {
        return "chatbot";
    }

    public boolean available(Path root) {
        return Files.isRegularFile(root.resolve(MODEL));
    }

    @Override
    public ResultBlock run(BenchContext context) {
        if (!available(context.root())) {
            throw new IllegalStateException("the chatbot process (" + MODEL + ") does not exist yet, so there is no "
                    + "real engine path to measure; chatbot-adapter/bench/run-benchmarks.sh measures the adapter "
                    + "alone against an engine stand-in meanwhile");
        }
        throw new IllegalStateException("the chatbot benchmark is not written yet (see benchmarks/README.md)");
    }
}
