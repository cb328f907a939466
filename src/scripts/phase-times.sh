#!/usr/bin/env bash
# Prints how long each phase of the test command took, from the marks test.sh wrote (a name and the
# seconds since its start per line) and failsafe's reports (each test class's own time), so that
# the in-container and the browser tests, which share one server, are told apart.
set -uo pipefail
marks="$1"
at() { awk -v name="$1" '$1 == name { print $2; exit }' "$marks"; }
# The first mark after the named one: where that phase ended.
after() { awk -v name="$1" 'found { print $2; exit } $1 == name { found = 1 }' "$marks"; }
span() {
  local from to
  from=$(at "$1")
  to=$(after "$1")
  [[ -n "$from" && -n "$to" ]] && echo $((to - from))
}
minutes() { [[ -n "$1" ]] && printf '%dm %02ds' $(($1 / 60)) $(($1 % 60)) || printf 'not run'; }
# Seconds spent in the test classes whose report names match the pattern.
class_seconds() {
  cat target/failsafe-reports/TEST-*.xml 2>/dev/null |
    sed -n -E "s/.*<testsuite [^>]*name=\"(com\.propaganda\.dashboard\.$1)\"[^>]*time=\"([0-9.]+)\".*/\2/p;
               s/.*<testsuite [^>]*time=\"([0-9.]+)\"[^>]*name=\"(com\.propaganda\.dashboard\.$1)\".*/\1/p" |
    awk '{ sum += $1 } END { printf "%d", sum }'
}

setup=$(at setup-done)
unit=$(span maven-surefire-plugin:test:default-test)
shared=$(span maven-failsafe-plugin:integration-test:default)
own=$(span maven-failsafe-plugin:integration-test:own-server)
failover=$(span maven-done)
browser=$(class_seconds 'browser\.[A-Za-z]+IT')
in_container=$(($(class_seconds '[a-z]+\.[A-Za-z]+IT') - browser))

echo
echo "Phase times of this run (the test command, $(nproc) cores)"
printf '  %-46s %s\n' "set-up (database, browser)" "$(minutes "$setup")"
printf '  %-46s %s\n' "unit tests (surefire, no server)" "$(minutes "$unit")"
printf '  %-46s %s\n' "shared server: boot, in-container and browser" "$(minutes "$shared")"
printf '  %-46s %s\n' "  in-container test classes (both executions)" "$(minutes "$in_container")"
printf '  %-46s %s\n' "  browser test classes" "$(minutes "$browser")"
printf '  %-46s %s\n' "tests on a server of their own" "$(minutes "$own")"
printf '  %-46s %s\n' "failover test (verify-cluster.sh --short)" "$(minutes "$failover")"
printf '  %-46s %s\n' "whole command" "$(minutes "$(tail -1 "$marks" | awk '{ print $2 }')")"
