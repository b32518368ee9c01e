import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../db/create-db";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
  }
}

/** Exposes the Kysely instance as `app.db`; destroys it on close only if the app created it. */
async function dbPlugin(app: FastifyInstance, options: { db: Db; owned: boolean }) {
  app.decorate("db", options.db);
  if (options.owned) app.addHook("onClose", async () => options.db.destroy());
}

export default fp(dbPlugin, { name: "db", fastify: "5.x" });
