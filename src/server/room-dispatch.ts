import type { Client } from '@colyseus/core';
import type { CapitalId } from '../model/ids';
import {
  CLIENT_MESSAGE_SCHEMAS,
  type ClientMessageType,
  type RoomRefusal,
  type ServerMessages,
} from '../protocol/classroom';
import type { Ack } from '../protocol/refusals';
import type { ClassroomRoom, Device } from './classroom-room';
import { FLOOD_DROP_AFTER } from './rate-limit';
import type { Plan } from './room-access';
import { CLOSE } from './room-access';
import { applyRoomMessage, type RoomMessageType } from './room-messages';
import { seatOf } from './room-state';

/** The largest message (as JSON) the room reads; larger ones are refused with `too-large`. */
export const MAX_MESSAGE_BYTES = 4096;

type Device_ = Client<Device, Plan>;

const reply = (client: Device_, answer: ServerMessages['reply']) => client.send('reply', answer);
const ack = (client: Device_, answer: Ack) => client.send('ack', answer);

/**
 * Every message a device sends its room, in order: rate limit, known type, size, schema, the
 * sender's rights (the seat is always the member's, never the message's), then the game or the
 * room, then the answer. Nothing a device sends can throw past this (Colyseus catches the rest).
 */
export function onRoomMessage(
  room: ClassroomRoom,
  client: Device_,
  type: string | number,
  message: unknown,
): void {
  const device = client.userData;
  const member = room.memberOf(client);
  if (!device || !member || room.broken) return;
  const ref = refOf(message);
  const typeName = String(type).slice(0, 64);
  const refuse = (refusal: RoomRefusal) => reply(client, { ref, type: typeName, refusal });

  const wait = device.bucket.take();
  if (wait > 0) {
    device.refusedInARow++;
    if (device.refusedInARow > FLOOD_DROP_AFTER) room.close(client, CLOSE.flooding);
    else refuse({ code: 'rate-limited', retryMs: wait });
    return;
  }
  device.refusedInARow = 0;
  if (!Object.hasOwn(CLIENT_MESSAGE_SCHEMAS, type)) {
    refuse({ code: 'unknown-message', type: typeName });
    return;
  }
  const size = sizeOf(message);
  if (size > MAX_MESSAGE_BYTES) {
    refuse({ code: 'too-large', limit: MAX_MESSAGE_BYTES });
    return;
  }
  const known = type as ClientMessageType;
  const parsed = CLIENT_MESSAGE_SCHEMAS[known].safeParse(message);
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.path.join('.') || 'payload';
    // An intent whose id can be read is answered by its id, like any refused intent.
    if (known === 'intent' && ref) {
      ack(client, { id: ref, ok: false, refusal: { code: 'malformed', reason } });
    } else refuse({ code: 'malformed', reason });
    return;
  }
  if (known === 'intent') {
    onIntent(room, client, parsed.data as { id: string; body: Record<string, unknown> });
    return;
  }
  const { ref: _ref, ...payload } = parsed.data as { ref?: string };
  const result = applyRoomMessage(
    room.meta,
    room.host.state().context.controllers,
    member,
    known as RoomMessageType,
    payload as never,
  );
  if (result.refusal) {
    refuse(result.refusal);
    return;
  }
  if (!room.persist()) return;
  if (result.removed) {
    for (const other of room.clients)
      if (other.userData?.memberId === result.removed.id) room.close(other, CLOSE.removed);
  }
  room.broadcastAll();
  reply(client, { ref, type: typeName, refusal: null });
}

function onIntent(
  room: ClassroomRoom,
  client: Device_,
  { id, body }: { id: string; body: Record<string, unknown> },
): void {
  const member = room.memberOf(client);
  if (!member) return;
  const intent = String(body.type);
  // The seat, the id and the time are the server's to set: a body naming any is refused.
  if ('seat' in body || 'id' in body || 'at' in body) {
    ack(client, { id, ok: false, refusal: { code: 'malformed', reason: 'seat' } });
    return;
  }
  // Refused by the room, not the game: a reply of type `intent` whose ref is the intent's id.
  const refuse = (refusal: RoomRefusal) => reply(client, { ref: id, type: 'intent', refusal });
  const seat = seatOf(member);
  if (!seat) {
    refuse({ code: 'no-seat' });
    return;
  }
  const captainOnly =
    intent === 'policy.commit' &&
    room.meta.commitRule === 'captain' &&
    member.role === 'student' &&
    !member.captain;
  if (captainOnly) {
    refuse({ code: 'captain-only', capital: member.capital as CapitalId });
    return;
  }
  const answer = room.receiveAs(member, { ...body, seat, id });
  // A change that could not be made durable is not acknowledged: the device resends it.
  if (room.broken) return;
  ack(client, answer);
}

/** The `ref` of a room message, or the `id` of an intent: echoed in the answer. */
function refOf(message: unknown): string {
  if (typeof message !== 'object' || message === null) return '';
  const { ref, id } = message as { ref?: unknown; id?: unknown };
  const value = typeof ref === 'string' ? ref : typeof id === 'string' ? id : '';
  return value.slice(0, 120);
}

function sizeOf(message: unknown): number {
  if (message instanceof Uint8Array) return message.byteLength;
  try {
    return JSON.stringify(message ?? null)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
