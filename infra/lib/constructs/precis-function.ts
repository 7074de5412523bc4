import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { TABLE } from '../../../shared/store/table-definition';

/** The repository root: entries, the lock file and tsconfig are resolved from here. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type FunctionName = 'segment' | 'attribute' | 'summarize' | 'mark-failed' | 'delete' | 'read' | 'batch';

/** `functions/<name>/handler.ts`, each exporting `handler`. */
export const entryFor = (name: FunctionName): string => path.join(REPO_ROOT, 'functions', name, 'handler.ts');

/** `read`: GetItem/BatchGetItem/Query (never Scan); `write`: Put/Update/Delete/BatchWrite/ConditionCheck; `readWrite`: both. */
export type TableAccess = 'read' | 'write' | 'readWrite';

const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem'];

export interface BindTableOptions {
  readonly table: ITableV2;
  readonly access: TableAccess;
}

/** Key prefixes (e.g. `incoming/`) per kind of object access; nothing is granted bucket-wide. */
export interface BindBucketOptions {
  readonly bucket: IBucket;
  /** s3:GetObject (also covers HeadObject) on `<prefix>*`. */
  readonly read?: readonly string[];
  /** s3:PutObject on `<prefix>*`. */
  readonly write?: readonly string[];
  /** s3:DeleteObject on `<prefix>*`. */
  readonly remove?: readonly string[];
  /**
   * The handler asks whether an object exists (HEAD, or GET of a key that may be gone). S3 answers
   * 404 for a missing key only to a caller that may list the bucket, and 403 to anyone else, which
   * the code cannot tell from a real denial. A GET or HEAD carries no `s3:prefix`, so this
   * s3:ListBucket cannot be narrowed to a prefix; it also lets the handler list (batch runs, and
   * removing an article's texts and artifacts).
   */
  readonly checksExistence?: boolean;
}

export interface PrecisFunctionProps {
  /** Which `functions/<name>/handler.ts` to bundle. */
  readonly name: FunctionName;
  readonly description: string;
  /**
   * MB. Sized from measurement, not guessed: Lambda CPU scales with memory, so the NLP stages
   * get more than the I/O-bound ones. The bench (`npm run bench`) refines these numbers.
   */
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logLevel: string;
  /** RETAIN keeps the log group when the stack goes away (prod). */
  readonly removalPolicy: RemovalPolicy;
  readonly logRetention?: RetentionDays;
  /** Where failed asynchronous invocations go (EventBridge / Scheduler targets). */
  readonly deadLetterQueue?: IQueue;
  readonly environment?: Record<string, string>;
}

/**
 * One Lambda of precis, with the project's defaults fixed in one place: local esbuild, ARM64,
 * Node.js 22, ESM with a `require` shim, the SDK v3 from the runtime, minified with source maps,
 * X-Ray, its own log group with retention, and a role with no managed policies. The `bind*`
 * helpers set the env var a handler reads and the narrowest grant in one call.
 */
export class PrecisFunction extends NodejsFunction {
  readonly precisName: FunctionName;

