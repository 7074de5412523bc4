import { LOCAL_CREDENTIALS, LOCAL_REGION } from './local-credentials';

export interface LocalEndpoints {
  readonly tableName: string;
  readonly bucket: string;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
}

/** The handlers build their clients from the environment, exactly as in Lambda: point it at the local servers. */
export function pointHandlersAt({ tableName, bucket, dynamoEndpoint, s3Endpoint }: LocalEndpoints): void {
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    BUCKET_NAME: bucket,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: s3Endpoint,
  });
}
