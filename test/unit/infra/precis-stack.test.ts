import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSIENT_DEPENDENCY_ERRORS, TRANSIENT_LAMBDA_ERRORS } from '../../../shared/pipeline/transient-errors';
import type { PrecisFunction } from '../../../infra/lib/constructs/precis-function';
import { BUCKET, TABLE } from '../../../shared/store/table-definition';
import { flatten, grantsOfRole, logicalId, type StatementGrant, stateMachineDefinition, type Synthesized, synthPrecis } from './synth-precis';

let s: Synthesized;

beforeAll(() => {
  // One synth for the whole file, with esbuild bundling every handler.
  s = synthPrecis();
}, 180_000);

/** A role's grants as `action resource` lines, with logical ids turned into names a reader knows. */
function grantsOf(fn: PrecisFunction): string[] {
  const { stack } = s;
  const names = new Map<string, string>([
    [`<${logicalId(stack.storage.bucket)}.Arn>`, 'BUCKET'],
    [`<${logicalId(stack.storage.table)}.Arn>`, 'TABLE'],
    [`<${logicalId(stack.events.bus)}.Arn>`, 'BUS'],
    [`<${logicalId(stack.events.deadLetterQueue)}.Arn>`, 'DLQ'],
    [`<${logicalId(stack.pipeline.stateMachine)}>`, 'STATE_MACHINE'],
    [`<${logicalId(fn.logGroup)}.Arn>`, 'OWN_LOG_GROUP'],
  ]);
  const rename = (resource: string) => {
    let out = resource;
    for (const [from, to] of names) out = out.split(from).join(to);
    return out;
  };
  return grantsOfRole(s.template, logicalId(fn.role!)).map((g: StatementGrant) => `${g.action} ${rename(g.resource)}`).sort();
}

const BASELINE = ['logs:CreateLogStream OWN_LOG_GROUP', 'logs:PutLogEvents OWN_LOG_GROUP', 'xray:PutTelemetryRecords *', 'xray:PutTraceSegments *'];
// Reads reach the table and each index of the shared definition by name (never `index/*`).
const INDEX_NAMES = Object.values(TABLE.indexes).map((index) => index.name);
const TABLE_READ = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'].flatMap((a) => [`${a} TABLE`, ...INDEX_NAMES.map((i) => `${a} TABLE/index/${i}`)]);
const TABLE_WRITE = ['dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'].map((a) => `${a} TABLE`);
const expectGrants = (fn: PrecisFunction, extra: string[]) => expect(grantsOf(fn)).toEqual([...BASELINE, ...extra].sort());

