/**
 * Where events go: the EventBridge bus named by EVENT_BUS_NAME in AWS (a rule there invokes
 * deliver-webhooks); without a bus (npm start), an in-process emitter that the local stack wires to the
 * same deliver-webhooks handler. The SDK is loaded on first use only.
 */
import { EventEmitter } from 'node:events';
import type { FactCheckEvent } from '../domain/intake/events.ts';

export const EVENT_SOURCE = 'factcheck';

/** The local stand-in for the bus: `event` with the EventBridge-shaped event. */
export const localBus = new EventEmitter();

export interface EventSink {
  publish(event: FactCheckEvent): Promise<void>;
}

export function eventSink(busName: string | undefined): EventSink {
  if (!busName) {
    return { publish: async (event) => void localBus.emit('event', toBusEvent(event)) };
  }
  let client: Promise<{ send: (c: unknown) => Promise<any>; Command: any }> | undefined;
  const load = () => (client ??= import('@aws-sdk/client-eventbridge').then((m) => {
    const c = new m.EventBridgeClient({});
    return { send: (cmd: unknown) => c.send(cmd as never), Command: m.PutEventsCommand };
  }));
  return {
    async publish(event) {
      const { send, Command } = await load();
      const res = await send(new Command({ Entries: [{ EventBusName: busName, Source: EVENT_SOURCE, DetailType: event.type, Detail: JSON.stringify(event), Time: new Date(event.time) }] }));
      if (res.FailedEntryCount) throw new Error(`EventBridge refused ${event.type}: ${res.Entries?.[0]?.ErrorMessage ?? 'unknown'}`);
    },
  };
}

/** The event as an EventBridge rule hands it to its target. */
export const toBusEvent = (event: FactCheckEvent) => ({ source: EVENT_SOURCE, 'detail-type': event.type, time: event.time, detail: event });
