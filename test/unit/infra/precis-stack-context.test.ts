import { App, Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../infra/lib/config';
import { logicalId, type Synthesized, synthPrecis } from './synth-precis';

// Context switches; esbuild is skipped here (the default synth test bundles every handler).

describe('context auth=jwt', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthPrecis({ auth: 'jwt', jwtIssuer: 'https://issuer.example.com/', jwtAudience: 'precis-api, precis-viewer' }, { bundle: false });
  }, 120_000);

  it('puts a JWT authorizer on every route instead of IAM', () => {
    s.template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: 'https://issuer.example.com/', Audience: ['precis-api', 'precis-viewer'] },
    });
    const authorizer = Object.keys(s.template.findResources('AWS::ApiGatewayV2::Authorizer'))[0]!;
    const routes = Object.values(s.template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes).toHaveLength(2);
    for (const route of routes) expect(route.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizer } });
  });

  it('still passes cdk-nag', () => {
    expect(new AwsSolutionsChecks().validateScope(s.app).violations.map((v) => v.ruleName)).toEqual([]);
  });
});

describe('context stage=prod, batchSchedule', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthPrecis({ stage: 'prod', batchSchedule: 'cron(0 3 * * ? *)', logLevel: 'warn' }, { bundle: false });
  }, 120_000);

  it('protects and retains the table and the buckets', () => {
    const resources = s.template.toJSON().Resources as Record<string, { DeletionPolicy?: string; Properties: Record<string, unknown> }>;
    const table = resources[logicalId(s.stack.storage.table)]!;
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.Replicas).toEqual([expect.objectContaining({ DeletionProtectionEnabled: true })]);
    expect(resources[logicalId(s.stack.storage.bucket)]!.DeletionPolicy).toBe('Retain');
  });

  it('uses the configured schedule and log level', () => {
    s.template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 3 * * ? *)' });
    s.template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ LOG_LEVEL: 'WARN' }) } });
  });

  it('names the stack after the stage', () => {
    expect(s.stack.stackName).toBe('Precis-prod');
  });
});

describe('readConfig', () => {
  const config = (context: Record<string, unknown>) => readConfig(new App({ context }).node);

  it('defaults to dev, IAM auth and an hourly batch', () => {
    expect(config({})).toEqual({ stage: 'dev', auth: { kind: 'iam' }, batchSchedule: 'rate(1 hour)', logLevel: 'INFO' });
  });

  it('refuses auth=jwt without an https issuer and an audience', () => {
    expect(() => config({ auth: 'jwt' })).toThrow(/jwtIssuer/);
    expect(() => config({ auth: 'jwt', jwtIssuer: 'http://insecure.example.com', jwtAudience: 'a' })).toThrow(/https/);
    expect(() => config({ auth: 'jwt', jwtIssuer: 'https://issuer.example.com' })).toThrow(/jwtAudience/);
  });

  it('refuses an unknown auth mode and a malformed schedule', () => {
    expect(() => config({ auth: 'none' })).toThrow(/iam or jwt/);
    expect(() => config({ batchSchedule: 'every hour' })).toThrow(/batchSchedule/);
  });
});

describe('the cdk-nag check itself', () => {
  it('does report a bucket without access logs or TLS enforcement (so a clean report means something)', () => {
    const app = new App();
    new Bucket(new Stack(app, 'Careless'), 'Open');
    const rules = new AwsSolutionsChecks().validateScope(app).violations.map((v) => v.ruleName);
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  });
});
