#!/usr/bin/env bash
# Scale benchmark: the figures of issue 15 at N policies, paired in the same run with Hugo (Debian's `hugo`) on the same
# Markdown and Pagefind (npm `pagefind`) over the same built site.
# Usage: scripts/bench-scale.sh N [runs]     (e.g. scripts/bench-scale.sh 100 3; scripts/bench-scale.sh 1000 1)
# Needs: python3, hugo, node, chromium, and pagefind (PAGEFIND=path/to/pagefind, or `npx pagefind`); none of them is
# needed by the build or the tests. Prints one "figure: value" line each; results are recorded in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
n=${1:?usage: scripts/bench-scale.sh N [runs]}
runs=${2:-3}
work=${WORK:-$(mktemp -d)}
pagefind=${PAGEFIND:-npx --yes pagefind@1.6}
echo "N=$n runs=$runs work=$work ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"

# The generator and the bot as deployed (docs/deploy.md). The generator is published as one self-contained image
# compiled with the .NET framework (ReadyToRun composite): nothing of it, the framework's generic code included, waits for
# the runtime to compile it, which was most of what a rebuild after one edit had left beyond its work (2+ minutes to
# publish). GENERATOR=r2r measures the framework-dependent ReadyToRun publish instead (smaller, a minute sooner, rebuilds
# a fifth slower); GENERATOR=jit a plain Release build (what `dotnet run -c Release` runs). documents.bin, written by the
# generator and read by the bot, is keyed by the library's source hash, so the generator and the bot share it.
if [ "${GENERATOR:-}" = jit ]; then
  dotnet build generator -c Release -v quiet -nologo >/dev/null
  gen=$repo/generator/bin/Release/net10.0/generator
elif [ "${GENERATOR:-}" = r2r ]; then
  dotnet publish generator -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/apps/generator" -v quiet -nologo >/dev/null
  gen=$work/apps/generator/generator
else
  dotnet publish generator -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/apps/generator" -v quiet -nologo >/dev/null
  # A framework-dependent publish made later from this checkout would abort at start over what this one left here.
  rm -rf generator/obj/Release/net10.0/linux-x64 knowledge/obj/Release/net10.0/linux-x64
  gen=$work/apps/generator/generator
fi
dotnet publish bot -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/apps/bot" -v quiet -nologo >/dev/null
bot=$work/apps/bot/bot

# The corpus, checked as staff would check it.
scripts/make-corpus . "$work/corpus" "$n"
(cd "$work/corpus" && "$gen" check --content content --templates "$repo/templates" >"$work/check.log" 2>&1) \
  && echo "check: clean ($(grep -c '警告' "$work/check.log") warnings, in $work/check.log)" || { echo "check: FAILED"; tail -5 "$work/check.log"; }
du -sh "$work/corpus/content" | sed 's/^/markdown: /'
scripts/make-hugo "$work/corpus" "$work/hugo" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# timed LABEL CMD...: wall seconds and peak RSS (MB) of CMD, median over $runs runs.
timed() {
  local label=$1; shift
  local walls=() mems=()
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { echo "$label: FAILED"; tail -5 "$work/stderr"; return 0; }
    read -r wall mem < "$work/time"
    walls+=("$wall"); mems+=("$((mem / 1024))")
  done
  echo "$label: wall $(printf '%s\n' "${walls[@]}" | median) s (runs: ${walls[*]}), peak memory $(printf '%s\n' "${mems[@]}" | median) MB"
}

cd "$work/corpus"
timed "full build (generator)" "$gen" build --content content --templates "$repo/templates" --out _site --index _build/index --full
# Once more with its cache (_build/cache), so the rebuild below is the incremental one staff get.
"$gen" build --content content --templates "$repo/templates" --out _site --index _build/index >/dev/null 2>&1
timed "full build (hugo)" hugo --quiet -s "$work/hugo" -d "$work/hugo-public"
# One policy edited before each run (a sentence added to its first line ending in 。), then built again: the
# incremental build (the edit, a sed of one file, is inside the timing).
edited=$(ls content/policies | grep -v jincheng | sed -n 1p)  # not head: under pipefail, grep's SIGPIPE would end the script
timed "rebuild after one policy edit (generator)" bash -c "sed -i \"0,/。\\\$/s//。本条另行通知\$(date +%N)。/\" content/policies/$edited/zh.md &&
  \"$gen\" build --content content --templates \"$repo/templates\" --out _site --index _build/index"
