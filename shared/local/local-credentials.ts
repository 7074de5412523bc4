/**
 * DynamoDB Local (run with -sharedDb) accepts any credentials; s3rver checks signatures against
 * its fixed pair. These never leave the machine.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';

/**
 * S3 client settings for the local S3 server: path-style addresses, and checksums only when
 * required (with the SDK's default trailing checksum, the server stores streamed bodies corrupted).
 */
export const LOCAL_S3_CLIENT_OPTIONS = { forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const;
