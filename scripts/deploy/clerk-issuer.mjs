// A stand-in for a Clerk instance's Frontend API, for the deploy test: an HTTPS origin on loopback
// with a self-signed certificate (trusted by the API through NODE_EXTRA_CA_CERTS, as a public CA
// is in production), serving the instance's JWKS and minting tokens shaped like Clerk's `backend`
// JWT template (docs/clerk-auth.md §2).
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer } from "node:https";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { generate } from "selfsigned";

export async function startClerkIssuer({ dir, audience = "backend" }) {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 7, ip: "127.0.0.1" },
          { type: 2, value: "localhost" },
        ],
      },
    ],
  });
  const caFile = path.join(dir, "clerk-issuer-ca.pem");
  writeFileSync(caFile, pems.cert);

  const kid = `ins_${randomUUID().replaceAll("-", "").slice(0, 24)}`;
  const { privateKey, publicKey } = await generateKeyPair("RS256", { modulusLength: 2048 });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  let jwksRequests = 0;

  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    if (req.method === "GET" && req.url === "/.well-known/jwks.json") {
      jwksRequests += 1;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${server.address().port}`;

  return {
    origin,
    caFile,
    caPem: pems.cert,
    get jwksRequests() {
      return jwksRequests;
    },
    /** A session token as Clerk's `backend` template issues it for a page on `azp`. */
    async mintToken({ sub, azp, ttlSeconds = 60 }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ azp })
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
        .setIssuer(origin)
        .setSubject(sub)
        .setAudience(audience)
        .setIssuedAt(now)
        .setNotBefore(now - 5)
        .setExpirationTime(now + ttlSeconds)
        .setJti(randomUUID().replaceAll("-", "").slice(0, 20))
        .sign(privateKey);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
