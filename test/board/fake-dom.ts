// Just enough of a DOM to build the debrief's elements in Node (h(), text, attributes) and read
// back what a reader sees: each text with whether it sits inside translate="no". Not a browser:
// no layout, no events, no selectors.

/** A text a reader sees (a text node or a readable attribute), and whether it may be translated. */
export interface SeenText {
  text: string;
  translate: boolean;
}

class FakeNode {
  childNodes: FakeNode[] = [];
  appendChild(child: FakeNode): FakeNode {
    this.childNodes.push(child);
    return child;
  }
  append(...children: (FakeNode | string)[]): void {
    for (const c of children) this.appendChild(typeof c === 'string' ? new FakeText(c) : c);
  }
  replaceChildren(...children: (FakeNode | string)[]): void {
    this.childNodes = [];
    this.append(...children);
  }
  remove(): void {}
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.childNodes = [new FakeText(value)];
  }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

const READABLE = ['aria-label', 'title', 'placeholder', 'alt'];

class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  innerHTML = '';
  hidden = false;
  open = false;
  disabled = false;
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  addEventListener(): void {}
  focus(): void {}
  click(): void {}
  querySelectorAll(): FakeElement[] {
    return [];
  }
}

/** What a reader sees of markup: the text between its tags and its readable attributes. */
function markupTexts(markup: string): string[] {
  const texts: string[] = [];
  const attribute = new RegExp(`\\b(?:${READABLE.join('|')})="([^"]*)"`, 'g');
  for (const [, value] of markup.matchAll(attribute)) texts.push(value ?? '');
  const body = markup.replace(/<style>[^<]*<\/style>/g, '').replace(/<[^>]*>/g, '\n');
  texts.push(...body.split('\n').filter((t) => t.trim()));
  return texts.map((t) =>
    t
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/** Every text in an element, in order (markup set through innerHTML read as a reader sees it). */
export function seenTexts(node: unknown, no = false, out: SeenText[] = []): SeenText[] {
  if (node instanceof FakeText) {
    out.push({ text: node.data, translate: !no });
    return out;
  }
  if (!(node instanceof FakeElement)) return out;
  const off = no || node.attributes.get('translate') === 'no';
  for (const name of READABLE) {
    const value = node.attributes.get(name);
    if (value !== undefined) out.push({ text: value, translate: !off });
  }
  if (node.innerHTML)
    for (const text of markupTexts(node.innerHTML)) out.push({ text, translate: !off });
  for (const child of node.childNodes) seenTexts(child, off, out);
  return out;
}

/** Put the fake document in place of the browser's (for this test file's module). */
export function installFakeDocument(): void {
  (globalThis as Record<string, unknown>).document = {
    createElement: (tag: string) => new FakeElement(tag),
    createElementNS: (_ns: string, tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
    body: new FakeElement('body'),
    querySelectorAll: () => [],
  };
}