describe('resources', () => {
  it('has seven functions, one Express state machine, one table, the data and log buckets, one HTTP API', () => {
    const t = s.template;
    t.resourceCountIs('AWS::Lambda::Function', 7);
    t.resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    t.hasResourceProperties('AWS::StepFunctions::StateMachine', { StateMachineType: 'EXPRESS' });
    t.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    t.resourceCountIs('AWS::S3::Bucket', 2);
    t.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    t.resourceCountIs('AWS::Scheduler::Schedule', 1);
    t.resourceCountIs('AWS::Events::EventBus', 1);
    t.hasResourceProperties('AWS::Events::EventBus', { Name: 'precis' });
  });

  it('deploys no custom resource and no managed policy', () => {
    expect(Object.keys(s.template.findResources('AWS::CloudFormation::CustomResource'))).toEqual([]);
    expect(Object.keys(s.template.findResources('Custom::S3BucketNotifications'))).toEqual([]);
    for (const role of Object.values(s.template.findResources('AWS::IAM::Role'))) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('functions', () => {
  it('all run Node.js 22 on ARM64 with X-Ray, their own log group and the Powertools settings', () => {
    for (const fn of s.stack.functions.all()) {
      s.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: Match.absent(),
        Description: Match.anyValue(),
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: logicalId(fn.logGroup) } },
        Environment: {
          Variables: Match.objectLike({
            NODE_OPTIONS: '--enable-source-maps',
            POWERTOOLS_SERVICE_NAME: 'precis',
            POWERTOOLS_METRICS_NAMESPACE: 'Precis',
            LOG_LEVEL: 'INFO',
          }),
        },
      });
    }
    for (const group of Object.values(s.template.findResources('AWS::Logs::LogGroup'))) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('sizes the NLP stages at 512 MB and the I/O-bound functions at 256 MB', () => {
    const memoryOf = (fn: PrecisFunction) => s.template.toJSON().Resources[logicalId(fn)].Properties.MemorySize as number;
    const f = s.stack.functions;
    expect([f.segment, f.attribute, f.summarize, f.batch].map(memoryOf)).toEqual([512, 512, 512, 512]);
    expect([f.read, f.delete, f.markFailed].map(memoryOf)).toEqual([256, 256, 256]);
  });

  it('bundles each handler as minified ESM with the require shim and a source map', () => {
    const resources = s.template.toJSON().Resources as Record<string, { Properties: { Code: { S3Key: string } } }>;
    for (const fn of s.stack.functions.all()) {
      const hash = resources[logicalId(fn)]!.Properties.Code.S3Key.replace(/\.zip$/, '');
      const bundle = path.join(s.outdir, `asset.${hash}`, 'index.mjs');
      expect(existsSync(bundle), `${fn.node.id}: ${bundle}`).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{\s*handler\b/);
      // The SDK stays external (required from the runtime's copy, see shared/aws/require-sdk.ts), none of its code is bundled.
      expect(code).toMatch(/\("@aws-sdk\/client-[a-z]+"\)/);
      expect(code).not.toMatch(/\bfrom\s*"@aws-sdk\//);
      expect(code).not.toContain('x-amz-user-agent');
      expect(existsSync(`${bundle}.map`)).toBe(true);
    }
  });

  it('passes each function the names its handler reads (compose() wants table and bucket in every stage)', () => {
    const env = (fn: PrecisFunction) => Object.keys(s.template.toJSON().Resources[logicalId(fn)].Properties.Environment.Variables as object).sort();
    const base = ['LOG_LEVEL', 'NODE_OPTIONS', 'POWERTOOLS_METRICS_NAMESPACE', 'POWERTOOLS_SERVICE_NAME'];
    const f = s.stack.functions;
    expect(env(f.segment)).toEqual([...base, 'BUCKET_NAME', 'EVENT_BUS_NAME', 'TABLE_NAME'].sort());
    expect(env(f.attribute)).toEqual([...base, 'BUCKET_NAME', 'TABLE_NAME'].sort());
    expect(env(f.summarize)).toEqual([...base, 'BUCKET_NAME', 'EVENT_BUS_NAME', 'TABLE_NAME'].sort());
    expect(env(f.markFailed)).toEqual([...base, 'BUCKET_NAME', 'EVENT_BUS_NAME', 'TABLE_NAME'].sort());
    expect(env(f.delete)).toEqual([...base, 'BUCKET_NAME', 'TABLE_NAME'].sort());
    expect(env(f.read)).toEqual([...base, 'BUCKET_NAME', 'TABLE_NAME'].sort());
    expect(env(f.batch)).toEqual([...base, 'BUCKET_NAME', 'STATE_MACHINE_ARN', 'TABLE_NAME'].sort());
  });
});

describe('least privilege', () => {
  /** S3 answers a HEAD or GET of a missing key with 404 only to a caller that may list the bucket (403 otherwise), and such a request carries no s3:prefix. */
  const expectUnconditionalList = (fn: PrecisFunction) => {
    const list = grantsOfRole(s.template, logicalId(fn.role!)).filter((g) => g.action === 's3:ListBucket');
    expect(list).toHaveLength(1);
    expect(list[0]?.condition).toBeUndefined();
  };

  it('segment: reads incoming/ (and may list, to see a deleted upload), writes and removes under artifacts/ and articles/, reads and writes the table, puts events', () => {
    expectGrants(s.stack.functions.segment, [
      `s3:GetObject BUCKET/${BUCKET.incomingPrefix}*`,
      `s3:PutObject BUCKET/${BUCKET.artifactsPrefix}*`,
      `s3:PutObject BUCKET/${BUCKET.articlesPrefix}*`,
      `s3:DeleteObject BUCKET/${BUCKET.artifactsPrefix}*`,
      `s3:DeleteObject BUCKET/${BUCKET.articlesPrefix}*`,
      's3:ListBucket BUCKET',
      ...TABLE_READ,
      ...TABLE_WRITE,
      'events:PutEvents BUS',
    ]);
    expectUnconditionalList(s.stack.functions.segment);
  });

  it('attribute: artifacts/ only, no table', () => {
    expectGrants(s.stack.functions.attribute, ['s3:GetObject BUCKET/artifacts/*', 's3:PutObject BUCKET/artifacts/*']);
  });

  it('summarize: reads artifacts/, reads and writes the table, puts events', () => {
    expectGrants(s.stack.functions.summarize, ['s3:GetObject BUCKET/artifacts/*', ...TABLE_READ, ...TABLE_WRITE, 'events:PutEvents BUS']);
  });

  it('mark-failed: the table and the bus, no bucket', () => {
    expectGrants(s.stack.functions.markFailed, [...TABLE_READ, ...TABLE_WRITE, 'events:PutEvents BUS']);
  });

  it('delete: the table, HEAD of incoming/, and list + delete under artifacts/ and articles/ only', () => {
    expectGrants(s.stack.functions.delete, [...TABLE_READ, ...TABLE_WRITE, 's3:GetObject BUCKET/incoming/*', 's3:DeleteObject BUCKET/artifacts/*', 's3:DeleteObject BUCKET/articles/*', 's3:ListBucket BUCKET', 'sqs:SendMessage DLQ']);
    expectUnconditionalList(s.stack.functions.delete);
  });

  it('read: Query/GetItem/BatchGetItem on the table and its indexes, the article texts, nothing else (no Scan)', () => {
    expectGrants(s.stack.functions.read, [...TABLE_READ, 's3:GetObject BUCKET/articles/*', 's3:ListBucket BUCKET']);
    expect(grantsOf(s.stack.functions.read).some((g) => g.startsWith('dynamodb:Scan'))).toBe(false);
  });

  it('batch: the table, lists and reads incoming/, finishes lost deletes under artifacts/ and articles/, starts executions of the pipeline only', () => {
    expectGrants(s.stack.functions.batch, [
      ...TABLE_READ,
      ...TABLE_WRITE,
      's3:GetObject BUCKET/incoming/*',
      's3:DeleteObject BUCKET/artifacts/*',
      's3:DeleteObject BUCKET/articles/*',
      's3:ListBucket BUCKET',
      'states:StartExecution STATE_MACHINE',
      'sqs:SendMessage DLQ',
    ]);
    expectUnconditionalList(s.stack.functions.batch);
  });

  it('grants "*" resources only for actions AWS offers no resource-level permission for', () => {
    const allowedStar = /^(xray:|logs:(CreateLogDelivery|DeleteLogDelivery|DescribeLogGroups|DescribeResourcePolicies|GetLogDelivery|ListLogDeliveries|PutResourcePolicy|UpdateLogDelivery)$)/;
    for (const policy of Object.values(s.template.findResources('AWS::IAM::Policy'))) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>) {
        const resources = ([] as unknown[]).concat(statement.Resource);
        if (!resources.includes('*')) continue;
        for (const action of ([] as string[]).concat(statement.Action)) expect(action).toMatch(allowedStar);
      }
    }
  });

  it('lets the state machine invoke exactly the four pipeline functions', () => {
    const invoked = grantsOfRole(s.template, logicalId(s.stack.pipeline.stateMachine.role))
      .filter((g) => g.action === 'lambda:InvokeFunction')
      .map((g) => g.resource.replace(/:\*$/, ''));
    const f = s.stack.functions;
    expect([...new Set(invoked)].sort()).toEqual([f.segment, f.attribute, f.summarize, f.markFailed].map((fn) => `<${logicalId(fn)}.Arn>`).sort());
  });
});

describe('state machine', () => {
  it('runs segment → attribute → summarize and ends in Succeed', () => {
    const { StartAt, States } = stateMachineDefinition(s.template);
    expect(StartAt).toBe('Segment');
    expect(States.Segment!.Next).toBe('Attribute');
    expect(States.Attribute!.Next).toBe('Summarize');
    expect(States[States.Summarize!.Next as string]!.Type).toBe('Succeed');
  });

  it('retries every task on Lambda throttling/service errors and States.Timeout, with backoff and full jitter', () => {
    const { States } = stateMachineDefinition(s.template);
    const tasks = Object.entries(States).filter(([, state]) => state.Type === 'Task');
    expect(tasks.map(([name]) => name).sort()).toEqual(['Attribute', 'MarkFailed', 'Segment', 'Summarize']);
    for (const [name, task] of tasks) {
      const retries = task.Retry as Array<{ ErrorEquals: string[]; BackoffRate: number; JitterStrategy: string; MaxAttempts: number }>;
      const errors = retries.flatMap((r) => r.ErrorEquals);
      for (const e of [...TRANSIENT_LAMBDA_ERRORS, ...TRANSIENT_DEPENDENCY_ERRORS, 'ThrottlingException', 'Lambda.TooManyRequestsException', 'Lambda.ServiceException', 'Lambda.SdkClientException', 'States.Timeout']) {
        expect(errors, `${name} retries ${e}`).toContain(e);
      }
      expect(errors, `${name} must not retry its own errors`).not.toContain('States.ALL');
      for (const retry of retries) {
        expect(retry.BackoffRate).toBeGreaterThan(1);
        expect(retry.JitterStrategy).toBe('FULL');
        expect(retry.MaxAttempts).toBeGreaterThan(0);
      }
      expect(task.TimeoutSeconds).toBeGreaterThan(0);
      // payloadResponseOnly: the Lambda ARN directly, so only the handler's answer travels on.
      expect(String(task.Resource)).toMatch(/^<Functions\w+\.Arn>$/);
    }
  });

  it('hands each stage the previous one’s whole answer (its artifact inline or by key), as the local runner does', () => {
    const { States } = stateMachineDefinition(s.template);
    for (const name of ['Segment', 'Attribute', 'Summarize']) {
      for (const field of ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath']) expect(States[name], `${name}.${field}`).not.toHaveProperty(field);
    }
  });

  it('catches every task into $.error: stages → mark-failed → Fail for a fault, Succeed for a refused upload or a superseded run', () => {
    const { States } = stateMachineDefinition(s.template);
    for (const name of ['Segment', 'Attribute', 'Summarize', 'MarkFailed']) {
      const catches = States[name]!.Catch as Array<{ ErrorEquals: string[]; ResultPath: string; Next: string }>;
      expect(catches, name).toHaveLength(1);
      expect(catches[0]).toMatchObject({ ErrorEquals: ['States.ALL'], ResultPath: '$.error' });
      expect(catches[0]!.Next).toBe(name === 'MarkFailed' ? 'Failed' : 'MarkFailed');
    }
    const choice = States[States.MarkFailed!.Next as string] as { Type: string; Choices: Array<Record<string, unknown> & { Next: string }>; Default: string };
    expect(choice.Type).toBe('Choice');
    expect(choice.Default).toBe('Failed');
    expect(choice.Choices.map((c) => c.Next)).toEqual(['Superseded', 'Refused']);
    expect(choice.Choices[0]).toMatchObject({ Variable: '$.status', StringEquals: 'SUPERSEDED' });
    expect(choice.Choices[1]).toMatchObject({ And: [{ Variable: '$.retryable', IsPresent: true }, { Variable: '$.retryable', BooleanEquals: false }] });
    expect([States.Superseded!.Type, States.Refused!.Type, States.Failed!.Type]).toEqual(['Succeed', 'Succeed', 'Fail']);
  });

  it('logs to its log group without execution data, and traces', () => {
    s.template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'EXPRESS',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: Match.anyValue() } }] },
    });
  });
});

