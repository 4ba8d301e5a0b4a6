#!/usr/bin/env bash
# Measures the learner's loop (issue 12): for each kata, with a correct solution in its Practice.cs,
#
#   watch            katas watch <kata>: from saving Practice.cs to the verdict line on screen (median)
#   check no-change  katas check <kata> from a cold start with nothing changed since the last check
#   check edited     katas check <kata> right after a one-line edit of Practice.cs
#   tests' own time  how long the tests ran in those checks and saves, as their verdict lines say
#
# Each figure is the median of --runs runs (the range in brackets). check is timed to its verdict
# line and to its exit (which includes the scaling probe of a passing solution). The script takes
# /tmp/katas-bench.lock, the team's lock for timings, for the whole run, and restores every
# Practice.cs it touched, whatever happens.
#
#   scripts/measure-loop.sh                        # every kata, 3 runs each, 5 saves in watch
#   scripts/measure-loop.sh --runs 5 maximum-gap   # one kata, 5 runs
#   scripts/measure-loop.sh --no-watch             # check only
#   scripts/measure-loop.sh --solution MonotonicDeque sliding-window-maximum
#                                                  # another reference as the learner's solution
#
# The correct solution is the kata's oracle (the reference named by `oracle: typeof(...)` in its
# <Kata>Kata.cs; one class per contract where a kata has several), copied into Practice.cs as a learner
# would write it: the learner's tests all run.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
katas_cmd="$root/src/Katas.Cli/katas"
runs=3
saves=5
watch=1
solution=""
katas=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --saves) saves="$2"; shift 2 ;;
    --no-watch) watch=0; shift ;;
    --solution) solution="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) katas+=("$1"); shift ;;
  esac
done

