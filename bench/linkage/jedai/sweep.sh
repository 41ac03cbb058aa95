#!/usr/bin/env bash
# Tuning sweep for JedaiRun against the ground truth (so the best F1 it finds is a tuned, optimistic figure,
# like JedAI's published "best"). One JVM per line; each JVM matches once and clusters at every threshold.
# Usage: bench/linkage/jedai/sweep.sh [JEDAI_LIB_DIR]   (default: jedai-lib next to this script)
set -euo pipefail
cd "$(dirname "$0")"
LIB=${1:-jedai-lib}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mkdir -p results
OUT=results/sweep.tsv
: > "$OUT"
T=0.1,0.2,0.3,0.4,0.5,0.6          # Unique Mapping Clustering (clean-clean)
DT=0.3,0.4,0.5,0.6,0.7,0.8         # Connected Components / Center Clustering (dirty)
TOK="model=TOKEN_UNIGRAMS_TF_IDF metric=COSINE_SIMILARITY"
CH3="model=CHARACTER_TRIGRAMS_TF_IDF metric=COSINE_SIMILARITY"
GR3="model=CHARACTER_TRIGRAM_GRAPHS metric=GRAPH_VALUE_SIMILARITY"
run() { echo "== $*" | tee -a "$OUT"; "$JAVA" -cp "$LIB/*" JedaiRun.java "$@" | tee -a "$OUT"; }
# Stage 1: three representation models x two comparison-cleaning methods, JedAI default parameters otherwise.
for ds in dblp-acm febrl4 abt-buy; do
  for m in "$TOK" "$CH3" "$GR3"; do
    run $ds $m clean=CNP cluster=UMC thresholds=$T
    run $ds $m clean=WEP cluster=UMC thresholds=$T
  done
done
for m in "$TOK" "$CH3" "$GR3"; do
  run febrl3 $m clean=CNP cluster=CC thresholds=$DT
  run febrl3 $m clean=CNP cluster=CENTER thresholds=$DT
  run febrl3 $m clean=WEP cluster=CC thresholds=$DT
done
# Stage 2: with each dataset's best stage-1 model, vary the CNP weighting scheme, block filtering and purging.
for s in ECBS EJS ARCS; do
  run dblp-acm $TOK clean=CNP scheme=$s thresholds=$T
  run febrl4 $CH3 clean=CNP scheme=$s thresholds=$T
  run abt-buy $CH3 clean=CNP scheme=$s thresholds=$T
done
run febrl3 $CH3 clean=CNP scheme=ECBS cluster=CC thresholds=0.4,0.45,0.5,0.55,0.6
run dblp-acm $TOK clean=CNP filter=1.0 thresholds=$T
run febrl4 $CH3 clean=CNP filter=1.0 thresholds=$T
run abt-buy $CH3 clean=CNP filter=1.0 thresholds=$T
for pg in 1.025 off; do
  run dblp-acm $TOK clean=CNP scheme=EJS purge=$pg thresholds=$T
  run febrl4 $TOK clean=CNP purge=$pg thresholds=$T
  run febrl4 $CH3 clean=CNP purge=$pg thresholds=$T
  run abt-buy $CH3 clean=CNP filter=1.0 purge=$pg thresholds=$T
done
