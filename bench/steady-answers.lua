-- wrk script: completed NPS surveys at a steady pace. Each connection waits DELAY_MS between its
-- requests (wrk has no fixed-rate mode), so connections x 1000 / DELAY_MS bounds the rate; one
-- answer in DETRACTOR_EVERY is a detractor (NPS 0-6) with a comment, the rest are promoters.
local delay_ms = tonumber(os.getenv("DELAY_MS") or "40")
local detractor_every = tonumber(os.getenv("DETRACTOR_EVERY") or "10")
local sent = 0
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

request = function()
  sent = sent + 1
  local body
  if sent % detractor_every == 0 then
    body = "lang=zh-CN&nps=" .. math.random(0, 6) .. "&csat=1&reason=%E4%B8%8A%E8%8F%9C%E5%A4%AA%E6%85%A2"
  else
    body = "lang=zh-CN&nps=" .. math.random(9, 10) .. "&csat=5&reason="
  end
  return wrk.format(nil, nil, nil, body)
end

delay = function()
  return delay_ms
end
