// Render's side of the topology: one public origin in front of the service's instances. Each
// request goes to the next instance in turn, with X-Forwarded-For/-Proto added as Render's proxy
// adds them (the Blueprint's TRUST_PROXY=1 believes exactly that one hop).
import { request as httpRequest, createServer } from "node:http";

export async function startLoadBalancer({ targets, port = 0, host = "127.0.0.1" }) {
  let next = 0;
  const counts = targets.map(() => 0);
  const server = createServer((req, res) => {
    const index = next;
    next = (next + 1) % targets.length;
    counts[index] += 1;
    const target = new URL(targets[index]);
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress]
      .filter(Boolean)
      .join(", ");
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "http" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return {
    origin: `http://${host}:${server.address().port}`,
    /** Requests sent to each target so far, in the order of `targets`. */
    counts: () => [...counts],
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