# Every kata folder with a definition, in kebab case, unless named on the command line.
if [ ${#katas[@]} -eq 0 ]; then
  for definition in "$root"/src/Katas/*/*Kata.cs; do
    folder="$(basename "$(dirname "$definition")")"
    katas+=("$(echo "$folder" | sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' | tr 'A-Z' 'a-z')")
  done
fi

work="$(mktemp -d)"
declare -A backups=()
watch_pid=""
cleanup() {
  if [ -n "$watch_pid" ]; then kill -- "-$watch_pid" 2>/dev/null || true; fi
  for file in "${!backups[@]}"; do cp "${backups[$file]}" "$file"; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The lock is held on descriptor 9, which every command below closes (9>&-): the compiler server that a
# build starts outlives the script, and holding the lock it would keep everyone waiting after it.
if [ -z "${KATAS_LOCKED:-}" ]; then
  exec 9>/tmp/katas-bench.lock
  echo "waiting for /tmp/katas-bench.lock…" >&2
  flock 9
  export KATAS_LOCKED=1
fi

folder_of() { echo "$1" | sed -E 's/(^|-)([a-z])/\U\2/g'; }

# Copies the kata's oracles into Practice.cs as the learner's classes: the first is Practice, any other
# (a kata with several contracts, each with its own oracle) Practice<Oracle> beside it.
solve() {
  local folder="$1" practice="$root/src/Katas/$1/Practice.cs"
  local oracles=() oracle name
  mapfile -t oracles < <(grep -ohE 'oracle: typeof\(\w+\)' "$root/src/Katas/$folder/"*Kata.cs | sed -E 's/.*\((\w+)\)/\1/' | awk '!seen[$0]++')
  if [ -n "$solution" ]; then oracles[0]="$solution"; fi
  if [ ${#oracles[@]} -eq 0 ]; then
    echo "no oracle for $folder" >&2
    return 1
  fi
  for oracle in "${oracles[@]}"; do
    if [ ! -f "$root/src/Katas/$folder/Solutions/$oracle.cs" ]; then
      echo "no oracle source for $folder: $oracle" >&2
      return 1
    fi
  done

  if [ -z "${backups[$practice]:-}" ]; then
    backups[$practice]="$work/$folder.Practice.cs"
    cp "$practice" "${backups[$practice]}"
  fi

  {
    for oracle in "${oracles[@]}"; do grep -hE '^using ' "$root/src/Katas/$folder/Solutions/$oracle.cs" || true; done | sort -u
    printf 'using Katas.%s.Solutions;\n\nnamespace Katas.%s;\n' "$folder" "$folder"
    for oracle in "${oracles[@]}"; do
      name="Practice$oracle"
      if [ "$oracle" = "${oracles[0]}" ]; then name=Practice; fi
      sed -n '/^namespace /,$p' "$root/src/Katas/$folder/Solutions/$oracle.cs" | tail -n +2 | sed -E "s/\b$oracle\b/$name/g"
    done
  } >"$practice"
}

# Prints each line of stdin prefixed with the time it arrived (seconds since the epoch).
stamp() { while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done; }

verdict='^[0-9.]+ (✓|✗|○) |does not compile|ran for more than|crashed|Stack overflow'

# Runs katas check once; prints "<seconds to the verdict line> <seconds to exit>".
time_check() {
  local kata="$1" log="$work/check.log" start end first
  start="$EPOCHREALTIME"
  "$katas_cmd" check "$kata" 2>&1 9>&- | stamp >"$log" || true
  end="$EPOCHREALTIME"
  first="$(grep -m1 -E "$verdict" "$log" | cut -d' ' -f1)"
  if [ -z "$first" ]; then
    echo "no verdict from katas check $kata:" >&2
    tail -n 20 "$log" >&2
    first="$end"
  fi
  awk -v s="$start" -v f="$first" -v e="$end" 'BEGIN { printf "%.2f %.2f\n", f - s, e - s }'
  tests_time "$log" >>"$work/tests.times"
}

# The tests' own time a verdict line reports ("… pass (Practice) in 1.2 s."), if any: what of the wait is
# the learner's code and the tests rather than the loop.
# The line may be wrapped (the console is 80 columns wide when not a terminal): the first " in 1.2 s." counts.
tests_time() { grep -m1 -oE ' in [0-9]+\.[0-9]+ s\.' "$1" | grep -oE '[0-9]+\.[0-9]+' || true; }

# Median and range of the numbers on stdin, as "median (min–max)".
summary() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f (%.1f–%.1f)", m, v[1], v[NR] }'; }

edit() { printf '// measure-loop edit %s\n' "$EPOCHREALTIME" >>"$1"; }

# Waits until the file has more than $2 lines matching $3, up to $4 seconds; prints the last match.
wait_for() {
  local file="$1" count="$2" pattern="$3" limit="$4" waited=0
  while [ "$(grep -cE "$pattern" "$file" || true)" -le "$count" ]; do
    sleep 0.02
    waited=$((waited + 1))
    if [ "$waited" -gt $((limit * 50)) ]; then
      echo "timed out waiting for /$pattern/ in $file:" >&2
      tail -n 20 "$file" >&2
      return 1
    fi
  done
  grep -E "$pattern" "$file" | tail -n 1
}

results=()
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(git -C "$root" rev-parse --short HEAD) $(git -C "$root" status --porcelain | grep -qv '^??' && echo '(with local changes)')" >&2
for kata in "${katas[@]}"; do
  folder="$(folder_of "$kata")"
  practice="$root/src/Katas/$folder/Practice.cs"
  echo "== $kata" >&2
  solve "$folder"

  # Warm-up: the first check builds what the solution changed.
  time_check "$kata" >/dev/null
  : >"$work/tests.times"

  cold_verdict=() cold_exit=()
  for _ in $(seq "$runs"); do
    read -r v e < <(time_check "$kata")
    echo "   check, nothing changed: verdict ${v} s, exit ${e} s" >&2
    cold_verdict+=("$v") cold_exit+=("$e")
  done

  edit_verdict=() edit_exit=()
  for _ in $(seq "$runs"); do
    edit "$practice"
    read -r v e < <(time_check "$kata")
    echo "   check after an edit: verdict ${v} s, exit ${e} s" >&2
    edit_verdict+=("$v") edit_exit+=("$e")
  done

  watch_times=()
  if [ "$watch" -eq 1 ]; then
    log="$work/watch.log"
    : >"$log"
    setsid bash -c "'$katas_cmd' watch '$kata' 2>&1 | while IFS= read -r line; do printf '%s %s\n' \"\$EPOCHREALTIME\" \"\$line\"; done >'$log'" 9>&- &
    watch_pid=$!
    wait_for "$log" 0 '^[0-9.]+ Watching' 300 >/dev/null
    for i in $(seq "$saves"); do
      idle="$(grep -cE '^[0-9.]+ Watching' "$log" || true)"
      verdicts="$(grep -cE "$verdict" "$log" || true)"
      sleep 1
      saved="$EPOCHREALTIME"
      edit "$practice"
      line="$(wait_for "$log" "$verdicts" "$verdict" 300)"
      seen="${line%% *}"
      t="$(awk -v s="$saved" -v f="$seen" 'BEGIN { printf "%.2f", f - s }')"
      echo "   watch, save $i → verdict: ${t} s" >&2
      watch_times+=("$t")
      wait_for "$log" "$idle" '^[0-9.]+ Watching' 300 >/dev/null
    done
    kill -- "-$watch_pid" 2>/dev/null || true
    grep -oE ' in [0-9]+\.[0-9]+ s\.' "$log" | tail -n +2 | grep -oE '[0-9]+\.[0-9]+' >>"$work/tests.times" || true
    wait "$watch_pid" 2>/dev/null || true
    watch_pid=""
  fi

  cp "${backups[$practice]}" "$practice"
  results+=("$(printf '%-26s %-18s %-18s %-18s %-18s %-18s %-18s' "$kata" \
    "$(printf '%s\n' "${watch_times[@]:-}" | grep . | summary)" \
    "$(printf '%s\n' "${cold_verdict[@]}" | summary)" "$(printf '%s\n' "${cold_exit[@]}" | summary)" \
    "$(printf '%s\n' "${edit_verdict[@]}" | summary)" "$(printf '%s\n' "${edit_exit[@]}" | summary)" "$(summary <"$work/tests.times")")")
done

# Leave the build matching the restored stubs, so the next check need not rebuild.
"$katas_cmd" check "${katas[0]}" >/dev/null 2>&1 9>&- || true

echo
echo "seconds, median (min–max) of $runs runs; watch over $saves saves"
printf '%-26s %-18s %-18s %-18s %-18s %-18s %-18s\n' "kata" "watch save→verdict" "check unchanged" "  …to exit" "check after edit" "  …to exit" "tests' own time"
printf '%s\n' "${results[@]}"
