-- wrk reporting hook for bench/landing/run: after wrk's usual output (kept as the raw result), prints one
-- machine-readable line that the run script parses. Latencies are in microseconds, durations in microseconds.
-- "status" counts responses with a status of 400 or higher (wrk's "Non-2xx or 3xx responses"); the run script
-- checks beforehand that both URLs answer 200, so redirects are not expected.
done = function(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d bytes=%d rps=%.2f p50_us=%d p90_us=%d p99_us=%d max_us=%d"
         .. " err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d\n",
      summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      e.connect, e.read, e.write, e.timeout, e.status))
end
