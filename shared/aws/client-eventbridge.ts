import type * as Sdk from '@aws-sdk/client-eventbridge';
import { requireSdk } from './require-sdk';

const sdk = requireSdk('@aws-sdk/client-eventbridge') as typeof Sdk;

export const { EventBridgeClient, PutEventsCommand } = sdk;
export type EventBridgeClient = Sdk.EventBridgeClient;
