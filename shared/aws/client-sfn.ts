import type * as Sdk from '@aws-sdk/client-sfn';
import { requireSdk } from './require-sdk';

const sdk = requireSdk('@aws-sdk/client-sfn') as typeof Sdk;

export const { SFNClient, StartExecutionCommand } = sdk;
export type SFNClient = Sdk.SFNClient;
