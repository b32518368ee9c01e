/**
 * A stand-in for Clerk's Frontend API JWKS endpoint on 127.0.0.1:0 (docs/clerk-auth.md §7): real HTTP,
 * a mutable key list for rotation tests, a request counter, and an off switch for outage tests.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { JWK } from "jose";

export interface JwksServer {
  /** `http://127.0.0.1:<port>`: usable as CLERK_ISSUER. */
  readonly origin: string;
  readonly jwksUrl: string;
  /** Published keys; mutate freely (rotation). */
  keys: JWK[];
  /** GETs of the JWKS path so far. */
  readonly requests: number;
  /** When set, the JWKS path answers with this status instead of the keys. */
  failWith: number | null;
  resetCount(): void;
  /** Closes the socket (the "server down" case); origin stays the same so the port refuses. */
  close(): Promise<void>;
}

export async function startJwksServer(keys: JWK[] = []): Promise<JwksServer> {
  let requests = 0;
  const state = { keys, failWith: null as number | null };
  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/.well-known/jwks.json") {
      requests += 1;
      if (state.failWith !== null) {
        res.writeHead(state.failWith).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: state.keys }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    origin,
    jwksUrl: `${origin}/.well-known/jwks.json`,
    get keys() {
      return state.keys;
    },
    set keys(next: JWK[]) {
      state.keys = next;
    },
    get requests() {
      return requests;
    },
    get failWith() {
      return state.failWith;
    },
    set failWith(status: number | null) {
      state.failWith = status;
    },
    resetCount() {
      requests = 0;
    },
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
