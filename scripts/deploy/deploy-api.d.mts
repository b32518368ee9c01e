// Types for deploy-api.mjs, so the TypeScript deploy specs can import it.

export interface BlueprintInstance {
  origin: string;
  pid: number;
  readySeconds: number;
  logs(): string;
  rssBytes(): number | undefined;
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ClerkIssuer {
  origin: string;
  caFile: string;
  readonly jwksRequests: number;
  mintToken(options: { sub: string; azp: string; ttlSeconds?: number }): Promise<string>;
}

export interface DeployedApi {
  /** The service's public origin (a round-robin balancer over the instances, as Render's). */
  origin: string;
  balancer: { origin: string; counts(): number[]; close(): Promise<void> };
  blueprint: {
    name: string;
    numInstances?: number;
    healthCheckPath: string;
    buildCommand: string;
    preDeployCommand?: string;
    startCommand: string;
    env: Record<string, string>;
    secrets: string[];
  };
  dir: string;
  copied: number;
  buildSeconds: number;
  preDeploy: { ran: boolean; output?: string };
  database: string;
  issuer: ClerkIssuer;
  instances: BlueprintInstance[];
  webhookSecret: string;
  startAgain(port: number, overrides: Record<string, string>): Promise<BlueprintInstance>;
  stop(): Promise<unknown>;
}

export function deployApi(options: {
  workDir: string;
  /** The public port; the instances get ports of their own. */
  port: number;
  spaOrigins: string[];
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}): Promise<DeployedApi>;
