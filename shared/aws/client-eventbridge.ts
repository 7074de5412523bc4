import type * as Sdk from '@aws-sdk/client-eventbridge';
import { requireSdk } from './require-sdk';

let sdk: typeof Sdk | undefined;

/**
 * Loaded when a publisher is first built, not when this module is imported: every handler's
 * composition imports the publisher, but only the stages with a bus (segment, summarize,
 * mark-failed) ever build one, so read, attribute, delete and batch never load this client.
 */
export const eventBridgeSdk = (): typeof Sdk => (sdk ??= requireSdk('@aws-sdk/client-eventbridge') as typeof Sdk);
export type EventBridgeClient = Sdk.EventBridgeClient;
