-- wrk's report for PageBench.java: the round's request count, its length, its failed requests (connection errors,
-- timeouts, answers above 399) and 1000 latency quantiles (0.1 % apart, microseconds), one per line, so that rounds
-- can be merged into one distribution per side.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_us %d\n", summary.duration))
  io.write(string.format("errors %d\n", e.connect + e.read + e.write + e.status + e.timeout))
  for i = 1, 1000 do
    io.write(string.format("q %d\n", latency:percentile(i / 10.0)))
  end
end
