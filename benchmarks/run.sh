#!/usr/bin/env bash
# Runs one benchmark against the real services (not part of the test suite; figures go to docs/benchmarks.md):
#   benchmarks/run.sh orders [--concurrency 8,16] [--duration 20] [--warmup 10] [--lag-rate 10]
#   benchmarks/run.sh gateway [--concurrency 16] [--rounds 2] [--paths "/api/orders?customerId=1,/api/items/1"]
#   benchmarks/run.sh stock-lookup [--concurrency 8] [--history full,none]
#   benchmarks/run.sh chatbot [--users 20] [--nlu-clients 4]
#   benchmarks/run.sh all                every benchmark in turn
#   benchmarks/run.sh <name> --no-build  use the jars already built
# Every option: benchmarks/run.sh --help. Services start on free ports with a temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if [ ${#args[@]} -eq 0 ]; then
  args=(--help)
fi
case "${args[0]}" in
  orders)       modules=item-service,customer-service,order-service ;;
  gateway)      modules=keycloak,item-service,customer-service,order-service,gateway ;;
  stock-lookup) modules=item-service,process-engine ;;
  chatbot)      modules=item-service,customer-service,order-service,process-engine,chatbot-adapter ;;
  all)          modules=keycloak,item-service,customer-service,order-service,gateway,process-engine,chatbot-adapter ;;
  *)            modules= ;;
esac

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

if $build; then
  echo "benchmarks/run.sh: building ${modules:+$modules,}benchmarks" >&2
  ./mvnw -q -B -DskipTests -pl "${modules:+$modules,}benchmarks" -am package
fi
jar=$(ls benchmarks/target/benchmarks-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "benchmarks/run.sh: no benchmarks jar in benchmarks/target; run without --no-build" >&2
  exit 1
fi
# the load generator: C2 on, a fixed heap so its GC does not grow into the measurement
exec "$java" -Xms256m -Xmx512m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "$jar" "${args[@]}"
