#!/usr/bin/env bash
# Runs the whole platform on its embedded default (H2 files, a local Kafka broker) with only a JDK 17:
#   ./run.sh                       build what is needed, start everything, Ctrl-C stops it all
#   ./run.sh --no-build            start what is already built
#   ./run.sh --only order-service  order-service and what it needs (the broker)
#   ./run.sh --profile mysql       services on the local MySQL/MariaDB instead of H2
#   ./run.sh --help                every option (see launcher/README.md)
set -euo pipefail
cd "$(dirname "$0")"

build=true
services=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help|--list|--stop|--print-modules) services=false; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java=java
else
  echo "run.sh: needs a JDK 17 or newer (java on the PATH, or JAVA_HOME)" >&2
  exit 1
fi

launcher_jar() {
  ls launcher/target/launcher-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' -e '-tests' | head -n 1
}

build_failed() {
  echo "run.sh: the build of $1 failed (see above). Fix it, leave a component out with --skip <name>," >&2
  echo "        or start what is already built with --no-build." >&2
  exit 1
}

if $build; then
  echo "run.sh: building the launcher"
  ./mvnw -q -B -DskipTests -pl launcher -am package || build_failed launcher
  if $services; then
    # the launcher knows the components (and --only/--skip): it names the modules to build
    modules=$("$java" -jar "$(launcher_jar)" --print-modules ${args[@]+"${args[@]}"})
    if [ -n "$modules" ]; then
      echo "run.sh: building $modules"
      ./mvnw -q -B -DskipTests -pl "$modules" -am package || build_failed "$modules"
    fi
  fi
fi

jar=$(launcher_jar)
if [ -z "$jar" ]; then
  echo "run.sh: launcher/target holds no launcher jar yet; run without --no-build" >&2
  exit 1
fi
exec "$java" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" ${args[@]+"${args[@]}"}
