/**
 * A TCP proxy for outage tests (docs/reliability.md §5, "a small net proxy for Postgres"): the app talks
 * to the database through it, and the test "kills" the database without touching the shared server.
 *
 *   refuse: every proxied connection is destroyed and the port stops listening (connect → ECONNREFUSED),
 *           like a crashed or stopped database.
 *   hang:   every proxied connection is destroyed and new ones are accepted but never forwarded,
 *           like a dead host behind a firewall that drops packets.
 *   freeze: like hang, but open connections stay open and silently stop carrying data (a network
 *           partition): queries already sent get no answer until up() heals it and they resume.
 *
 * With `wakeUpMs`, it also plays Neon's scale-to-zero: the proxy starts asleep, the first connection
 * wakes it, and every connection accepted while it wakes is forwarded only once wakeUpMs have passed
 * (TCP connects at once, the database's first bytes come late, as from Neon's proxy while the
 * compute starts). Awake, it forwards at once until suspend() puts it to sleep again.
 */
import net from "node:net";

export type OutageMode = "refuse" | "hang" | "freeze";

export interface TcpProxy {
  readonly port: number;
  readonly state: "up" | OutageMode;
  /** Connections accepted since start (forwarded or held). */
  readonly accepted: number;
  /** Connections that had to wait for a wake-up. */
  readonly heldForWakeUp: number;
  /** performance.now() when the last wake-up ended (undefined: never woke). */
  readonly awakeAt: number | undefined;
  down(mode: OutageMode): Promise<void>;
  up(): Promise<void>;
  /** Scale to zero: open connections are dropped and the next one waits wakeUpMs again. */
  suspend(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(
  target: { host: string; port: number },
  options: { wakeUpMs?: number } = {},
): Promise<TcpProxy> {
  let state: "up" | OutageMode = "up";
  let accepted = 0;
  let heldForWakeUp = 0;
  const wakeUpMs = options.wakeUpMs ?? 0;
  let asleep = wakeUpMs > 0;
  let waking: Promise<void> | undefined;
  let awakeAt: number | undefined;
  const wakeUp = () =>
    (waking ??= new Promise<void>((resolve) => setTimeout(resolve, wakeUpMs)).then(() => {
      asleep = false;
      waking = undefined;
      awakeAt = performance.now();
    }));
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    // A reset from either side is part of the game here, not an error to crash on.
    socket.on("error", () => undefined);
    socket.once("close", () => sockets.delete(socket));
  };

  const pairs = new Set<[net.Socket, net.Socket]>();
  const forward = (client: net.Socket) => {
    if (client.destroyed || state !== "up") return;
    const upstream = net.connect(target);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.once("close", () => pairs.delete(pair));
    client.once("close", () => upstream.destroy());
    upstream.once("close", () => client.destroy());
  };
  const server = net.createServer((client) => {
    accepted += 1;
    track(client);
    if (state !== "up") return; // hang or freeze: hold the connection, forward nothing
    if (!asleep) return forward(client);
    // The client's first bytes (SSLRequest) wait unread in the socket until the wake-up is over.
    heldForWakeUp += 1;
    void wakeUp().then(() => forward(client));
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) resolve();
      else server.close(() => resolve());
    });
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    get state() {
      return state;
    },
    get accepted() {
      return accepted;
    },
    get heldForWakeUp() {
      return heldForWakeUp;
    },
    get awakeAt() {
      return awakeAt;
    },
    suspend() {
      asleep = wakeUpMs > 0;
      destroyAll();
    },
    async down(mode) {
      state = mode;
      if (mode === "refuse") {
        // close() waits for open connections, so destroy them first and do not wait for it.
        const closed = stopListening();
        destroyAll();
        await closed;
      } else if (mode === "hang") {
        destroyAll();
      } else {
        // Data already read is dropped too: nothing more crosses in either direction.
        for (const [client, upstream] of pairs) {
          client.unpipe(upstream);
          upstream.unpipe(client);
          client.pause();
          upstream.pause();
        }
      }
    },
    async up() {
      // Connections held while down never reached the database: drop them, the pool reconnects.
      for (const socket of sockets) if (![...pairs].some((pair) => pair.includes(socket))) socket.destroy();
      if (state === "freeze") {
        for (const [client, upstream] of pairs) {
          client.pipe(upstream);
          upstream.pipe(client);
          client.resume();
          upstream.resume();
        }
      }
      state = "up";
      if (!server.listening) await listen(port);
    },
    async close() {
      state = "refuse";
      const closed = stopListening();
      destroyAll();
      await closed;
    },
  };
}
