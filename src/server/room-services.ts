import type { Clock } from '../machines/authority-host';
import type { Scenario } from '../model/schema';
import { loadScenarioById } from '../scenario/files';
import { BucketTable, RATE_RULES } from './rate-limit';
import { newSecret } from './room-access';
import type { RoomStore } from './room-store';

/**
 * What every classroom room of this process shares: the store, the scenarios, the clock, the
 * failed-join counter by address, and the nonce that marks a restore as the server's own.
 * Colyseus creates rooms itself, so the server sets these once before it listens.
 */
export interface RoomServices {
  store: RoomStore;
  scenario(id: string): Scenario | null;
  clock?: Clock;
  /** Failed joins by remote address (a wrong key or seat token counts, as does a wrong code). */
  failures: BucketTable;
  /** Known only to this process: create options carrying it restore a stored room. */
  restoreNonce: string;
  log(message: string): void;
}

let current: RoomServices | null = null;

/** Set the services the rooms of this process use. */
export function setRoomServices(services: RoomServices): void {
  current = services;
}

/** The services the rooms of this process use. */
export function roomServices(): RoomServices {
  if (!current) throw new Error('The classroom server has not set its room services');
  return current;
}

/** Services for a store, loading scenarios from the checkout's scenarios folder (cached). */
export function defaultServices(store: RoomStore, log: (message: string) => void): RoomServices {
  const scenarios = new Map<string, Scenario | null>();
  return {
    store,
    scenario(id) {
      if (!scenarios.has(id)) {
        const loaded = loadScenarioById(id);
        scenarios.set(id, loaded.ok ? loaded.value : null);
      }
      return scenarios.get(id) ?? null;
    },
    failures: new BucketTable(RATE_RULES.failures),
    restoreNonce: newSecret(),
    log,
  };
}
