import './team-pack.css';
import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import type { Scenario } from '../../model/schema';
import type { PublicGame } from '../../model/state';
import { semicolonList, wantWord } from '../view/debrief-words';
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
    h('p', {}, h('strong', {}, t('debrief.pack.cost')), o.cost),
    o.closed
      ? h('p', { class: 'reason' }, h('strong', {}, t('debrief.pack.closed')), o.closed)
      : h(
          'div',
          {},
          h('strong', {}, t('debrief.pack.expected')),
          h(
            'ul',
            { class: 'pack-forecast' },
            o.forecast.length > 0
              ? o.forecast.map((f) => h('li', {}, forecastText(f)))
              : h('li', {}, t('debrief.pack.noEffect')),
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
      t('debrief.pack.crisis', {
        title: pack.title,
        round: pack.round,
        date: pack.date,
        lens: pack.lens,
      }),
      filed ? [' · ', h('span', { translate: 'no' }, filed)] : null,
    ),
    h(
      'h2',
      { id: `pack-h-${c.capital}` },
      c.name,
      c.team ? [' — ', h('span', { translate: 'no' }, c.team)] : null,
      c.controller === 'ai' ? t('debrief.pack.playedByAi') : null,
    ),
    h('h3', {}, t('debrief.pack.situation')),
    h('p', {}, pack.briefing),
    h('h3', {}, t('debrief.pack.role')),
    h('p', {}, c.roleBrief),
    h('h3', {}, t('debrief.pack.objectives')),
    h(
      'table',
      { class: 'pack-objectives' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            t('debrief.pack.objective'),
            t('debrief.pack.indicator'),
            t('debrief.pack.wanted'),
            t('debrief.pack.weight'),
            t('debrief.pack.now'),
            t('debrief.pack.counts'),
          ].map((head) => h('th', { scope: 'col' }, head)),
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
            h('td', {}, wantWord(o.want)),
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
          t('debrief.pack.endings', {
            endings: semicolonList(
              c.endings.map((e) =>
                t('debrief.pack.endingBonus', {
                  ending: e.title,
                  bonus: e.bonus > 0 ? `+${e.bonus}` : `−${-e.bonus}`,
                }),
              ),
            ),
          }),
        )
      : null,
    h('h3', {}, t('debrief.pack.options')),
    h('p', { class: 'pack-note' }, pack.forecastNote),
    h('div', { class: 'pack-options' }, c.options.map(optionCard)),
    h(
      'div',
      { class: 'pack-decide' },
      h('p', {}, h('strong', {}, t('debrief.pack.ourChoice')), h('span', { class: 'write-in' })),
      h('p', {}, h('strong', {}, t('debrief.pack.ourReason')), h('span', { class: 'write-in' })),
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
      h('h1', { id: 'pack-title' }, t('debrief.pack.title', { title: pack.title })),
      h('p', {}, t('debrief.pack.intro')),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-testid': 'print-packs',
          onclick: () => window.print(),
        },
        t('debrief.pack.print'),
      ),
      ' ',
      h(
        'button',
        { type: 'button', onclick: close, 'data-testid': 'close-packs' },
        t('debrief.pack.close'),
      ),
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
