import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { readConfig } from '../../../infra/lib/config';
import { REPO_ROOT } from '../../../infra/lib/constructs/precis-function';
import { PrecisStack } from '../../../infra/lib/precis-stack';

/** The feature flags `cdk synth` uses, so the tests see the same template. */
const cdkJsonContext = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

export interface Synthesized {
  readonly app: App;
  readonly stack: PrecisStack;
  readonly template: Template;
  readonly outdir: string;
}

/**
 * One synth of the stack with the given context. `bundle: false` skips esbuild (the stack
 * still checks that every entry file exists) for tests about everything but the code.
 */
export function synthPrecis(context: Record<string, unknown> = {}, { bundle = true } = {}): Synthesized {
  const outdir = mkdtempSync(path.join(tmpdir(), 'precis-cdk-'));
  const app = new App({
    outdir,
    context: { ...cdkJsonContext, ...context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const config = readConfig(app.node);
  const stack = new PrecisStack(app, `Precis-${config.stage}`, { config, env: { account: '123456789012', region: 'eu-west-1' } });
  const template = Template.fromStack(stack);
  return { app, stack, template, outdir };
}

/** The logical id of a construct's CloudFormation resource. */
export const logicalId = (construct: IConstruct): string =>
  Stack.of(construct).resolve((construct.node.defaultChild as CfnElement).logicalId) as string;

/** CloudFormation intrinsics to one readable string, as cdk-nag does: `<Bucket.Arn>/incoming/*`. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('Fn::Join' in v) {
      const [delimiter, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(flatten).join(delimiter);
    }
    if ('Fn::GetAtt' in v) {
      const [id, attribute] = v['Fn::GetAtt'] as [string, string];
      return `<${id}.${attribute}>`;
    }
    if ('Ref' in v) return `<${String(v.Ref)}>`;
  }
  return JSON.stringify(value);
}

export interface StatementGrant {
  readonly action: string;
  readonly resource: string;
  readonly condition?: unknown;
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every (action, resource) an IAM role is allowed by the inline policies attached to it. */
export function grantsOfRole(template: Template, roleLogicalId: string): StatementGrant[] {
  const policies = template.findResources('AWS::IAM::Policy');
  const grants: StatementGrant[] = [];
  for (const policy of Object.values(policies)) {
    const roles = asArray(policy.Properties.Roles as unknown[]).map(flatten);
    if (!roles.includes(`<${roleLogicalId}>`)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>) {
      if (statement.Effect !== 'Allow') continue;
      for (const action of asArray(statement.Action as string | string[])) {
        for (const resource of asArray(statement.Resource as unknown)) {
          grants.push({ action, resource: flatten(resource), ...(statement.Condition ? { condition: statement.Condition } : {}) });
        }
      }
    }
  }
  return grants;
}

/** The state machine's definition with the function ARNs replaced by `<Logical.Arn>`. */
export function stateMachineDefinition(template: Template): { StartAt: string; States: Record<string, Record<string, unknown>> } {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
  return JSON.parse(flatten(machine!.Properties.DefinitionString)) as { StartAt: string; States: Record<string, Record<string, unknown>> };
}
