-- wrk script: each request is one completed NPS survey (score, a reason, CSAT), as a phone would post it.
local reasons = {
  "", "", "",
  "%E4%B8%8A%E8%8F%9C%E6%9C%89%E7%82%B9%E6%85%A2",          -- 上菜有点慢
  "%E5%91%B3%E9%81%93%E5%BE%88%E5%A5%BD%EF%BC%8C%E4%BC%9A%E5%86%8D%E6%9D%A5", -- 味道很好，会再来
  "Friendly+staff%2C+food+came+quickly",
}
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

request = function()
  local body = "lang=zh-CN&nps=" .. math.random(0, 10) .. "&csat=" .. math.random(1, 5)
      .. "&reason=" .. reasons[math.random(#reasons)]
  return wrk.format(nil, nil, nil, body)
end
