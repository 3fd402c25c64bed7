#!/usr/bin/env bash
# The national-scale benchmark of reporting (issue 7); see README.md. Run from anywhere:
#   infra/bench/run.sh [schools=50000] [largest=3000]
# Needs MariaDB/MySQL on 127.0.0.1:3306 (root, empty password) and RabbitMQ on 127.0.0.1:5672.
# MVN_FLAGS (default -o) is passed to Maven, e.g. MVN_FLAGS= to allow downloads; BENCH_BUILD=0
# skips packaging the services (when their fat jars are already built).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${BENCH_BUILD:-1}" != 0 ]; then
  ./mvnw ${MVN_FLAGS--o} -q -pl services/reporting-service,services/gateway,infra/bench -am \
    -DskipTests -Dspotless.check.skip=true package
fi
./mvnw ${MVN_FLAGS--o} -q -pl infra/bench dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt
exec java -Xmx512m -cp "infra/bench/target/classes:$(cat infra/bench/target/classpath.txt)" \
  vn.eqip.bench.NationalBench "$@"
