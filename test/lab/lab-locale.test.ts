import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCatalog } from '../../src/i18n/catalog-files';
import { EN } from '../../src/i18n/en';
import { installLocale, type MessageKey, t } from '../../src/i18n/messages';
import { messageArguments } from '../../src/i18n/translation-check';
import { bandChart } from '../../src/lab/lab-band-chart';
import { type LabSummary, runLabBatch } from '../../src/lab/lab-batch';
import { describeEntry } from '../../src/lab/lab-plan-words';
import { describeStrategy, endTable, resultPanel, roundRanges } from '../../src/lab/lab-results';
import type { LabRequest, LabResults } from '../../src/lab/lab-run';
import { requestProblems } from '../../src/lab/lab-run';
import { runningNote } from '../../src/lab/lab-running';
import { labScreen } from '../../src/lab/lab-screen';
import { commandIssueText, failureText, requestProblemText } from '../../src/lab/lab-words';
import type { Scenario } from '../../src/model/schema';
import { scenario } from '../helpers';

// The lab in Japanese and Korean: its screen, results, chart texts and the words for what its
// worker reports come from the catalog, with no English left but the scenario's own texts (which
// the content loader translates, not the lab) and a few names that stay as they are.

/** Just enough of a DOM for h(): elements with attributes, children and text. */
class FakeNode {
  childNodes: FakeNode[] = [];
  constructor(readonly text = '') {}
  get textContent(): string {
    return this.text + this.childNodes.map((c) => c.textContent).join('');
  }
}
class FakeElement extends FakeNode {
  [property: string]: unknown;
  attributes = new Map<string, string>();
  private ownText: string | null = null;
  constructor(readonly tagName: string) {
    super();
  }
  override get textContent(): string {
    return this.ownText ?? super.textContent;
  }
  override set textContent(value: string) {
    this.ownText = value;
    this.childNodes = [];
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  addEventListener() {}
  appendChild(child: FakeNode) {
    this.childNodes.push(child);
    return child;
  }
  append(...children: FakeNode[]) {
    for (const child of children) this.appendChild(child);
  }
  replaceChildren(...children: FakeNode[]) {
    this.ownText = null;
    this.childNodes = [...children];
  }
}
const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeNode(text),
};

/** Every text a person can read or hear in an element: its text, labels, titles. */
function readable(node: FakeNode): string[] {
  if (!(node instanceof FakeElement)) return node.text ? [node.text] : [];
  const own = ['aria-label', 'title', 'placeholder', 'alt']
    .map((a) => node.getAttribute(a))
    .filter((v): v is string => Boolean(v));
  const text = node.textContent;
  // An element whose text was set as a whole has no children to walk.
  if (node.childNodes.length === 0 && text) return [...own, text];
  return [...own, ...node.childNodes.flatMap(readable)];
}

/** The scenario's own texts, which the content loader localizes (in these tests: English). */
function scenarioTexts(s: Scenario): string[] {
  return [
    s.title,
    ...s.options.map((o) => o.label),
    ...s.outcomes.map((o) => o.title),
    ...s.lenses.map((l) => l.title),
  ].sort((a, b) => b.length - a.length);
}

/** The English words left in some texts once the scenario's texts and allowed names are out. */
function englishIn(texts: string[], s: Scenario, allowed: string[] = []): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    let rest = text;
    for (const own of [...scenarioTexts(s), ...allowed]) rest = rest.split(own).join(' ');
    for (const word of rest.match(/[A-Za-z]{3,}/g) ?? []) found.add(word);
  }
  return [...found];
}

const aug = scenario();
const request: LabRequest = {
  scenarioId: aug.id,
  turnOrder: 'sequential',
  runs: 40,
  seed: 5,
  a: {
    fixed: { us: { alternate: ['us.un-sanctions', 'us.talks-no-preconditions'] } },
    lens: 'balanced',
  },
  b: {
    fixed: {
      us: { phases: [{ option: 'us.un-sanctions', through: 3 }, { option: null }] },
      japan: 'japan.intercept',
    },
    lens: 'engagement',
  },
};
const settings = (strategy: LabRequest['a']) => ({
  seed: request.seed,
  runs: request.runs,
  lens: strategy.lens,
  turnOrder: request.turnOrder,
  policy: strategy.fixed,
});
const results: LabResults = {
  a: runLabBatch(aug, settings(request.a)),
  b: runLabBatch(aug, settings(request.b as LabRequest['a'])),
  elapsedMs: 1200,
};

