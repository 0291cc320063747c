-- wrk script for src/bench/soak.sh: a share of the requests (unique=, default 0.25) go to
-- addresses never asked before, the rest to a fixed set of common ones (fixed=PATH, one
-- argument each). Every never-seen address is a valid view: a combination of years,
-- themes, a period, importance, sort and "disputed" drawn from the ids soak.sh read from
-- the API (themes=a,b,..., periods=a,b,..., years=FIRST,LAST), on the timeline page or
-- /api/events (pages= share of them on the page), some with a search word (q).
--
-- Combination n of a thread's run is number base + i * threads + id in a mixed-radix
-- space of all combinations, shuffled by multiplying with a prime modulo its size, so no
-- two requests of a run, of any thread, ask for the same combination. Runs with other
-- bases (the warm-up, the check) never reach the soak's combinations.
--
-- check=1 also counts the responses by status (wrk then reads every body, which costs
-- client CPU, so the soak itself leaves it off unless asked); with paths=1 (for one
-- connection a thread, where the last request sent is the one answered) it also names
-- the first addresses that did not answer 200.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function split(s)
  local list = {}
  for item in string.gmatch(s or "", "[^,]+") do
    table.insert(list, item)
  end
  return list
end

-- No parameter, or one of its values.
local function options(name, values)
  local list = { "" }
  for _, value in ipairs(values) do
    table.insert(list, name .. "=" .. value)
  end
  return list
end

local function encode(s)
  return (string.gsub(s, "[^%w%-_.~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local cfg = { unique = 0.25, pages = 0.5, base = 0, threads = 1, check = false, paths = false }
local fixed, fixed_set = {}, {}
local digits = {}  -- { {values...}, ... }: one digit of the mixed radix each
combinations = 1 -- the size of the space; global, so that done() can read it
local PRIME = 1000003
local WORDS = { "treaty", "border", "Khrushchev", "Mao", "Zhou", "Damansky", "nuclear", "Albania", "Taiwan",
  "Korea", "Stalin", "specialists", "Brezhnev", "Kosygin", "Ussuri", "Xinjiang", "polemic", "congress",
  "Lushan", "Mongolia", "Даманский", "珍宝岛", "Хрущёв", "赫鲁晓夫" }
local LETTERS = "abcdefghijklmnopqrstuvwxyz"

-- Counters a thread keeps; done() reads them.
unique_sent, fixed_sent, statuses, failed = 0, 0, {}, {}
local seq = 0
local last_path = nil

function init(args)
  for _, arg in ipairs(args) do
    local key, value = string.match(arg, "^([%w_]+)=(.*)$")
    if key == "fixed" then
      table.insert(fixed, value)
      fixed_set[value] = true
    elseif key == "themes" or key == "periods" or key == "years" then
      cfg[key] = split(value)
    elseif key == "check" or key == "paths" then
      cfg[key] = value == "1"
    elseif key then
      cfg[key] = tonumber(value)
    end
  end
  math.randomseed(os.time() * 1000 + id * 7919 + cfg.base)

  -- Years: none, from only, to only, or from <= to.
  local first, last = tonumber(cfg.years[1]), tonumber(cfg.years[2])
  local years = { "" }
  for y = first, last do
    table.insert(years, "from=" .. y)
    table.insert(years, "to=" .. y)
    for z = y, last do
      table.insert(years, "from=" .. y .. "&to=" .. z)
    end
  end
  -- Themes: none, one, or two in either order (the order is part of the address).
  local themes = options("theme", cfg.themes)
  for _, a in ipairs(cfg.themes) do
    for _, b in ipairs(cfg.themes) do
      if a ~= b then
        table.insert(themes, "theme=" .. a .. "&theme=" .. b)
      end
    end
  end
  digits = { years, themes, options("period", cfg.periods), options("importance", { 1, 2 }),
    options("sort", { "date", "-date" }), options("disputed", { "true" }) }
  combinations = 1
  for _, d in ipairs(digits) do
    combinations = combinations * #d
  end

  if cfg.check then
    -- Defined only now: wrk reads bodies only for scripts that have it.
    function response(status)
      statuses[status] = (statuses[status] or 0) + 1
      if status ~= 200 and cfg.paths and #failed < 10 then
        table.insert(failed, status .. " " .. last_path)
      end
    end
  end
end

local function combination(n)
  local index = (n * PRIME) % combinations
  local parts = {}
  for _, d in ipairs(digits) do
    local value = d[(index % #d) + 1]
    index = math.floor(index / #d)
    if value ~= "" then
      table.insert(parts, value)
    end
  end
  local r = math.random()
  if r < 0.15 then
    table.insert(parts, "q=" .. encode(WORDS[math.random(#WORDS)]))
  elseif r < 0.20 then
    local word = {}
    for _ = 1, 6 do
      local k = math.random(#LETTERS)
      table.insert(word, string.sub(LETTERS, k, k))
    end
    table.insert(parts, "q=" .. table.concat(word))
  end
  local path = (math.random() < cfg.pages) and "/" or "/api/events"
  if #parts > 0 then
    path = path .. "?" .. table.concat(parts, "&")
  end
  return path
end

local function never_seen()
  while true do
    local n = cfg.base + seq * cfg.threads + id
    seq = seq + 1
    local path = combination(n)
    if not fixed_set[path] and path ~= "/" and path ~= "/api/events" then
      return path
    end
  end
end

function request()
  local path
  if math.random() < cfg.unique then
    path = never_seen()
    unique_sent = unique_sent + 1
  else
    path = fixed[math.random(#fixed)]
    fixed_sent = fixed_sent + 1
  end
  last_path = path
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local unique, common, codes, failures = 0, 0, {}, {}
  local space = threads[1]:get("combinations")
  for _, t in ipairs(threads) do
    unique = unique + (t:get("unique_sent") or 0)
    common = common + (t:get("fixed_sent") or 0)
    for code, count in pairs(t:get("statuses") or {}) do
      codes[code] = (codes[code] or 0) + count
    end
    for _, f in ipairs(t:get("failed") or {}) do
      table.insert(failures, f)
    end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d bytes=%d\n", summary.requests, summary.duration, summary.bytes))
  io.write(string.format("RESULT p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f\n", latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
  io.write(string.format("RESULT connect=%d read=%d write=%d status=%d timeout=%d\n", e.connect, e.read, e.write,
    e.status, e.timeout))
  io.write(string.format("RESULT sent_never_seen=%d sent_common=%d combinations=%d\n", unique, common, space))
  local list = {}
  for code, count in pairs(codes) do
    table.insert(list, code .. ":" .. count)
  end
  table.sort(list)
  if #list > 0 then
    io.write("RESULT statuses " .. table.concat(list, " ") .. "\n")
  end
  for _, f in ipairs(failures) do
    io.write("RESULT failed " .. f .. "\n")
  end
end
