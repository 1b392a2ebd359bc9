// The guided first round of solo play: one step at a time, with the part of the board it
// explains outlined. The HUD keeps which step is showing; this file only draws it.
import { h } from '../../dom/h';

/** One step of the guide: its heading, what it says, and the board part it outlines. */
export interface GuideStep {
  title: string;
  text: string;
  target: string;
}

/** The steps of the guided first round (solo play). */
export const GUIDE: GuideStep[] = [
  {
    title: 'The world state',
    text: 'These gauges are the crisis in numbers, 0 to 100: each one says what it measures when you point at it. After each round they show how much they moved (▲ up, ▼ down).',
    target: '.gauges',
  },
  {
    title: 'Reading a card',
    text: 'Each card is something your capital can do this round: what it is, what it costs, and what the model expects it to change — a range where the outcome is uncertain. Closed options say why they are closed.',
    target: '.card',
  },
  {
    title: 'Choosing',
    text: 'Choose a card, add a one-line reason if you like, then commit. You can revise until every capital has committed.',
    target: '.commit-bar',
  },
  {
    title: 'Why?',
    text: 'After the reveal, select any gauge, any line of the feed, or the “Why?” beside a decision: you will see the rule behind the change, the claim it rests on and the source paragraph — or a note that it is a designer assumption.',
    target: '.feed',
  },
];

/** What the guide's buttons do: show the next step, or end the guide (Done or Skip). */
export interface GuideActions {
  next(): void;
  finish(): void;
}

/** Remove the guide's outline from every part of the board under `root`. */
export function clearGuideTargets(root: HTMLElement): void {
  for (const el of root.querySelectorAll('.guide-target')) el.classList.remove('guide-target');
}

/**
 * The panel for step `index` of the guide, outlining its target inside `root` once the new
 * board is in place (the outline is moved, never left on an earlier step's part).
 */
export function guidePanel(root: HTMLElement, index: number, actions: GuideActions): HTMLElement {
  const step = GUIDE[index] as GuideStep;
  clearGuideTargets(root);
  queueMicrotask(() => root.querySelector(step.target)?.classList.add('guide-target'));
  const last = index === GUIDE.length - 1;
  return h(
    'section',
    {
      class: 'guide',
      role: 'region',
      'aria-labelledby': 'guide-heading',
      'data-testid': 'guide',
    },
    h(
      'h2',
      { id: 'guide-heading' },
      `Guided first round · ${index + 1} of ${GUIDE.length}: ${step.title}`,
    ),
    h('p', {}, step.text),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-key': `guide-${index}`,
        'data-testid': 'guide-next',
        onclick: () => {
          if (last) actions.finish();
          else actions.next();
        },
      },
      last ? 'Done — start playing' : 'Next',
    ),
    ' ',
    last
      ? null
      : h(
          'button',
          { type: 'button', 'data-testid': 'guide-skip', onclick: () => actions.finish() },
          'Skip the guide',
        ),
  );
}
