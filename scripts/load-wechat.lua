-- wrk script: signed plain-mode WeChat text messages, each with its own MsgId and one of 10,000 users,
-- so every request is a new question (no reply-cache hits). The signature covers token, timestamp and nonce only.
local questions = { "刻章要钱吗", "个体户怎么贷款？", "我是小规模纳税人，月销售额12万，能免增值税吗？", "How can an individual business get a loan?", "第一次轻微违法会被罚款吗？", "在哪里可以办理个体工商户登记？" }
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  -- The warm-up sends other message ids than the measured run, which would otherwise be answered from the reply cache.
  if args[2] == "warmup" then counter = 500000000 end
end

function request()
  counter = counter + 1
  local msg_id = tostring(id) .. string.format("%012d", counter)
  local user = "o_load_" .. tostring((counter * 7 + id) % 10000)
  local q = questions[(counter % #questions) + 1]
  local body = "<xml><ToUserName><![CDATA[gh_policy]]></ToUserName><FromUserName><![CDATA[" .. user ..
    "]]></FromUserName><CreateTime>" .. os.time() .. "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" .. q ..
    "]]></Content><MsgId>" .. msg_id .. "</MsgId></xml>"
  return wrk.format("POST", path, { ["Content-Type"] = "text/xml" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.0f non2xx=%d errors=%d p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
