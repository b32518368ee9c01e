// The API as render.yaml deploys it, on this machine: a clean copy built with the Blueprint's
// buildCommand, migrated by its preDeployCommand, and `numInstances` instances started with its
// startCommand in production mode (NODE_ENV=production from the Blueprint, Clerk sign-in against a
// local HTTPS issuer). PostgreSQL shaped like Neon when the suite has one (the pooled URL for the
// app, the direct URL for migrations), else a SQLite file.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createServer } from "node:net";
import pg from "pg";
import { startClerkIssuer } from "./clerk-issuer.mjs";
import { startLoadBalancer } from "./load-balancer.mjs";
import * as blueprintRunner from "./render-blueprint.mjs";

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A database of its own on the suite's PostgreSQL, reached directly and through the pooler. */
async function createPostgresDatabase(env) {
  const direct = env.TEST_DATABASE_URL?.trim();
  const pooled = env.TEST_DATABASE_POOLED_URL?.trim();
  if (!direct || !pooled) return undefined;
  const name = `katagen_deploy_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: direct });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    kind: "postgres (Neon-shaped: pooled app URL through PgBouncer, direct URL for migrations)",
    secrets: { DATABASE_URL: withDatabase(pooled, name), DATABASE_URL_UNPOOLED: withDatabase(direct, name) },
    async drop() {
      const client = new pg.Client({ connectionString: direct });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Builds and starts the Blueprint: render.yaml's numInstances instances on ports of their own,
 * behind one public origin on `port` (Render's load balancer). `spaOrigins` are the SPA origins
 * entered for CLERK_AUTHORIZED_PARTIES and CORS_ORIGINS. Returns the running instances and what a
 * test needs to talk to them.
 */
export async function deployApi({ workDir, port, spaOrigins, env = process.env, log }) {
  const blueprint = blueprintRunner.readBlueprint();
  const instanceCount = blueprint.numInstances ?? 1;
  const ports = [];
  for (let i = 0; i < instanceCount; i += 1) ports.push(await freePort());
  const dir = path.join(workDir, "repo");
  mkdirSync(dir, { recursive: true });
  const copied = blueprintRunner.cleanCopy(dir);
  const built = await blueprintRunner.build(blueprint, { dir, offline: true, log });

  const issuer = await startClerkIssuer({ dir: workDir });
  // The API trusts the issuer's certificate (and the database's CA) as production trusts public CAs.
  const caFile = path.join(workDir, "trusted-cas.pem");
  const cas = [issuer.caPem];
  if (env.TEST_DATABASE_CA_FILE) cas.push(readFileSync(env.TEST_DATABASE_CA_FILE, "utf8"));
  writeFileSync(caFile, cas.join("\n"));

  const database = (await createPostgresDatabase(env)) ?? {
    kind: "sqlite",
    secrets: { DATABASE_URL: `sqlite:${path.join(workDir, "katagen.sqlite")}` },
    drop: async () => {},
  };
  const webhookSecret = `whsec_${randomBytes(24).toString("base64")}`;
  const publicUrl = `http://127.0.0.1:${port}`;
  const secrets = {
    PUBLIC_URL: publicUrl,
    ...database.secrets,
    CLERK_ISSUER: issuer.origin,
    CLERK_AUTHORIZED_PARTIES: spaOrigins.join(","),
    CORS_ORIGINS: spaOrigins.join(","),
    CLERK_WEBHOOK_SIGNING_SECRET: webhookSecret,
  };
  const extra = { NODE_EXTRA_CA_CERTS: caFile, CLERK_TELEMETRY_DISABLED: "1" };

  const preDeploy = await blueprintRunner.preDeploy(blueprint, { dir, secrets, extra, log });
  const instances = [];
  let balancer;
  try {
    // Render starts the instances of a deploy at the same time; so does this.
    instances.push(
      ...(await Promise.all(
        ports.map((instancePort) =>
          blueprintRunner.start(blueprint, { dir, port: instancePort, secrets, extra, log }),
        ),
      )),
    );
    balancer = await startLoadBalancer({ targets: instances.map((i) => i.origin), port });
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    await issuer.close();
    await database.drop();
    throw error;
  }

  return {
    /** The service's public origin: requests take turns over the instances. */
    origin: balancer.origin,
    balancer,
    blueprint,
    dir,
    copied,
    buildSeconds: built.seconds,
    preDeploy,
    database: database.kind,
    issuer,
    instances,
    webhookSecret,
    /** Starts the startCommand again in the same build with other settings (e.g. local sign-in). */
    startAgain: (port, overrides) =>
      blueprintRunner.start(blueprint, { dir, port, secrets, extra: { ...extra, ...overrides }, log }),
    async stop() {
      await balancer.close();
      const results = await Promise.all(instances.map((instance) => instance.stop()));
      await issuer.close();
      await database.drop();
      return results;
    },
  };
}
