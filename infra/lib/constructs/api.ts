import type { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ApiAuth } from '../config';

export interface ReadApiProps {
  readonly handler: IFunction;
  readonly auth: ApiAuth;
  readonly removalPolicy: RemovalPolicy;
  /** Steady-state requests per second for the whole stage. */
  readonly rateLimit?: number;
  readonly burstLimit?: number;
}

/** One line of JSON per request (HTTP API `$context` variables). */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  caller: '$context.identity.caller',
  userArn: '$context.identity.userArn',
  principal: '$context.authorizer.principalId',
  method: '$context.httpMethod',
  route: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authError: '$context.authorizer.error',
});

/**
 * The read API: an HTTP API whose every route goes to the read Lambda (it does its own
 * routing). IAM authorization unless context `auth=jwt` asks for a JWT authorizer.
 */
export class ReadApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ReadApiProps) {
    super(scope, id);
    const authorizer =
      props.auth.kind === 'jwt'
        ? new HttpJwtAuthorizer('JwtAuthorizer', props.auth.issuer, { jwtAudience: [...props.auth.audience] })
        : new HttpIamAuthorizer();

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      description: 'precis read API',
      defaultAuthorizer: authorizer,
      // The stage below carries throttling and access logs, which the default stage cannot.
      createDefaultStage: false,
    });

    const integration = new HttpLambdaIntegration('ReadIntegration', props.handler);
    this.api.addRoutes({ path: '/', methods: [apigw.HttpMethod.GET], integration });
    this.api.addRoutes({ path: '/{proxy+}', methods: [apigw.HttpMethod.GET], integration });

    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: props.removalPolicy });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 50, burstLimit: props.burstLimit ?? 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
  }

  get url(): string {
    return this.stage.url;
  }
}
