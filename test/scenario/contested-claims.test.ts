import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSharedFrom } from '../../src/scenario/files';

const shared = loadSharedFrom();
if (!shared.ok) throw new Error('shared content does not load');
const claims = shared.value.claims;
const byId = new Map(claims.map((c) => [c.id, c]));
const source = (cite: string) => cite.slice(0, 3);

/** Every contested pair once, as "a <-> b" with the ids sorted. */
function pairs(): string[] {
  const out = new Set<string>();
  for (const c of claims)
    for (const other of c.contestedBy ?? []) out.add([c.id, other].sort().join(' <-> '));
  return [...out].sort();
}

describe('contested claims', () => {
  it('name each other both ways', () => {
    for (const c of claims)
      for (const other of c.contestedBy ?? [])
        expect(byId.get(other)?.contestedBy ?? [], `${other} should name ${c.id}`).toContain(c.id);
  });

  it('set two schools against each other, from two different sources', () => {
    for (const pair of pairs()) {
      const [a, b] = pair.split(' <-> ').map((id) => byId.get(id));
      expect(a && b, pair).toBeTruthy();
      if (!a || !b) continue;
      expect(a.school, pair).not.toBe(b.school);
      expect(a.school, pair).not.toBe('shared');
      expect(b.school, pair).not.toBe('shared');
      expect(source(a.cites[0] ?? ''), pair).not.toBe(source(b.cites[0] ?? ''));
    }
  });

  it('are exactly the pairs docs/contested-claims.md tables as remaining', () => {
    const doc = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'contested-claims.md'),
      'utf8',
    );
    const section = doc.split('## Pairs that stay contested')[1]?.split('\n## ')[0] ?? '';
    const documented = section
      .split('\n')
      .filter((line) => line.startsWith('| `claim.'))
      .map((line) => {
        const ids = [...line.matchAll(/`(claim\.[^`]+)`/g)].map((m) => m[1] ?? '');
        return ids.slice(0, 2).sort().join(' <-> ');
      })
      .sort();
    expect(documented).toEqual(pairs());
  });
});