  constructor(scope: Construct, id: string, props: PrecisFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    // Own role instead of the default one, which carries the AWSLambdaBasicExecutionRole managed
    // policy (logs on every group of the account); this one may write to its own log group only.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `precis ${props.name} function`,
    });

    super(scope, id, {
      entry: entryFor(props.name),
      handler: 'handler',
      description: props.description,
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      deadLetterQueue: props.deadLetterQueue,
      // SDK v3 reuses connections by default; the env var is for v2.
      awsSdkConnectionReuse: false,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'precis',
        POWERTOOLS_METRICS_NAMESPACE: 'Precis',
        LOG_LEVEL: props.logLevel,
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        // ESM output still meets CommonJS dependencies that call require().
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        // The Node.js 22 runtime ships SDK v3.
        externalModules: ['@aws-sdk/*'],
        minify: true,
        // Error names travel to Step Functions as the error type (e.g. BadInputError).
        keepNames: true,
        sourceMap: true,
        sourcesContent: false,
      },
    });
    this.precisName = props.name;

    logGroup.grantWrite(role);
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is pinned on purpose: it is the runtime the handlers and their esbuild target are built and tested for; moving to a newer runtime is a deliberate upgrade, not a synth-time drift.',
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments/PutTelemetryRecords (active tracing) have no resource-level permissions; AWS requires "*".',
    });
  }

  /** TABLE_NAME, and the table actions of one access mode; reads include the GSIs by name, never Scan. */
  bindTable({ table, access }: BindTableOptions): this {
    this.addEnvironment('TABLE_NAME', table.tableName);
    const indexArns = Object.values(TABLE.indexes).map((index) => `${table.tableArn}/index/${index.name}`);
    if (access === 'read' || access === 'readWrite') {
      this.addToRolePolicy(new iam.PolicyStatement({ actions: TABLE_READ_ACTIONS, resources: [table.tableArn, ...indexArns] }));
    }
    if (access === 'write' || access === 'readWrite') {
      this.addToRolePolicy(new iam.PolicyStatement({ actions: TABLE_WRITE_ACTIONS, resources: [table.tableArn] }));
    }
    return this;
  }

  /** BUCKET_NAME, and object actions scoped to key prefixes. */
  bindBucket({ bucket, read = [], write = [], remove = [], checksExistence = false }: BindBucketOptions): this {
    this.addEnvironment('BUCKET_NAME', bucket.bucketName);
    const objects = (action: string, prefixes: readonly string[]) => {
      if (prefixes.length === 0) return;
      this.addToRolePolicy(new iam.PolicyStatement({ actions: [action], resources: prefixes.map((p) => bucket.arnForObjects(`${p}*`)) }));
      for (const prefix of prefixes) this.acknowledgeObjectPrefix(bucket, prefix);
    };
    objects('s3:GetObject', read);
    objects('s3:PutObject', write);
    objects('s3:DeleteObject', remove);
    if (checksExistence) this.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    return this;
  }

  /** EVENT_BUS_NAME and events:PutEvents on that bus only. */
  bindEventBus(bus: IEventBus): this {
    this.addEnvironment('EVENT_BUS_NAME', bus.eventBusName);
    bus.grantPutEventsTo(this);
    return this;
  }

  /** STATE_MACHINE_ARN and states:StartExecution on that state machine only. */
  bindStateMachine(stateMachine: IStateMachine): this {
    this.addEnvironment('STATE_MACHINE_ARN', stateMachine.stateMachineArn);
    stateMachine.grantStartExecution(this);
    return this;
  }

  /** An object ARN can only be narrowed to a key prefix; acknowledge exactly that finding, on this role only. */
  private acknowledgeObjectPrefix(bucket: IBucket, prefix: string): void {
    const cfnBucket = bucket.node.defaultChild as CfnBucket | undefined;
    if (!cfnBucket || !this.role) return;
    const logicalId = Stack.of(cfnBucket).resolve(cfnBucket.logicalId) as string;
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
      reason: `Object ARNs cannot be narrower than a key prefix: access is limited to ${prefix}* of the precis bucket.`,
    });
  }
}

/** Default sizes per function, in one table so the bench can revise them together. */
export const FUNCTION_SIZING: Record<FunctionName, { readonly memorySize: number; readonly timeout: Duration }> = {
  // NLP stages are CPU-bound (decode, segment, attribute, summarize run in-process).
  segment: { memorySize: 512, timeout: Duration.seconds(30) },
  attribute: { memorySize: 512, timeout: Duration.seconds(30) },
  summarize: { memorySize: 512, timeout: Duration.seconds(30) },
  // I/O-bound: a few DynamoDB / S3 calls each.
  'mark-failed': { memorySize: 256, timeout: Duration.seconds(10) },
  delete: { memorySize: 256, timeout: Duration.seconds(30) },
  read: { memorySize: 256, timeout: Duration.seconds(10) },
  // Lists uploads and starts executions; 512 until the bench says otherwise.
  batch: { memorySize: 512, timeout: Duration.minutes(5) },
};
