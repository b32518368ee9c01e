/**
 * Local sign-in's signing key: one RS256 pair generated on first start and kept under DATA_DIR, so
 * tokens and cookies survive restarts. Mode 0600: it is a private key, even if only a dev one.
 */
import { createHash } from "node:crypto";
import { chmod, link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from "jose";

export const LOCAL_KEY_FILE = "local-auth-key.json";

export interface LocalKey {
  kid: string;
  privateKey: CryptoKey;
  /** The published set: what `/.well-known/jwks.json` serves and what the verifier trusts. */
  jwks: JSONWebKeySet;
  /** Secret for signing the session cookie, derived from the private key so there is nothing else to keep. */
  cookieSecret: string;
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

function isStoredKey(value: unknown): value is StoredKey {
  const v = value as Partial<StoredKey> | null;
  return (
    !!v &&
    typeof v.kid === "string" &&
    typeof v.privateJwk?.d === "string" &&
    typeof v.publicJwk?.n === "string"
  );
}

async function createStoredKey(): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", {
    modulusLength: 2048,
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = `local_${(await calculateJwkThumbprint(publicJwk)).slice(0, 16)}`;
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: "RS256" },
    publicJwk: { ...publicJwk, kid, alg: "RS256", use: "sig" },
  };
}

async function readStoredKey(path: string): Promise<StoredKey | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, "utf8"));
    if (isStoredKey(parsed)) return parsed;
    throw new Error(`${path} is not a local auth key; delete it to generate a new one`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

export async function loadOrCreateLocalKey(dataDir: string): Promise<LocalKey> {
  const path = join(dataDir, LOCAL_KEY_FILE);
  let stored = await readStoredKey(path);
  if (!stored) {
    await mkdir(dataDir, { recursive: true });
    // Write a temp file, then link() it into place: link fails if another process won the race,
    // and then everyone uses the winner's key; nobody ever reads a half-written file.
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(await createStoredKey(), null, 2), { mode: 0o600 });
    try {
      await link(tmp, path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    } finally {
      await unlink(tmp);
    }
    stored = (await readStoredKey(path))!;
  }
  await chmod(path, 0o600);
  const privateKey = (await importJWK(stored.privateJwk, "RS256")) as CryptoKey;
  const cookieSecret = createHash("sha256")
    .update(`katagen-local-session:${stored.privateJwk.d}`)
    .digest("base64url");
  return { kid: stored.kid, privateKey, jwks: { keys: [stored.publicJwk] }, cookieSecret };
}
