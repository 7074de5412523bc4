import type { Node } from 'constructs';

/** How the read API authenticates callers. */
export type ApiAuth = { readonly kind: 'iam' } | { readonly kind: 'jwt'; readonly issuer: string; readonly audience: readonly string[] };

/** Everything the stack takes from CDK context (`-c key=value` or cdk.json), parsed once. */
export interface PrecisConfig {
  /** `prod` turns on deletion protection and RETAIN; anything else is disposable. */
  readonly stage: string;
  readonly auth: ApiAuth;
  /** An EventBridge Scheduler expression: `rate(…)`, `cron(…)` or `at(…)`. */
  readonly batchSchedule: string;
  readonly logLevel: string;
}

export const DEFAULT_BATCH_SCHEDULE = 'rate(1 hour)';

const text = (node: Node, key: string): string | undefined => {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  return String(value).trim();
};

export function readConfig(node: Node): PrecisConfig {
  const stage = text(node, 'stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,20}$/.test(stage)) throw new Error(`context stage=${stage}: use lowercase letters, digits and dashes`);

  const batchSchedule = text(node, 'batchSchedule') ?? DEFAULT_BATCH_SCHEDULE;
  if (!/^(rate|cron|at)\(.+\)$/.test(batchSchedule)) throw new Error(`context batchSchedule=${batchSchedule}: expected rate(…), cron(…) or at(…)`);

  const logLevel = (text(node, 'logLevel') ?? 'INFO').toUpperCase();

  const authKind = text(node, 'auth') ?? 'iam';
  let auth: ApiAuth;
  if (authKind === 'iam') {
    auth = { kind: 'iam' };
  } else if (authKind === 'jwt') {
    const issuer = text(node, 'jwtIssuer');
    const audience = (text(node, 'jwtAudience') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    if (!issuer?.startsWith('https://') || audience.length === 0) {
      throw new Error('context auth=jwt needs jwtIssuer (an https:// URL) and jwtAudience (comma-separated)');
    }
    auth = { kind: 'jwt', issuer, audience };
  } else {
    throw new Error(`context auth=${authKind}: expected iam or jwt`);
  }
  return { stage, auth, batchSchedule, logLevel };
}
