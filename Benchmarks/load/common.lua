-- Shared by the wrk scripts of the Warble benchmark: the token, and a summary line that
-- run.sh reads (exact figures, including the count of answers that were not 2xx/3xx).
local token = os.getenv("WARBLE_TOKEN")
if token == nil or token == "" then
   error("WARBLE_TOKEN is not set")
end
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      "WRK_SUMMARY requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d p50_us=%d p99_us=%d max_us=%d\n",
      summary.requests, summary.duration, errors.status, errors.connect, errors.read, errors.write, errors.timeout,
      latency:percentile(50), latency:percentile(99), latency.max))
end

-- With WARBLE_WRK_SHOW_ERRORS set, the first few answers that are not 2xx/3xx are printed (run.sh
-- does this in a short second run when too many requests failed, to show why).
if os.getenv("WARBLE_WRK_SHOW_ERRORS") then
   local shown = 0
   function response(status, headers, body)
      if status >= 400 and shown < 3 then
         shown = shown + 1
         io.write(string.format("WRK_ERROR status=%d body=%s\n", status, string.sub(body or "", 1, 300)))
      end
   end
end
