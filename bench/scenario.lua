-- The load scenarios of bench/load.sh, for wrk (Debian package). One script for all: SCENARIO
-- names the one to run; FIXTURES is the generator's list of accounts and objects; COOKIES maps a
-- user name to the session cookie load.sh obtained by logging in through the real login form.
-- Parameters vary across requests (queries, resources, cohorts, users); an error is any status
-- of 400 or more, or an error page served with 200 (its "errorText" paragraph).

local scenario = os.getenv("SCENARIO") or "ceiling"

local function lines(path)
  local out = {}
  local f = io.open(path, "r")
  if f then
    for line in f:lines() do out[#out + 1] = line end
    f:close()
  end
  return out
end

local function words(line)
  local out = {}
  for w in line:gmatch("%S+") do out[#out + 1] = w end
  return out
end

local fixtures = {}
for _, line in ipairs(lines(os.getenv("FIXTURES") or "fixtures.txt")) do
  local w = words(line)
  local kind = table.remove(w, 1)
  fixtures[kind] = fixtures[kind] or {}
  table.insert(fixtures[kind], w)
end
local cookies = {}
for _, line in ipairs(lines(os.getenv("COOKIES") or "cookies.txt")) do
  local user, cookie = line:match("^(%S+)%s+(.*)$")
  if user then cookies[user] = cookie end
end

local queries = {
  "smartphone", "démarches administratives", "mots de passe", "e-mail", "arnaques",
  "atelier seniors", "FranceConnect", "impôts", "visioconférence", "parents contrôle parental",
  "intelligence artificielle", "tableur", "cloud", "Pix", "santé", "emploi", "tablette",
  "réseaux sociaux", "sécuriser", "accompagnement individuel", "", ""
}
local themes = { "DIAGNOSTIC", "DEMARCHES", "OUTILS", "ACCESSIBILITE", "PARENTALITE", "CYBER", "IA" }
local audiences = { "TOUS_PUBLICS", "SENIORS", "PARENTS", "ELOIGNES", "HANDICAP" }
local orders = { "RELEVANCE", "RELEVANCE", "QUALITY", "DATE" }

local function pick(list) return list[math.random(#list)] end

-- Popular things are asked more: the first of a most-read-first list, squared.
local function skewed(list)
  local u = math.random()
  return list[1 + math.floor(#list * u * u)]
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local visitor = { ["Accept-Language"] = "fr" }

-- Regions of the code officiel géographique (INSEE codes).
local regions = { "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94" }

local departments = {
  "01", "06", "13", "14", "21", "25", "29", "31", "33", "34", "35", "38", "44", "59", "63", "67",
  "69", "75", "76", "87", "93", "971", "974", "2A"
}
local function observatory_question()
  local months = ({ 3, 6, 12 })[math.random(1, 3)]
  local r = math.random()
  if r < 0.2 then return "months=" .. months end
  if r < 0.5 then return "region=" .. pick(regions) .. "&months=" .. months end
  return "department=" .. pick(departments) .. "&months=" .. months
end

local function as(user)
  return { ["Cookie"] = cookies[user] or "", ["Accept-Language"] = "fr", ["Accept"] = "application/json" }
end

-- Each thread has its own user (and, for score sheets, its own sheet and version): load.sh runs
-- these scenarios with one connection per thread.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local me, sheetVersion, sheetItems, candidate, juror
errors = 0

function init(args)
  me = id or 1
  local j = fixtures.juror and fixtures.juror[1 + (me - 1) % #fixtures.juror]
  if j then juror, candidate = j[1], j[2] end
  math.randomseed(os.time() + me * 7919)
end

local function manager()
  return fixtures.manager[1 + (me - 1) % #fixtures.manager]
end

local function mediator()
  return fixtures.mediator[1 + (me - 1) % #fixtures.mediator][1]
end

local function searchPath()
  local path = "/api/library/search?q=" .. encode(pick(queries)) .. "&order=" .. pick(orders)
  if math.random() < 0.5 then path = path .. "&theme=" .. pick(themes) end
  if math.random() < 0.3 then path = path .. "&audience=" .. pick(audiences) end
  if math.random() < 0.2 then path = path .. "&first=20" end
  return path
end

local builders = {
  ceiling = function()
    return wrk.format("GET", "/api/health")
  end,
  search = function()
    return wrk.format("GET", searchPath(), as(mediator()))
  end,
  -- The same searches by readers without an account (published resources alone, no session).
  ["public-search"] = function()
    return wrk.format("GET", searchPath(), { ["Accept-Language"] = "fr", ["Accept"] = "application/json" })
  end,
  ["resource-page"] = function()
    return wrk.format("GET", "/library/resource.xhtml?r=" .. skewed(fixtures.resource)[1], as(mediator()))
  end,
  ["resource-api"] = function()
    return wrk.format("GET", "/api/library/resources/" .. skewed(fixtures.resource)[1], as(mediator()))
  end,
  ["sheet-read"] = function()
    return wrk.format("GET", "/api/exam-sessions/candidates/" .. candidate .. "/sheet", as(juror))
  end,
  ["sheet-save"] = function()
    if not sheetVersion then
      return wrk.format("GET", "/api/exam-sessions/candidates/" .. candidate .. "/sheet", as(juror))
    end
    local scores = {}
    for _, key in ipairs(sheetItems) do
      table.insert(scores, string.format('"%s":%d', key, math.random(1, 4)))
    end
    local body = string.format('{"version":%d,"scores":{%s},"proposals":{},"comments":{},"submit":false}',
      sheetVersion, table.concat(scores, ","))
    local headers = as(juror)
    headers["Content-Type"] = "application/json"
    headers["Origin"] = wrk.scheme .. "://" .. wrk.host .. ":" .. wrk.port
    return wrk.format("PUT", "/api/exam-sessions/candidates/" .. candidate .. "/sheet", headers, body)
  end,
  ["calendar-json"] = function()
    local m = manager()
    return wrk.format("GET", "/api/cohorts/" .. (m[3] + math.random(0, 1)) .. "/sessions", as(m[1]))
  end,
  ["calendar-page"] = function()
    local m = manager()
    return wrk.format("GET", "/cohort/calendar.xhtml?organisation=" .. m[2] .. "&cohort=" .. (m[3] + math.random(0, 1)), as(m[1]))
  end,
  ["quality-page"] = function()
    local m = manager()
    return wrk.format("GET", "/organisation/quality.xhtml?id=" .. m[2], as(m[1]))
  end,
  ["quality-api"] = function()
    local m = manager()
    return wrk.format("GET", "/api/quality?organisation=" .. m[2], as(m[1]))
  end,
  -- A structure's page of its mediators' logbooks (twenty share with each), over 3, 6 or 12 months.
  ["structure-api"] = function()
    local m = manager()
    return wrk.format("GET", "/api/organisations/" .. m[2] .. "/practice?months=" .. pick({ 3, 6, 12 }), as(m[1]))
  end,
  ["structure-page"] = function()
    local m = manager()
    return wrk.format("GET", "/organisation/practice.xhtml?id=" .. m[2] .. "&months=" .. pick({ 3, 6, 12 }), as(m[1]))
  end,
  ["quality-national"] = function()
    return wrk.format("GET", "/api/quality", as("admin"))
  end,
  home = function()
    return wrk.format("GET", "/index.xhtml", as(mediator()))
  end,
  -- The public pages, as a visitor or a crawler reads them: no account, no session.
  ["public-library-page"] = function()
    local path = "/library/index.xhtml?q=" .. encode(pick(queries))
    if math.random() < 0.5 then path = path .. "&theme=" .. pick(themes) end
    if math.random() < 0.2 then path = path .. "&page=2" end
    return wrk.format("GET", path, visitor)
  end,
  ["offers-page"] = function()
    local path = "/offers/index.xhtml"
    if math.random() < 0.7 then path = path .. "?region=" .. pick(regions) end
    if math.random() < 0.3 then path = path .. (path:find("?", 1, true) and "&" or "?") .. "places=true" end
    return wrk.format("GET", path, visitor)
  end,
  ["offer-page"] = function()
    return wrk.format("GET", "/offers/cohort.xhtml?id=" .. pick(fixtures.offer)[1], visitor)
  end,
  ["organisation-page"] = function()
    return wrk.format("GET", "/offers/organisation.xhtml?id=" .. manager()[2], visitor)
  end,
  -- The observatory: France, a region or a department, over 3, 6 or 12 months (about 360
  -- questions, each computed once per ten minutes and served from memory meanwhile).
  ["observatory-page"] = function()
    return wrk.format("GET", "/observatory/index.xhtml?" .. observatory_question(), visitor)
  end,
  ["observatory-csv"] = function()
    return wrk.format("GET", "/api/observatory/figures.csv?" .. observatory_question(), visitor)
  end,
  -- A mediator logs an accompaniment from a phone (JSON): today, one or two themes, a length, at
  -- home or remotely (counted in their place's department), the competences suggested.
  ["log-entry"] = function()
    local themes = { "EMAIL", "HEALTH", "BANKING", "PROCEDURES", "SECURITY", "DEVICES", "BROWSING" }
    local body = string.format(
      '{"day":"%s","kind":"INDIVIDUAL","themes":["%s"],"minutes":%d,"place":"%s","approach":"%s",'
        .. '"autonomyBefore":"GUIDED","autonomyAfter":"%s","outcome":"SOLVED"}',
      os.date("%Y-%m-%d"), pick(themes), pick({ 15, 30, 45, 60 }), pick({ "HOME", "REMOTE" }),
      pick({ "WITH", "WITH", "FOR" }), pick({ "GUIDED", "PARTLY", "AUTONOMOUS" }))
    local headers = as(mediator())
    headers["Content-Type"] = "application/json"
    headers["Origin"] = wrk.scheme .. "://" .. wrk.host .. ":" .. wrk.port
    return wrk.format("POST", "/api/logbook/entries", headers, body)
  end,
}

local build = builders[scenario]
if not build then error("unknown scenario " .. scenario) end

function request()
  return build()
end

-- Pages for a logged-in user: the login page served in their place counts as an error too.
local pages = { ["resource-page"] = true, ["calendar-page"] = true, ["quality-page"] = true, home = true,
  ["structure-page"] = true }

function response(status, headers, body)
  if status >= 400 or (body and body:find('id="errorText"', 1, true))
      or (pages[scenario] and not (body and body:find('id="currentUser"', 1, true))) then
    errors = errors + 1
  end
  if scenario == "sheet-save" and status == 200 and body then
    sheetVersion = tonumber(body:match('"entityVersion":(%d+)'))
    if not sheetItems then
      sheetItems = {}
      for key in body:gmatch('"key":"([^"]+)"') do table.insert(sheetItems, key) end
    end
  elseif scenario == "sheet-save" and status == 409 then
    sheetVersion = nil -- read it again
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + (t:get("errors") or 0) end
  local e = summary.errors
  failed = failed + e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %s %d %.3f %.1f %.2f %.2f %.2f %d\n", scenario, summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, failed))
end
