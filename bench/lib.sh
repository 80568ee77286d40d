# Shared by bench/run and bench/hugo: make the generated portal, and time a build command.
# Not a command of its own: source it from the repository's root.

# make_portal DIR RECORDS: writes DIR/content with accord.bench.PortalGenerator (seed BENCH_SEED, default 1),
# compiling the test classes first when the generator is missing or older than its source.
make_portal() {
  local dir=$1 records=$2
  local cls=target/test-classes/accord/bench/PortalGenerator.class
  local src=src/test/java/accord/bench/PortalGenerator.java
  if [ ! -f "$cls" ] || [ "$src" -nt "$cls" ] || [ ! -d target/classes ]; then
    mvn -q -ntp test-compile
  fi
  java -cp target/test-classes:target/classes accord.bench.PortalGenerator "$dir" "$records" "${BENCH_SEED:-1}"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# measure RUNS OUTDIR LOG COMMAND...: runs COMMAND RUNS times, each from scratch as the caller's
# prepare_run function (if defined) leaves it, and prints per run: wall and CPU time (user+sys of the
# whole process tree, from /usr/bin/time), peak RSS of the largest process, pages per second (the
# index.html files under OUTDIR), the output's size, and the command's own `timings:` and `update:`
# lines; then the medians and the core count. LOG keeps the last run's output.
measure() {
  local runs=$1 out=$2 log=$3; shift 3
  [ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
  local walls=() cpus=() rsss=() rates=() pagesv=() sizes=()
  local r
  for r in $(seq 1 "$runs"); do
    if declare -F prepare_run >/dev/null; then prepare_run; fi
    local start end
    start=$(date +%s%N)
    if ! /usr/bin/time -f '%U %S %M' -o "$log.time" "$@" > "$log" 2>&1; then
      echo "run $r: the build failed; its output:" >&2; cat "$log" >&2; exit 1
    fi
    end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    local cpu kb
    read -r cpu kb < <(tail -1 "$log.time" | awk '{printf "%d %d\n", ($1 + $2) * 1000, $3}')
    local pages size rate
    pages=$(find "$out" -name index.html | wc -l)
    size=$(du -sk "$out" | cut -f1)
    rate=$(( ms > 0 ? pages * 1000 / ms : 0 ))
    walls+=("$ms"); cpus+=("$cpu"); rsss+=("$kb"); rates+=("$rate"); pagesv+=("$pages"); sizes+=("$size")
    echo "run $r: ${ms} ms wall, ${cpu} ms CPU, peak RSS $(( kb / 1024 )) MiB, $pages pages ($rate pages/s), output $(( size / 1024 )) MiB"
    # The build's own lines, whatever they say: per-stage timings, and (once the build prints one)
    # the time of an update after editing one record.
    grep -E '^(timings|update):' "$log" | sed 's/^/  /' || true
  done
  echo "median of $runs: $(median "${walls[@]}") ms wall, $(median "${cpus[@]}") ms CPU," \
       "$(( $(median "${rsss[@]}") / 1024 )) MiB peak RSS, $(median "${rates[@]}") pages/s," \
       "$(median "${pagesv[@]}") pages, $(( $(median "${sizes[@]}") / 1024 )) MiB output; $(nproc) cores, process start included"
}
