import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { fromApiGateway, toApiGateway } from '../../shared/api/api-gateway-adapter';
import { routeRead } from '../../shared/api/read-routes';
import { articleStoreFromEnvironment, once } from '../../shared/pipeline/compose';

const deps = once(() => ({ articles: articleStoreFromEnvironment() }));

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  toApiGateway(await routeRead(deps(), fromApiGateway(event), (error) => console.error(JSON.stringify({ level: 'ERROR', message: 'read failed', error: String(error) }))));
