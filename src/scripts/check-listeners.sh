#!/usr/bin/env bash
# Lists the TCP sockets the given processes listen on and fails if any is bound to a wildcard
# address (0.0.0.0, [::] or *): the scripts bind every server to loopback or one named interface.
# The data grid authenticates nothing but the cluster name (README, "Walls"), so a grid port on
# every interface lets anyone who reaches it read and plant sessions.
# Usage: src/scripts/check-listeners.sh PID [PID ...]
set -euo pipefail
(( $# > 0 )) || { echo "usage: $0 PID [PID ...]" >&2; exit 2; }
command -v ss >/dev/null 2>&1 || apt-get install -y -qq iproute2 >/dev/null

pids=" $* "
wildcard=0
while read -r local process; do
  pid=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<<"$process")
  [[ "$pids" == *" $pid "* ]] || continue
  echo "pid $pid listens on $local"
  case "$local" in
    0.0.0.0:* | \[::\]:* | \*:*) echo "  ^ bound to every interface" >&2; wildcard=1 ;;
  esac
done < <(ss -Hltnp | awk '{ print $4, $6 }')
exit "$wildcard"
