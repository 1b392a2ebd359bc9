import { describe, expect, it } from 'vitest';
import { overlapArea } from '../../src/board/view/caption-place';
import { findRoom, MapRoom, pointIn } from '../../src/board/view/map-room';

const shown = { x: 0, y: 0, width: 600, height: 400 };
const labels = [
  {
    name: 'Tokyo',
    place: 'tokyo',
    box: { x: 420, y: 200, width: 70, height: 24 },
    marker: { x: 400, y: 202, width: 18, height: 18 },
  },
  {
    name: 'Sapporo',
    place: 'sapporo',
    box: { x: 440, y: 60, width: 90, height: 24 },
    marker: { x: 420, y: 62, width: 18, height: 18 },
  },
  {
    name: 'Seoul',
    place: 'seoul',
    box: { x: 150, y: 200, width: 60, height: 24 },
    marker: { x: 212, y: 202, width: 18, height: 18 },
  },
];
const lettering = labels.map((l) => ({ box: l.box, weight: 1, name: l.name }));
/** A flight from near Seoul over Sapporo's neighbourhood, as drawn. */
const path = Array.from({ length: 40 }, (_, i) => ({ x: 220 + i * 8, y: 200 - i * 3.5 }));

describe('finding room on the map for an overlay', () => {
  it('keeps off every hard obstacle when there is a clear place', () => {
    const hard = [{ x: 0, y: 0, width: 600, height: 300 }];
    const { box, clear } = findRoom(
      { width: 200, height: 50 },
      { x: 300, y: 100 },
      shown,
      hard,
      [],
      10,
    );
    expect(clear).toBe(true);
    expect(box.y).toBeGreaterThanOrEqual(300);
  });

  it('says when there is no clear place', () => {
    const hard = [shown];
    expect(findRoom({ width: 50, height: 20 }, { x: 1, y: 1 }, shown, hard, [], 10).clear).toBe(
      false,
    );
  });
});

describe('the map room', () => {
  it('counts the places a flight passes near as what it is about', () => {
    const room = new MapRoom(shown, labels, lettering, 10, 6);
    room.about(path, [], 40);
    expect(room.concerned().map((l) => l.name)).toEqual(['Sapporo', 'Seoul']);
  });

  it('places a banner and captions clear of the path, the places it concerns and each other', () => {
    const room = new MapRoom(shown, labels, lettering, 10, 6);
    const release = room.about(path, ['tokyo'], 40);
    const banner = room.claim(
      'alert-banner',
      'J-Alert',
      { width: 300, height: 60 },
      { x: 300, y: 0 },
    );
    const sounds = room.claim(
      'sound-captions',
      'sounds',
      { width: 200, height: 40 },
      { x: 0, y: 400 },
    );
    const caption = room.claim(
      'launch-caption',
      'launch',
      { width: 220, height: 30 },
      { x: 220, y: 210 },
    );
    for (const claim of [banner, sounds, caption]) {
      expect(claim.clear).toBe(true);
      expect(path.some((p) => pointIn(p, claim.box))).toBe(false);
      for (const l of room.concerned()) {
        expect(overlapArea(claim.box, l.box)).toBe(0);
        expect(overlapArea(claim.box, l.marker as typeof l.box)).toBe(0);
      }
    }
    expect(overlapArea(banner.box, sounds.box)).toBe(0);
    expect(overlapArea(banner.box, caption.box)).toBe(0);
    expect(overlapArea(sounds.box, caption.box)).toBe(0);
    release();
    expect(room.path()).toEqual([]);
    banner.release();
    expect(room.overlays().map((o) => o.kind)).toEqual(['sound-captions', 'launch-caption']);
  });

  it('lets a badge sit beside its capital without covering its name', () => {
    const room = new MapRoom(shown, labels, lettering, 10, 6);
    room.about([], ['tokyo']);
    const tokyo = { x: 409, y: 211 };
    const badge = room.claim('badge', 'SHIELD', { width: 120, height: 70 }, tokyo);
    expect(overlapArea(badge.box, labels[0]?.box ?? shown)).toBe(0);
    expect(overlapArea(badge.box, labels[0]?.marker ?? shown)).toBe(0);
    // Still near it: within a badge's size of the place.
    const cx = badge.box.x + badge.box.width / 2;
    const cy = badge.box.y + badge.box.height / 2;
    expect(Math.hypot(cx - tokyo.x, cy - tokyo.y)).toBeLessThan(150);
  });

  it('moves the sound captions out of the way of a banner that needs their place', () => {
    const room = new MapRoom(shown, labels, lettering, 10, 6);
    let moves = 0;
    room.onSubjectChange = () => moves++;
    const sounds = room.claim(
      'sound-captions',
      'sounds',
      { width: 580, height: 380 },
      { x: 0, y: 0 },
    );
    const banner = room.claim(
      'alert-banner',
      'J-Alert',
      { width: 300, height: 60 },
      { x: 300, y: 0 },
    );
    expect(banner.clear).toBe(true);
    expect(overlapArea(banner.box, sounds.box)).toBeGreaterThan(0);
    expect(moves).toBe(1);
    // Placed again, the captions now keep off the banner.
    const moved = room.claim(
      'sound-captions',
      'sounds',
      { width: 200, height: 40 },
      { x: 0, y: 0 },
      sounds.id,
    );
    expect(overlapArea(banner.box, moved.box)).toBe(0);
  });
});