describe('triggers', () => {
  const keyPattern = BUCKET.extensions.map((ext) => ({ wildcard: `${BUCKET.incomingPrefix}*${ext}` }));

  it('starts the pipeline for Object Created under incoming/ with a supported extension, with a DLQ and retries', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [{ Ref: logicalId(s.stack.storage.bucket) }] }, object: { key: keyPattern } },
      },
      Targets: [
        {
          Arn: { Ref: logicalId(s.stack.pipeline.stateMachine) },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(s.stack.events.deadLetterQueue), 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: Match.anyValue(), MaximumEventAgeInSeconds: Match.anyValue() },
          RoleArn: Match.anyValue(),
        },
      ],
    });
  });

  it('sends a user deletion (not a lifecycle expiry) to the delete function, with a DLQ', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { 'detail-type': ['Object Deleted'], detail: { object: { key: keyPattern }, reason: ['DeleteObject'] } },
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [logicalId(s.stack.functions.delete), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(s.stack.events.deadLetterQueue), 'Arn'] } },
          RetryPolicy: Match.anyValue(),
        },
      ],
    });
  });

  it('keeps the dead-letter queue encrypted and TLS-only', () => {
    s.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    s.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('runs the batch function hourly through EventBridge Scheduler', () => {
    s.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 hour)',
      Target: { Arn: { 'Fn::GetAtt': [logicalId(s.stack.functions.batch), 'Arn'] }, DeadLetterConfig: Match.anyValue(), RetryPolicy: Match.anyValue() },
    });
  });
});

