// Just enough of a DOM for screens built with h() to be built and read in Node: elements with
// attributes and children, text nodes, markup set through innerHTML (read as a reader sees it),
// and simple selectors (tag, .class, [attr="value"]; no combinators). Events are not dispatched:
// these tests read what a screen says.

class FakeNode {
  parentNode: FakeElement | null = null;

  get textContent(): string {
    return '';
  }

  remove(): void {
    if (!this.parentNode) return;
    const siblings = this.parentNode.childNodes;
    siblings.splice(siblings.indexOf(this), 1);
    this.parentNode = null;
  }

  after(...nodes: (FakeNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    parent.insertAt(parent.childNodes.indexOf(this) + 1, nodes);
  }

  replaceWith(...nodes: (FakeNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    const at = parent.childNodes.indexOf(this);
    this.remove();
    parent.insertAt(at, nodes);
  }
}

class FakeText extends FakeNode {
  readonly nodeType = 3;

  constructor(public data: string) {
    super();
  }

  override get textContent(): string {
    return this.data;
  }
}

const toNode = (node: FakeNode | string) => (typeof node === 'string' ? new FakeText(node) : node);

/** One simple selector: tag, classes, attributes (with or without a value). */
function matches(element: FakeElement, selector: string): boolean {
  const tag = /^[a-z][a-z0-9]*/i.exec(selector)?.[0];
  if (tag && element.tagName !== tag.toUpperCase()) return false;
  for (const [, name] of selector.matchAll(/\.([\w-]+)/g))
    if (!element.classes().includes(name ?? '')) return false;
  for (const [, name, value] of selector.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)) {
    const actual = element.getAttribute(name ?? '');
    if (actual === null || (value !== undefined && actual !== value)) return false;
  }
  return true;
}

class FakeElement extends FakeNode {
  readonly nodeType = 1;
  readonly tagName: string;
  readonly attributes = new Map<string, string>();
  childNodes: FakeNode[] = [];
  value = '';
  disabled = false;
  innerHTML = '';
  hidden = false;
  open = false;
  validationMessage = '';
  readonly classList = {
    add: (...names: string[]) =>
      this.setAttribute('class', [...new Set([...this.classes(), ...names])].join(' ')),
    contains: (name: string) => this.classes().includes(name),
  };

  constructor(tag: string) {
    super();
    this.tagName = tag.toUpperCase();
  }

  classes(): string[] {
    return (this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  }

  get dataset(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of this.attributes)
      if (name.startsWith('data-'))
        out[name.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
    return out;
  }

  get children(): FakeElement[] {
    return this.childNodes.filter((n): n is FakeElement => n instanceof FakeElement);
  }

  override get textContent(): string {
    return this.childNodes.map((n) => n.textContent).join('');
  }

  override set textContent(text: string) {
    this.replaceChildren(text);
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
    if (name === 'value') this.value = String(value);
    if (name === 'disabled') this.disabled = true;
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  addEventListener(): void {}
  removeEventListener(): void {}
  focus(): void {}
  click(): void {}
  setCustomValidity(message: string): void {
    this.validationMessage = message;
  }
  reportValidity(): boolean {
    return this.validationMessage === '';
  }

  insertAt(at: number, nodes: (FakeNode | string)[]): void {
    const added = nodes.map(toNode);
    for (const node of added) {
      node.remove();
      node.parentNode = this;
    }
    this.childNodes.splice(at, 0, ...added);
  }

  appendChild<T extends FakeNode>(node: T): T {
    this.insertAt(this.childNodes.length, [node]);
    return node;
  }

  append(...nodes: (FakeNode | string)[]): void {
    this.insertAt(this.childNodes.length, nodes);
  }

  prepend(...nodes: (FakeNode | string)[]): void {
    this.insertAt(0, nodes);
  }

  replaceChildren(...nodes: (FakeNode | string)[]): void {
    for (const node of this.childNodes) node.parentNode = null;
    this.childNodes = [];
    this.append(...nodes);
  }

  querySelectorAll(selector: string): FakeElement[] {
    const found: FakeElement[] = [];
    const walk = (element: FakeElement) => {
      for (const child of element.children) {
        if (matches(child, selector)) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }

  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  closest(selector: string): FakeElement | null {
    let at: FakeElement | null = this;
    while (at && !matches(at, selector)) at = at.parentNode;
    return at;
  }
}

/** Give Node's global scope a `document` the screens can be built with. */
export function installFakeDom(): void {
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag),
    createElementNS: (_ns: string, tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
    body: new FakeElement('body'),
    querySelectorAll: () => [],
  };
}

/** The attributes a person reads or hears: labels, titles, placeholders. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

/**
 * Everything a screen says, as lines: its texts and readable attributes, leaving out what is
 * marked translate="no" (names, codes, commands), which no language translates.
 */
export function visibleTexts(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: FakeNode) => {
    if (node instanceof FakeText) {
      if (node.data.trim()) out.push(node.data);
      return;
    }
    if (!(node instanceof FakeElement) || node.getAttribute('translate') === 'no') return;
    for (const name of READ_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value?.trim()) out.push(value);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root as unknown as FakeNode);
  return out;
}

/** A text a reader sees (a text node or a readable attribute), and whether it may be translated. */
export interface SeenText {
  text: string;
  translate: boolean;
}

/** What a reader sees of markup: the text between its tags and its readable attributes. */
function markupTexts(markup: string): string[] {
  const texts: string[] = [];
  const attribute = new RegExp(`\\b(?:${READ_ATTRIBUTES.join('|')})="([^"]*)"`, 'g');
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
  for (const name of READ_ATTRIBUTES) {
    const value = node.attributes.get(name);
    if (value !== undefined) out.push({ text: value, translate: !off });
  }
  if (node.innerHTML)
    for (const text of markupTexts(node.innerHTML)) out.push({ text, translate: !off });
  for (const child of node.childNodes) seenTexts(child, off, out);
  return out;
}
