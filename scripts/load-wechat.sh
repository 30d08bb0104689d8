#!/usr/bin/env bash
# Load test of /wechat with the default answerer: N rps of signed messages for a duration, reporting throughput,
# p50/p99 latency, errors and the server's memory before and after. Needs wrk (apt-get install -y wrk).
# Usage: scripts/load-wechat.sh [rate=500] [seconds=60] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500}; seconds=${2:-60}; connections=${3:-32}
port=5099; token=loadtoken
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk"; exit 1; }

dotnet build bot/Bot.csproj -c Release -v q >/dev/null
db=$(mktemp -d)
dotnet bot/bin/Release/net10.0/bot.dll serve --urls "http://127.0.0.1:$port" --WeChat:Token=$token --WeChat:AppId=wxload0000000001 --WeChat:EncodingAesKey=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG \
  --Bot:Sessions:Path="${SESSIONS:-$db/sessions.db}" --RateLimit:PerUserPerMinute=1000 --WeChat:MaxClockSkew=01:00:00 --Logging:LogLevel:Default=Warning >"$db/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$db"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

ts=$(date +%s); nonce=loadnonce
sig=$(printf '%s\n' "$token" "$ts" "$nonce" | sort | tr -d '\n' | sha1sum | cut -d' ' -f1)
path="/wechat?signature=$sig&timestamp=$ts&nonce=$nonce"
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
# The server's memory every 30 s while the run lasts, for the soak's "flat memory".
sample() { while kill -0 "$server" 2>/dev/null; do echo "$(date +%T) $(rss) MB"; sleep 30; done; }

# One signature for the whole run: the server accepts its timestamp for an hour (MaxClockSkew above; 5 minutes by
# default, which a 5-minute soak would outlast and then measure only fast 401s).
# Warm up (JIT, caches), then measure; the warm-up's message ids differ from the run's, so no reply comes from the cache.
wrk -t2 -c"$connections" -d10s -s scripts/load-wechat.lua "http://127.0.0.1:$port" -- "$path" warmup >/dev/null
before=$(rss)
if wrk --help 2>&1 | grep -q -- '-R'; then rateflag="-R$rate"; else rateflag=""; fi
sample > "$db/rss.txt" & sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" $rateflag --latency -s scripts/load-wechat.lua "http://127.0.0.1:$port" -- "$path" | tail -n 1
after=$(rss)
kill $sampler 2>/dev/null || true
echo "server RSS every 30 s: $(cut -d' ' -f2 "$db/rss.txt" | tr '\n' ' ')MB"
echo "server RSS: ${before} MB after warm-up, ${after} MB after the run"
