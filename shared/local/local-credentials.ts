/**
 * DynamoDB Local (run with -sharedDb) accepts any credentials; s3rver checks signatures against
 * its fixed pair. These never leave the machine.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';
