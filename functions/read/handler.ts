import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { fromApiGateway, toApiGateway } from '../../shared/api/api-gateway-adapter';
import { readDepsFromEnvironment } from '../../shared/api/read-deps';
import { routeRead } from '../../shared/api/read-router';
import { once } from '../../shared/pipeline/compose';
import { logger } from '../../shared/pipeline/observability';

const deps = once(() => readDepsFromEnvironment());

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  toApiGateway(await routeRead(deps(), fromApiGateway(event), (error) => logger.error('read failed', { error: error as Error })));
