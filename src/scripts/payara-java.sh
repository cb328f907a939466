# Sourced by env-defaults.sh: finds the Java that runs Payara Micro 7 (Java 21 or later) and exports
# PAYARA_JAVA_HOME: the one set already, else the newest under /usr/lib/jvm or JAVA_HOME. The WAR is
# compiled for Java 17 by Maven's own Java, so the same WAR still deploys on Payara 6 and WildFly.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

newest_java_home() {
  local best="" best_major=0 home major
  for home in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [[ -x "$home/bin/java" ]] || continue
    major=$(java_major "$home")
    if [[ -n "$major" && "$major" -gt "$best_major" ]]; then
      best="$home" best_major="$major"
    fi
  done
  [[ "$best_major" -ge 21 ]] && echo "$best"
}

if [[ -z "${PAYARA_JAVA_HOME:-}" ]]; then
  PAYARA_JAVA_HOME="$(newest_java_home || true)"
fi
if [[ -z "$PAYARA_JAVA_HOME" || "$(java_major "$PAYARA_JAVA_HOME")" -lt 21 ]]; then
  echo "Payara Micro 7 needs Java 21 or later; none found in PAYARA_JAVA_HOME, JAVA_HOME or" >&2
  echo "/usr/lib/jvm. Install one, or set PAYARA_JAVA_HOME to its folder." >&2
  return 1 2>/dev/null || exit 1
fi
export PAYARA_JAVA_HOME
