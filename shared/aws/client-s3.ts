import type * as Sdk from '@aws-sdk/client-s3';
import { requireSdk } from './require-sdk';

const sdk = requireSdk('@aws-sdk/client-s3') as typeof Sdk;

export const { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } = sdk;
export type S3Client = Sdk.S3Client;
