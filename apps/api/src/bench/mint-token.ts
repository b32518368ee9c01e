// Prints a local sign-in token for the bench user (profiling by hand: see bench.ts).
import { loadConfig } from "../config";
import { loadOrCreateLocalKey } from "../modules/auth/local-keys";
import { localUserId, mintLocalToken } from "../modules/auth/local-sign-in";

const config = loadConfig(process.env);
const key = await loadOrCreateLocalKey(config.dataDir);
const sub = localUserId("bench@katagen.local");
process.stdout.write(
  await mintLocalToken(key, config.auth, {
    sub,
    azp: config.auth.issuer,
    nowS: Math.floor(Date.now() / 1000),
  }),
);
