import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { ConnectionStatus, RoomView } from '../../protocol/classroom';
import { connectionText, deviceSeat, joinUrl, seatName } from '../view/classroom-room';
import { tParts } from './t-parts';

// Small pieces every networked screen shares: the connection's status, who this device is,
// and a room's code in big type with the QR code of its join address.

/** The connection's status, always on a networked screen ("Reconnecting…" when lost). */
export function connectionBadge(status: ConnectionStatus): HTMLElement {
  return h(
    'p',
    {
      class: `connection connection-${status}`,
      role: 'status',
      'data-testid': 'connection',
      'data-status': status,
    },
    h('span', { 'aria-hidden': 'true' }, status === 'connected' ? '● ' : '◌ '),
    connectionText(status),
  );
}

/** Who this device is in its room: the name typed (always as text) and the seat. */
export function youBadge(room: RoomView): HTMLElement {
  const me = room.members.find((m) => m.id === room.you.memberId);
  const seat = deviceSeat(room);
  return h(
    'p',
    { class: seat === 'observer' ? 'you projector-code' : 'you', 'data-testid': 'you' },
    // The projector shows the room's code, whole, for anyone joining late.
    seat === 'observer'
      ? t('menus.you.observer', { code: room.code })
      : seat === 'facilitator'
        ? t('menus.you.seat', { seat: seatName(seat), code: room.code })
        : t(me?.captain ? 'menus.you.captain' : 'menus.you.member', {
            name: room.you.name,
            seat: seatName(seat),
            code: room.code,
          }),
  );
}

/** Draw a QR code of `text` into a canvas (the qrcode package; fetched when first needed). */
export function drawQr(canvas: HTMLCanvasElement, text: string, width: number): void {
  import('qrcode').then(
    (module) => {
      // A CommonJS package: its functions come as the default export or as the module.
      const qr = (module as unknown as { default?: typeof module }).default ?? module;
      qr.toCanvas(canvas, text, { width, margin: 2, errorCorrectionLevel: 'M' }, () => {});
    },
    () => canvas.replaceWith(h('p', { class: 'small' }, t('menus.roomCode.qrFailed'))),
  );
}

/**
 * A room's code in big type, the address to type, and the QR code of that address (with the
 * code in it), for the projector: students scan it or type the code.
 */
export function roomCodeCard(code: string, pageUrl: string, big = false): HTMLElement {
  const url = joinUrl(pageUrl, code);
  const canvas = h('canvas', {
    class: 'room-qr',
    role: 'img',
    'aria-label': t('menus.roomCode.qr', { url }),
    'data-testid': 'room-qr',
  });
  drawQr(canvas, url, big ? 360 : 180);
  return h(
    'div',
    { class: `room-code-card${big ? ' big' : ''}`, 'data-testid': `room-code-card-${code}` },
    h(
      'div',
      {},
      h('p', { class: 'room-code-label' }, t('menus.roomCode.label')),
      h('p', { class: 'room-code', 'data-testid': 'room-code', translate: 'no' }, code),
      h(
        'p',
        { class: 'room-url' },
        tParts('menus.roomCode.open', {
          url: h('strong', { translate: 'no' }, url.replace(/\?.*$/, '')),
        }),
      ),
    ),
    canvas,
  );
}
