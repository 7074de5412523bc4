import type * as Sdk from '@aws-sdk/lib-dynamodb';
import { requireSdk } from './require-sdk';

const sdk = requireSdk('@aws-sdk/lib-dynamodb') as typeof Sdk;

export const { BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } = sdk;
export type DynamoDBDocumentClient = Sdk.DynamoDBDocumentClient;
export type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
