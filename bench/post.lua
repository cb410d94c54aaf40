-- wrk script: POSTs the JSON body in the file named by $BODY to the URL
-- given, and prints one line for the runner:
--   RESULT <requests/s> <p50 µs> <p99 µs> <requests> <errors>
-- where errors counts socket errors, timeouts and non-2xx answers.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %.1f %d %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), summary.requests, errors))
end
