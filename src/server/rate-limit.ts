// Token buckets: a client (or a remote address) may send a burst, then a steady rate.

/** A bucket's size and how fast it fills again. */
export interface BucketRule {
  /** The most tokens it holds (the burst). */
  capacity: number;
  /** Tokens added per second. */
  perSecond: number;
}

/** One token bucket. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = rule.capacity;
    this.last = now();
  }

  /** Take a token: 0 if there was one, else the milliseconds until there will be. */
  take(): number {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.rule.perSecond) * 1000);
  }

  /** The milliseconds until a token is there (0: now), without taking one. */
  peek(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rule.perSecond) * 1000);
  }

  /** Whether the bucket is full again (so a keyed table may forget it). */
  full(): boolean {
    this.refill();
    return this.tokens >= this.rule.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(
      this.rule.capacity,
      this.tokens + ((now - this.last) / 1000) * this.rule.perSecond,
    );
    this.last = now;
  }
}

/** Buckets by key (a remote address), forgetting full ones so the table stays small. */
export class BucketTable {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take a token for a key: 0 if allowed, else the milliseconds to wait. */
  take(key: string): number {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.sweep();
      bucket = new TokenBucket(this.rule, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  /** The milliseconds a key must wait for a token (0: none), without taking one. */
  peek(key: string): number {
    return this.buckets.get(key)?.peek() ?? 0;
  }

  private sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full()) this.buckets.delete(key);
  }
}

/** The rate rules the classroom server applies (docs/protocol.md lists them). */
export const RATE_RULES = {
  /** Messages from one connected device: a burst of 20, then 8 a second. */
  messages: { capacity: 20, perSecond: 8 },
  /**
   * Matchmaking requests (create, join, reconnect) from one address: 120, then 4 a second (a
   * class behind one school address reconnects at once after a restart: two requests a device).
   */
  requests: { capacity: 120, perSecond: 4 },
  /** Failed joins (no such room, wrong key or token) from one address: 10, then 1 per 6 s. */
  failures: { capacity: 10, perSecond: 1 / 6 },
} as const satisfies Record<string, BucketRule>;

/** Refused messages in a row after which a flooding device is dropped. */
export const FLOOD_DROP_AFTER = 60;
