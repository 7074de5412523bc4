import type * as Sdk from '@aws-sdk/client-dynamodb';
import { requireSdk } from './require-sdk';

const sdk = requireSdk('@aws-sdk/client-dynamodb') as typeof Sdk;

export const { CreateTableCommand, DynamoDBClient, ListTablesCommand, ResourceInUseException, TransactionCanceledException } = sdk;
export type DynamoDBClient = Sdk.DynamoDBClient;