describe('bucket', () => {
  const bucket = () => s.template.toJSON().Resources[logicalId(s.stack.storage.bucket)].Properties;

  it('blocks public access, encrypts, versions and logs access', () => {
    expect(bucket().PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket().BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(bucket().VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket().LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalId(s.stack.storage.accessLogsBucket) });
  });

  it('sends its events to EventBridge', () => {
    expect(bucket().NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
  });

  it('expires artifacts/ after the days in the definition, and old noncurrent versions', () => {
    const rules = bucket().LifecycleConfiguration.Rules as Array<Record<string, unknown>>;
    expect(rules).toContainEqual(expect.objectContaining({ Prefix: BUCKET.artifactsPrefix, ExpirationInDays: BUCKET.artifactsExpireDays, Status: 'Enabled' }));
    expect(rules.some((r) => typeof (r.NoncurrentVersionExpiration as { NoncurrentDays?: number } | undefined)?.NoncurrentDays === 'number')).toBe(true);
  });

  it('refuses requests without TLS, on both buckets', () => {
    const policies = Object.values(s.template.findResources('AWS::S3::BucketPolicy'));
    const denied = policies.filter((p) =>
      (p.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>).some(
        (st) => st.Effect === 'Deny' && JSON.stringify(st.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
      ),
    );
    expect(denied.map((p) => flatten(p.Properties.Bucket)).sort()).toEqual(
      [`<${logicalId(s.stack.storage.bucket)}>`, `<${logicalId(s.stack.storage.accessLogsBucket)}>`].sort(),
    );
  });
});

describe('table', () => {
  it('takes its keys, indexes and TTL from the shared definition', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: Object.values(TABLE.indexes).map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: index.projection === 'ALL' ? { ProjectionType: 'ALL' } : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection] },
      })),
      TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('copies into the listing and work indexes only what a listing or a batch run reads (never the summary), within DynamoDB\'s limits', () => {
    const included = [TABLE.indexes.listing, TABLE.indexes.byStatus].map((index) => index.projection);
    for (const projection of included) {
      expect(projection).not.toBe('ALL');
      expect(projection).not.toContain('summary');
      // At most 20 projected attributes per index, 100 across a table's indexes.
      expect(projection.length).toBeLessThanOrEqual(20);
    }
    expect(included.flat().length).toBeLessThanOrEqual(100);
  });

  it('is disposable outside prod', () => {
    const table = s.template.toJSON().Resources[logicalId(s.stack.storage.table)];
    expect(table.DeletionPolicy).toBe('Delete');
    expect(JSON.stringify(table.Properties.Replicas)).not.toContain('"DeletionProtectionEnabled":true');
  });
});

