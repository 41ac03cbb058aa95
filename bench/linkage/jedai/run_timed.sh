#!/usr/bin/env bash
# Timed runs: each configuration 3 times, one JVM per run, a single threshold. Writes results/timed.tsv.
# "seconds" is JedaiRun's own reading+resolution wall clock; "process_s" is the whole java process
# (JVM start + in-memory compilation of the source file + ground truth + scoring) measured from outside.
# Usage: bench/linkage/jedai/run_timed.sh [JEDAI_LIB_DIR]   (default: jedai-lib next to this script)
set -euo pipefail
cd "$(dirname "$0")"
LIB=${1:-jedai-lib}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mkdir -p results
OUT=results/timed.tsv
printf 'label\trun\tloadavg1\tprocess_s\tdataset\tthreshold\tprecision\trecall\tf1\tpredicted\tcorrect\tseconds\trecords_per_s\tconfig\n' > "$OUT"
TOK="model=TOKEN_UNIGRAMS_TF_IDF metric=COSINE_SIMILARITY"
CH3="model=CHARACTER_TRIGRAMS_TF_IDF metric=COSINE_SIMILARITY"
CONFIGS=(
  "dblp-acm_default|dblp-acm $TOK clean=CNP thresholds=0.5"
  "dblp-acm_best|dblp-acm $TOK clean=CNP scheme=EJS purge=off thresholds=0.5"
  "febrl4_default|febrl4 $TOK clean=CNP thresholds=0.2"
  "febrl4_best|febrl4 $TOK clean=CNP purge=1.025 thresholds=0.2"
  "febrl3_default|febrl3 $TOK clean=CNP cluster=CC thresholds=0.4"
  "febrl3_best|febrl3 $CH3 clean=CNP cluster=CC thresholds=0.5"
  "abt-buy_default|abt-buy $TOK clean=CNP thresholds=0.1"
  "abt-buy_best|abt-buy $CH3 clean=CNP filter=1.0 purge=off thresholds=0.2"
)
for c in "${CONFIGS[@]}"; do
  label=${c%%|*}; args=${c#*|}
  for run in 1 2 3; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s.%N)
    line=$("$JAVA" -cp "$LIB/*" JedaiRun.java $args | grep -v -E '^(#|dataset\b)' | tail -1)
    t1=$(date +%s.%N)
    printf '%s\t%d\t%s\t%.3f\t%s\n' "$label" "$run" "$load" "$(echo "$t1 - $t0" | bc)" "$line" | tee -a "$OUT"
  done
done
