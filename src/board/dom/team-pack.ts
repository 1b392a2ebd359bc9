import './team-pack.css';
import { h } from '../../dom/h';
import type { Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import {
  forecastText,
  type PackCapital,
  type PackOption,
  type PackPlayers,
  startingPack,
  type TeamPack,
  teamPack,
} from '../view/team-pack';
import type { Overlay } from './overlay';
import { trapFocus } from './why-panel';

function optionCard(o: PackOption): HTMLElement {
  return h(
    'article',
    { class: `pack-option${o.closed ? ' closed' : ''}` },
    h('h4', {}, `${o.key}. ${o.label}`),
    h('p', {}, o.summary),
    h('p', {}, h('strong', {}, 'Cost: '), o.cost),
    o.closed
      ? h('p', { class: 'reason' }, h('strong', {}, 'Not open this round: '), o.closed)
      : h(
          'div',
          {},
          h('strong', {}, 'Expected effects this round:'),
          h(
            'ul',
            { class: 'pack-forecast' },
            o.forecast.length > 0
              ? o.forecast.map((f) => h('li', {}, forecastText(f)))
              : h('li', {}, 'No direct effect.'),
          ),
        ),
  );
}

function capitalSection(pack: TeamPack, c: PackCapital): HTMLElement {
  const filed = [pack.filed.className, pack.filed.date].filter(Boolean).join(' · ');
  return h(
    'section',
    {
      class: 'pack-capital',
      'data-testid': `pack-${c.capital}`,
      'aria-labelledby': `pack-h-${c.capital}`,
    },
    h(
      'p',
      { class: 'pack-crisis' },
      `${pack.title} — round ${pack.round}, ${pack.date} · Lens: ${pack.lens}${filed ? ` · ${filed}` : ''}`,
    ),
    h(
      'h2',
      { id: `pack-h-${c.capital}` },
      `${c.name}${c.team ? ` — ${c.team}` : ''}${c.controller === 'ai' ? ' (played by the AI)' : ''}`,
    ),
    h('h3', {}, 'The situation'),
    h('p', {}, pack.briefing),
    h('h3', {}, 'Your role'),
    h('p', {}, c.roleBrief),
    h('h3', {}, 'Your objectives and how they are scored'),
    h(
      'table',
      { class: 'pack-objectives' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Objective', 'Indicator (0–100)', 'Wanted', 'Weight', 'Now', 'Counts'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        c.objectives.map((o) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, o.label),
            h('td', {}, o.indicator),
            h('td', {}, o.want),
            h('td', {}, `×${o.weight}`),
            h('td', {}, String(o.now)),
            h('td', {}, o.counts),
          ),
        ),
      ),
    ),
    h('p', { class: 'pack-rule' }, pack.scoreRule),
    c.endings.length > 0
      ? h(
          'p',
          { class: 'pack-rule' },
          'How the game ends changes your score: ',
          c.endings
            .map((e) => `“${e.title}” ${e.bonus > 0 ? `+${e.bonus}` : `−${-e.bonus}`}`)
            .join('; '),
          '.',
        )
      : null,
    h('h3', {}, 'Your options'),
    h('p', { class: 'pack-note' }, pack.forecastNote),
    h('div', { class: 'pack-options' }, c.options.map(optionCard)),
    h(
      'div',
      { class: 'pack-decide' },
      h('p', {}, h('strong', {}, 'Our choice: '), h('span', { class: 'write-in' })),
      h('p', {}, h('strong', {}, 'Our reason, in one line: '), h('span', { class: 'write-in' })),
    ),
  );
}

/**
 * Show the team packs over the current screen, ready to print (one capital per section, a page
 * break between capitals): Print opens the browser's dialog, Close (or Esc) goes back.
 */
export function openTeamPack(overlay: Overlay, pack: TeamPack): void {
  const close = () => overlay.closeWhy();
  const dialog = h(
    'div',
    {
      class: 'team-pack',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pack-title',
      tabindex: '-1',
      'data-testid': 'team-pack',
    },
    h(
      'div',
      { class: 'pack-actions' },
      h('h1', { id: 'pack-title' }, `Team packs: ${pack.title}`),
      h(
        'p',
        {},
        'One section per capital, each on its own pages: print them and hand each team its own.',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-testid': 'print-packs',
          onclick: () => window.print(),
        },
        'Print team packs',
      ),
      ' ',
      h('button', { type: 'button', onclick: close, 'data-testid': 'close-packs' }, 'Close (Esc)'),
    ),
    pack.capitals.map((c) => capitalSection(pack, c)),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Tab') trapFocus(dialog, event);
  });
  overlay.openDialog(dialog);
}

/** The packs for a game about to be set up: round 1 under the lens chosen so far. */
export function openStartingPack(
  overlay: Overlay,
  scenario: Scenario,
  lens: string,
  players: PackPlayers,
): void {
  openTeamPack(overlay, startingPack(scenario, lens, players));
}

/** The packs for a game in progress, at the start of its current round. */
export function openGamePack(
  overlay: Overlay,
  scenario: Scenario,
  game: PublicGame,
  players: PackPlayers,
): void {
  openTeamPack(overlay, teamPack(scenario, game, players));
}
