import { type EventBridgeClient, eventBridgeSdk } from '../../aws/client-eventbridge';
import type { EventPublisher } from '../ports';

export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly busName: string,
    private readonly client: EventBridgeClient = new (eventBridgeSdk().EventBridgeClient)({}),
  ) {}

  async publish(type: 'ArticleSummarized' | 'ArticleFailed', detail: Record<string, unknown>): Promise<void> {
    const result = await this.client.send(
      new (eventBridgeSdk().PutEventsCommand)({ Entries: [{ EventBusName: this.busName, Source: 'precis', DetailType: type, Detail: JSON.stringify(detail) }] }),
    );
    if (result.FailedEntryCount) throw new Error(`EventBridge refused the ${type} event: ${result.Entries?.[0]?.ErrorCode ?? 'unknown'}`);
  }
}

/** Where no bus is configured (local mode), events are dropped: nothing subscribes there. */
export const noEvents: EventPublisher = { publish: async () => undefined };