timed "rebuild after one policy edit (hugo)" hugo --quiet -s "$work/hugo" -d "$work/hugo-public"
# The edit above is to a front-matter line (validity): no clause's text changes. A clause's text edited too (a word added
# to the first sentence of each paragraph of the policy's first measure), which changes its search index entries.
timed "rebuild after one clause edit (generator)" bash -c "sed -i \"/{#measure-1 /,/^#/{/^[^[:space:]>#-].*。/s/。/，另行通知\$(date +%N)。/}\" content/policies/$edited/zh.md &&
  \"$gen\" build --content content --templates \"$repo/templates\" --out _site --index _build/index"
cd "$repo"

site=$work/corpus/_site
echo "pages: $(find "$site" -name '*.html' | wc -l) HTML, $(du -sh "$site" | cut -f1) in all"
largest=$(find "$site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
echo "largest HTML page: $((${largest%% *} / 1024)) KB (${largest#* })"
# One process for the ~26,000 JSON files of N=1000 (a gzip per file took eight minutes).
python3 - "$site" <<'PY'
import gzip, os, sys
site = sys.argv[1]
size = lambda p: (len(gzip.compress(open(p, 'rb').read(), 9)), os.path.getsize(p), os.path.relpath(p, site))
files = [os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs if f.endswith('.json')]
z, raw, name = max(map(size, files))
print(f"largest JSON: {z // 1024} KB gzip, {raw // 1024} KB raw ({name})")
PY

# Search: Pagefind over the same site, then the first query's bytes on both, and the static query time.
rm -rf "$site/pagefind"
/usr/bin/time -f '%e %M' -o "$work/time" $pagefind --site "$site" >/dev/null 2>&1 && read -r wall mem < "$work/time" && echo "pagefind index: $wall s, peak $((mem / 1024)) MB"
for q in "zh:刻章要钱吗" "zh:个体工商户 增值税" "en:seal engraving fee" "en:rent reduction"; do
  lang=${q%%:*}; text=${q#*:}
  ours=$(node scripts/bench-first-query.mjs "$site" "/$lang/search/?q=$text")
  theirs=$(node scripts/bench-first-query.mjs "$site" "pagefind:$lang:$text")
  node -e 'const [a, b] = process.argv.slice(1).map(JSON.parse); const k = (x) => (x / 1024).toFixed(1);
    console.log(`first query "${a.page}": ours ${k(a.searchBytes)} KiB gzip (${a.requests.length} requests${a.results ? "" : ", NO RESULTS"}), pagefind ${k(b.searchBytes)} KiB (${b.requests.length} requests${b.results ? "" : ", NO RESULTS"}), ratio ${(a.searchBytes / b.searchBytes).toFixed(2)}x`);' "$ours" "$theirs"
done
rm -rf "$site/pagefind"
node scripts/bench-search.mjs "$site" 5 | sed 's/^/static search: /'

# Bot: start-up + one answer (wall, median of 5), and per-question latency over the eval questions.
cd "$work/corpus"
walls=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N); "$bot" ask "我能免增值税吗？" --content content --sessions memory >/dev/null; walls+=($(( ($(date +%s%N) - start) / 1000000 )))
done
echo "bot start-up + one answer: median $(printf '%s\n' "${walls[@]}" | median) ms (runs: ${walls[*]})"
# Every sample question of tests/eval, three times (333 questions): the median and the second half's median.
for _ in 1 2 3; do cat "$repo"/tests/eval/bot-*.jsonl; done | grep -v '^$' > "$work/questions.jsonl"
"$bot" ask --batch "$work/questions.jsonl" --stats --content content --sessions memory 2>&1 >/dev/null | tail -3 | sed 's/^/bot batch: /'
