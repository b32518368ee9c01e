// Load-generator thread for bench-api.ts. autocannon runs here, not on the main thread, so the
// client's request writing and response parsing do not queue behind the server under test on one
// event loop (the app stays in-process, as the bench asks). Plain .mjs: tsx does not reach worker threads.
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const { url, method, headers, body, connections, rate, durationS } = workerData;

const latencies = [];
const statuses = {};

const instance = autocannon(
  {
    url,
    method,
    headers,
    body,
    connections,
    overallRate: rate,
    duration: durationS,
    timeout: 10,
    // Our own latencies come from the response events below (exact, in fractional ms, every status).
    // autocannon's histogram would be skewed: under a rate it "corrects" with an expected interval of
    // ceil(1 / rate) = 1 ms, inventing a sample per ms of each slow response.
    ignoreCoordinatedOmission: true,
  },
  (err, result) => {
    if (err) {
      parentPort.postMessage({ error: String(err?.message ?? err) });
      return;
    }
    parentPort.postMessage({
      latencies: Float64Array.from(latencies),
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      sent: result.requests.sent,
    });
  },
);

instance.on("response", (_client, statusCode, _bytes, ms) => {
  latencies.push(ms);
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
