#!/usr/bin/env bash
# Where the CPU of request threads went, by layer of the stack, in a JFR recording (a benchmark's
# BENCHMARK_JFR, or one taken with jcmd): src/scripts/profile-layers.sh <file.jfr>
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/scripts/env-defaults.sh
"$PAYARA_JAVA_HOME/bin/java" src/scripts/ProfileLayers.java "$1"
