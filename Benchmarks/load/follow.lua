-- POST /api/v1/accounts/:id/follow and /unfollow, alternating, so that every request changes
-- something: a follow inserts the follow, backfills the follower's home timeline and notifies;
-- an unfollow deletes the follow and the followee's posts from the home timeline.
--
-- WARBLE_FOLLOW_TARGETS lists account ids the token's account does not follow; each wrk thread
-- takes every n-th. Request 2k follows target k; request 2k+1 unfollows target k - LAG, which was
-- followed LAG pairs earlier (long finished: each connection has one request in flight), so
-- a follow and the unfollow of the same account never race. Targets are reused after
-- #targets pairs; the ones followed in the last LAG pairs stay followed, and run.sh cleans them up.
dofile(os.getenv("WARBLE_LOAD_DIR") .. "/common.lua")

local LAG = 16
local all_targets = {}
for id in string.gmatch(os.getenv("WARBLE_FOLLOW_TARGETS") or "", "[^,]+") do
   table.insert(all_targets, id)
end

local threads = {}
function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads - 1)
end

local targets = nil
local counter = -1
function init(args)
   -- Runs in each thread once all threads exist: take this thread's share of the targets.
   local count = tonumber(os.getenv("WARBLE_WRK_THREADS") or "2")
   targets = {}
   for index, id in ipairs(all_targets) do
      if (index - 1) % count == thread_number then
         table.insert(targets, id)
      end
   end
   if #targets <= 2 * LAG then
      error("follow.lua: each thread needs more than " .. (2 * LAG) .. " targets, has " .. #targets)
   end
end

function request()
   counter = counter + 1
   local pair = math.floor(counter / 2)
   local path
   if counter % 2 == 0 then
      path = "/api/v1/accounts/" .. targets[(pair % #targets) + 1] .. "/follow"
   else
      path = "/api/v1/accounts/" .. targets[((pair - LAG) % #targets) + 1] .. "/unfollow"
   end
   return wrk.format("POST", path)
end
