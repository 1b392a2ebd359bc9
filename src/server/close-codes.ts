// WebSocket close codes the classroom server closes a device's socket with (docs/protocol.md).
// Colyseus's own: 4000 the device left; 4002 an unreadable frame; 1009 a frame over the limit.

/** Why the server closed a device's socket. */
export const CLOSE = {
  /** The server is shutting down or restarting: reconnect (with backoff). */
  restarting: 4100,
  /** The facilitator removed this member: their token no longer works; do not reconnect. */
  removed: 4101,
  /** The device kept sending faster than the rate limit: it may come back later. */
  flooding: 4102,
} as const;
