import { h, replaceChildren } from '../../dom/h';
import type { WhyChain } from '../view/why';
import { whyDialog } from './why-panel';

/**
 * The HTML layer over the Phaser canvas: the current screen, the "why?" dialog, a live region
 * that announces new events to screen readers, and visible captions for every sound cue.
 */
export class Overlay {
  readonly root: HTMLElement;
  private readonly screen: HTMLElement;
  private readonly live: HTMLElement;
  private readonly captions: HTMLElement;
  private dialog: HTMLElement | null = null;
  private returnFocus: HTMLElement | null = null;
  private captionTimers: number[] = [];
  /**
   * Opens the sources screen from a "why?" panel, at a paragraph ("001:14") or a source ("001")
   * when given one (set by main.ts; null: no links lead anywhere).
   */
  onEvidence: ((focus?: string) => void) | null = null;

  constructor(root: HTMLElement) {
    this.root = root;
    this.screen = h('div', { class: 'screen' });
    this.live = h('div', {
      class: 'sr-only',
      'aria-live': 'polite',
      'aria-atomic': 'false',
      id: 'live',
    });
    this.captions = h('div', { class: 'captions', 'aria-hidden': 'true', id: 'captions' });
    root.append(this.screen, this.live, this.captions);
  }

  /** Show a screen; focus its first heading so screen readers and keyboards start there. */
  show(content: HTMLElement, focus = true): void {
    this.closeWhy();
    replaceChildren(this.screen, content);
    if (focus) {
      const target =
        content.querySelector<HTMLElement>('[data-autofocus]') ??
        content.querySelector<HTMLElement>('h1, h2');
      if (target) {
        if (!target.hasAttribute('tabindex') && !/^(BUTTON|INPUT|SELECT|A)$/.test(target.tagName))
          target.setAttribute('tabindex', '-1');
        target.focus();
      }
    }
  }

  /** The element currently shown. */
  current(): HTMLElement | null {
    return this.screen.firstElementChild as HTMLElement | null;
  }

  /** Open a "why?" chain as a modal dialog; focus returns where it was on close. */
  openWhy(chain: WhyChain): void {
    const evidence = this.onEvidence;
    const go = (focus?: string) => {
      this.closeWhy();
      evidence?.(focus);
    };
    const links = evidence
      ? { cite: (short: string) => go(short), sources: () => go() }
      : undefined;
    this.openDialog(whyDialog(chain, () => this.closeWhy(), links));
  }

  /** Open any modal dialog element; Esc, the backdrop or its own close button close it. */
  openDialog(dialog: HTMLElement): void {
    this.closeWhy();
    this.returnFocus = document.activeElement as HTMLElement | null;
    const backdrop = h('div', { class: 'backdrop' });
    backdrop.append(dialog);
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) this.closeWhy();
    });
    this.root.append(backdrop);
    this.dialog = backdrop;
    dialog.focus();
  }

  /** Close the "why?" dialog if one is open. */
  closeWhy(): void {
    if (!this.dialog) return;
    this.dialog.remove();
    this.dialog = null;
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  /** Whether a dialog is open. */
  hasDialog(): boolean {
    return this.dialog !== null;
  }

  /** Say something to screen-reader users without moving focus. */
  announce(text: string): void {
    this.live.append(h('p', {}, text));
    while (this.live.childElementCount > 6) this.live.firstElementChild?.remove();
  }

  /** The box the sound captions go in (the board places it on the map, clear of the action). */
  captionBox(): HTMLElement {
    return this.captions;
  }

  /** Show a caption for a sound cue for a few seconds. */
  caption(text: string, ms = 3500): void {
    const line = h('p', { class: 'caption' }, text);
    this.captions.append(line);
    this.captionTimers.push(window.setTimeout(() => line.remove(), ms));
  }

  /** Remove timers and content (between games, so nothing lingers). */
  clear(): void {
    for (const t of this.captionTimers) window.clearTimeout(t);
    this.captionTimers = [];
    this.closeWhy();
    this.captions.replaceChildren();
    this.screen.replaceChildren();
  }
}
