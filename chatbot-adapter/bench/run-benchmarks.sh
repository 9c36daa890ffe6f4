#!/usr/bin/env bash
# Benchmarks of the chatbot adapter (not part of the test suite; figures go to ../README.md).
#   chatbot-adapter/bench/run-benchmarks.sh                      NLU parses/s, then the webhook at 20 users
#   chatbot-adapter/bench/run-benchmarks.sh --url http://localhost:8084   drive a running adapter instead
# Extra arguments go to the webhook benchmark: --users N --seconds S --warmup-seconds S --engine-delay-ms D --secret X
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl chatbot-adapter -am test-compile -DskipTests
./mvnw -q -B -pl chatbot-adapter dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="chatbot-adapter/target/test-classes:chatbot-adapter/target/classes:$(cat chatbot-adapter/target/bench.classpath)"
java -cp "$CP" dev.commerce.chatbot.bench.NluBenchmark 10
java -cp "$CP" dev.commerce.chatbot.bench.WebhookBenchmark "$@"
