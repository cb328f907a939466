# Sourced by the benchmark scripts and the full fault test, right after env-defaults.sh:
#   keep_output <file name> "<title>" "$@"
# runs the script again with everything it prints also written to src/docs/performance/<name>.md,
# which a run that ends well replaces (never appends to) under a line saying when, on what machine
# and at which commit it ran. A failed run leaves the last good figures in place.
keep_output() {
  local name="$1" title="$2"
  shift 2
  [[ -v PERFORMANCE_REPORT ]] && return 0
  export PERFORMANCE_REPORT="src/docs/performance/$name.md"
  local output status
  output=$(mktemp)
  set +e
  bash "$0" "$@" 2>&1 | tee "$output"
  status=${PIPESTATUS[0]}
  set -e
  if [[ $status -eq 0 ]]; then
    {
      printf '# %s\n\n' "$title"
      printf 'Run %s by `src/scripts/%s` on %s: %s cores, %s GiB, PostgreSQL %s, the server on %s;\n' \
        "$(date -u +%Y-%m-%d)" "$(basename "$0")" "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" \
        "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" \
        "$(psql -V | awk '{ print $3 }')" "$("$PAYARA_JAVA_HOME/bin/java" -version 2>&1 | head -1)"
      printf 'commit %s. Running the script again replaces this file.\n\n```\n' \
        "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
      report_lines <"$output" | cat -s
      printf '```\n'
    } >"$PERFORMANCE_REPORT"
  fi
  rm -f "$output"
  exit "$status"
}

# The script's own lines: without the log records of the tools it runs (Java's logging, two lines a
# record, and the tables Flyway logs) and without terminal colours.
report_lines() {
  sed -E 's/\x1b\[[0-9;]*m//g' |
    awk '/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{2}, [0-9]{4} / { skip = 1; next }
         skip && /^(INFO|WARNING|SEVERE|FINE): / { next }
         /^[|+][-| a-z_]*[|+]?$/ || /^\| / { next }
         { skip = 0; print }'
}