beforeAll(() => {
  vi.stubGlobal('document', fakeDocument);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => installLocale('en'));

describe.each(['ja', 'ko'] as const)('the lab in %s', (locale) => {
  const install = () => installLocale(locale, readCatalog(locale));

  it('draws its screen and settings with no English of its own', () => {
    install();
    const { element, cleanup } = labScreen([aug], () => {});
    const texts = readable(element as unknown as FakeNode);
    cleanup();
    expect(texts.join(' ')).toMatch(locale === 'ja' ? /政策ラボ/ : /정책 실험실/);
    // The intro names the command line's command, which stays as typed.
    expect(englishIn(texts, aug, ['npm run simulate'])).toEqual([]);
  });

  it('shows results, tables and the chart in the language', () => {
    install();
    const chart = bandChart(aug, results);
    const parts = [
      resultPanel(aug, 'a', request.a, results.a),
      resultPanel(aug, 'b', request.b as LabRequest['a'], results.b as LabSummary, results.a),
      endTable(aug, request, results.a, results.b),
      chart.element,
    ];
    const texts = parts.flatMap((p) => readable(p as unknown as FakeNode));
    expect(texts.length).toBeGreaterThan(50);
    expect(englishIn(texts, aug)).toEqual([]);
  });

  it('says plans, strategies and how many games ran in the language', () => {
    install();
    const texts = [
      describeStrategy(aug, request.a),
      describeStrategy(aug, request.b as LabRequest['a']),
      describeEntry(aug, ['us.un-sanctions', 'us.un-sanctions', null, 'us.talks-no-preconditions']),
      describeEntry(aug, { alternate: ['us.un-sanctions', null, 'us.talks-no-preconditions'] }),
      roundRanges([1, 2, 3, 5]),
      runningNote(aug, results.a),
      runningNote(aug, results.b as LabSummary),
    ];
    expect(englishIn(texts, aug)).toEqual([]);
  });

  it('has every lab message in the language, whatever its arguments', () => {
    install();
    const keys = (Object.keys(EN) as MessageKey[]).filter((k) => k.startsWith('lab.'));
    const texts = keys.map((key) => {
      const names = messageArguments(EN[key]);
      const params = Object.fromEntries((names instanceof Error ? [] : names).map((n) => [n, 2]));
      return t(key, params);
    });
    // Names that stay as written: the command line's command, the two turn orders' ids.
    expect(englishIn(texts, aug, ['npm run simulate', 'sealed', 'sequential'])).toEqual([]);
  });

  it('words what the worker reports as data', () => {
    install();
    const problems = requestProblems(aug, {
      ...request,
      runs: 0,
      seed: -1,
      a: { fixed: { us: 'japan.protest' }, lens: 'rosy' },
    });
    expect(problems).toHaveLength(4);
    const texts = [
      ...problems.map(requestProblemText),
      commandIssueText({ where: 'request.runs', id: 'range', min: 1, max: 5000 }),
      commandIssueText({ where: null, id: 'type', expected: 'object' }),
      commandIssueText({ where: 'request.a', id: 'missing' }),
      failureText({ kind: 'noAnswer' }),
      failureText({ kind: 'workerFailed', detail: null }),
      failureText({ kind: 'unreadable', issue: { where: null, id: 'unknownValue' } }),
    ];
    // Ids and paths a message carries stay as they are: they name settings, not words.
    expect(englishIn(texts, aug, ['request.runs', 'request.a', 'japan.protest', 'rosy'])).toEqual(
      [],
    );
  });
});

describe('the lab in English', () => {
  it('is what the checks above would catch', () => {
    const { element } = labScreen([aug], () => {});
    expect(englishIn(readable(element as unknown as FakeNode), aug)).toContain('Policy');
  });

  it('keeps its words', () => {
    expect(failureText({ kind: 'crashed', detail: 'x' })).toBe('The lab run failed: x');
    expect(
      describeEntry(aug, { phases: [{ option: 'us.un-sanctions', through: 3 }, { option: null }] }),
    ).toBe('Push new UN sanctions in rounds 1–3, then the AI decides in rounds 4–12');
  });
});
