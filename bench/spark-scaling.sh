#!/usr/bin/env bash
# The Spark job on generated pages in local[1] then local[2]: pages/s and the ratio.
# usage: bench/spark-scaling.sh [PAGES (default 2000)] [minilm|lexical (default minilm)]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o install -DskipTests -pl spark -am
mvn -q -B -o test-compile -pl spark
cp_file=$(mktemp)
mvn -q -B -o dependency:build-classpath -pl spark -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark/pom.xml)
# shellcheck disable=SC2086
exec java -Xmx4g $opens -cp "spark/target/test-classes:spark/target/classes:$(cat "$cp_file")" \
    io.newsgraph.spark.ScalingBench "$@"