describe('read API', () => {
  it('routes GET / and GET /{proxy+} to the read function, each with IAM authorization', () => {
    const routes = Object.values(s.template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(['GET /', 'GET /{proxy+}']);
    for (const route of routes) expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
    s.template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [logicalId(s.stack.functions.read), 'Arn'] },
    });
  });

  it('throttles the default stage and writes JSON access logs', () => {
    const [stage] = Object.values(s.template.findResources('AWS::ApiGatewayV2::Stage'));
    expect(stage!.Properties.StageName).toBe('$default');
    expect(stage!.Properties.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 });
    const format = JSON.parse(stage!.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format.requestId).toBe('$context.requestId');
    expect(format.status).toBe('$context.status');
    expect(stage!.Properties.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [logicalId(s.stack.api.accessLogs), 'Arn'] });
  });
});

describe('observability', () => {
  it('alarms on the DLQ, failed executions and every function’s errors, into an encrypted topic', () => {
    const alarms = Object.values(s.template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(2 + 7);
    const topic = logicalId(s.stack.alarms.topic);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
      expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    }
    const metrics = alarms.map((a) => `${a.Properties.Namespace}/${a.Properties.MetricName}`).sort();
    expect(metrics).toEqual(['AWS/SQS/ApproximateNumberOfMessagesVisible', 'AWS/States/ExecutionsFailed', ...Array(7).fill('AWS/Lambda/Errors')].sort());
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    s.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });
});

describe('cdk-nag', () => {
  it('finds no unacknowledged AwsSolutions violation', () => {
    const report = new AwsSolutionsChecks().validateScope(s.app);
    const found = report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(found).toEqual([]);
    expect(report.success).toBe(true);
    // The rule pack walks the whole synthesized tree: tens of seconds on a loaded machine.
  }, 120_000);

  it('leaves no error annotation on the stack', () => {
    expect(Annotations.fromStack(s.stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('acknowledges each rule with a reason', () => {
    const acknowledgments = s.app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules'))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgments) {
      expect(id).toMatch(/AwsSolutions-(IAM5\[Resource::.+\]|L1)$/);
      expect(reason.length, id).toBeGreaterThan(40);
    }
    // The wildcard acknowledgments name exact findings, never a whole rule.
    expect(acknowledgments.some(([id]) => /AwsSolutions-IAM5$/.test(id))).toBe(false);
  });
});
