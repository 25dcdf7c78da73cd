-- POST /api/v1/statuses: a new public post each time (plain text: no mentions or tags), so each
-- request inserts a post and fans it out to the author's followers' home timelines.
dofile(os.getenv("WARBLE_LOAD_DIR") .. "/common.lua")

local thread_count = 0
function setup(thread)
   thread:set("thread_number", thread_count)
   thread_count = thread_count + 1
end

local headers = {}
for name, value in pairs(wrk.headers) do headers[name] = value end
headers["Content-Type"] = "application/json"

local counter = 0
function request()
   counter = counter + 1
   local body = string.format('{"status":"Benchmark post %d-%d from the Warble load test","visibility":"public"}',
      thread_number or 0, counter)
   return wrk.format("POST", "/api/v1/statuses", headers, body)
end
