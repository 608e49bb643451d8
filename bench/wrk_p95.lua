-- wrk --script hook: print the 95th latency percentile (microseconds), which
-- wrk --latency leaves out. bench/pages.py parses the line "p95_us N".
done = function(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95.0)))
end
