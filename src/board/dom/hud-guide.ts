// The guided first round of solo play: one step at a time, with the part of the board it
// explains outlined. The HUD keeps which step is showing; this file only draws it.
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';

/** One step of the guide: its heading, what it says, and the board part it outlines. */
export interface GuideStep {
  title: string;
  text: string;
  target: string;
}

/** The steps of the guided first round (solo play): the catalog's key of each, and its target. */
const STEPS = [
  { key: 'gauges', target: '.gauges' },
  { key: 'card', target: '.card' },
  { key: 'choosing', target: '.commit-bar' },
  { key: 'why', target: '.feed' },
] as const;

/** How many steps the guide has. */
export const GUIDE_STEPS = STEPS.length;

/** Step `index` of the guide, in the page's language. */
export function guideStep(index: number): GuideStep {
  const { key, target } = STEPS[index] ?? STEPS[0];
  return {
    title: t(`play.guide.${key}.title`),
    text: t(`play.guide.${key}.text`),
    target,
  };
}

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
  const step = guideStep(index);
  clearGuideTargets(root);
  queueMicrotask(() => root.querySelector(step.target)?.classList.add('guide-target'));
  const last = index === GUIDE_STEPS - 1;
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
      t('play.guide.heading', { step: index + 1, steps: GUIDE_STEPS, title: step.title }),
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
      last ? t('play.guide.done') : t('play.guide.next'),
    ),
    ' ',
    last
      ? null
      : h(
          'button',
          { type: 'button', 'data-testid': 'guide-skip', onclick: () => actions.finish() },
          t('play.guide.skip'),
        ),
  );
}
