// The ceiling of `npm run bench`: a bare Fastify app from the same node_modules, in its own process,
// so every Katagen row can be read as a share of what Fastify itself can do on this machine.
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));
await app.listen({ host: "127.0.0.1", port: Number(process.argv[2] ?? 0) });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === "object" && address ? address.port : ""}\n`);
