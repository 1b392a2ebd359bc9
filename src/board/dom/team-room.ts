import { h } from '../../dom/h';
import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import { CAPITALS, type CapitalId } from '../../model/ids';
import type { Scenario } from '../../model/schema';
import type { RoomView } from '../../protocol/classroom';
import type { SeatView } from '../../protocol/view';
import { nameList, proposalsByOption, statusWords } from '../view/classroom-room';
import { bigTimer } from './decision-dock';

// The board's docks on a networked device: a team's cards with who proposed what, Commit as
// the room's rule allows, and, on the projector and the teacher's board, who has committed
// (never what). Names go in as text, always.

/**
 * Add a team's proposals to its decision dock: the names on each card proposed, the list of
 * proposals beside Commit (in view on a phone), and Commit held back if only a captain may.
 */
export function withProposals(
  dock: HTMLElement,
  scenario: Scenario,
  room: RoomView,
  capital: CapitalId,
  commitGate: string | null,
): HTMLElement {
  const byOption = proposalsByOption(room, capital);
  for (const [optionId, names] of byOption) {
    const card = dock.querySelector(`[data-testid="card-${CSS.escape(optionId)}"]`);
    card
      ?.querySelector('.card-head')
      ?.after(
        h(
          'p',
          { class: 'proposed-by', 'data-testid': `proposed-${optionId}` },
          t('menus.team.proposedBy', { names: nameList(names) }),
        ),
      );
  }
  const mine = room.proposals.filter((p) => p.capital === capital);
  const list = h(
    'ul',
    { class: 'proposals', 'data-testid': 'proposals', 'aria-label': t('menus.team.proposals') },
    mine.length
      ? mine.map((p) =>
          h(
            'li',
            {},
            h('strong', { translate: 'no' }, p.name),
            t('menus.team.proposalOption', {
              option: scenario.optionIndex[p.optionId]?.label ?? p.optionId,
            }),
            p.rationale
              ? h(
                  'span',
                  { class: 'team-reason' },
                  t('menus.team.rationale', { rationale: p.rationale }),
                )
              : null,
          ),
        )
      : h('li', { class: 'hint' }, t('menus.team.noProposals')),
  );
  const row = dock.querySelector('.decide-row');
  row?.prepend(list);
  const commit = dock.querySelector<HTMLButtonElement>('[data-testid="commit"]');
  if (commit && commitGate) {
    commit.disabled = true;
    commit.setAttribute('aria-describedby', 'commit-gate');
    commit.after(h('p', { class: 'hint', id: 'commit-gate' }, commitGate));
  }
  return dock;
}

/**
 * The decisions as the projector and the teacher's board show them: the countdown, and each
 * capital's status (who has committed), never a hidden choice.
 */
export function committedDock(view: SeatView, timer: string | null): HTMLElement {
  return h(
    'section',
    { class: 'dock decisions committed-dock', 'aria-labelledby': 'committed-heading' },
    bigTimer(timer, 'projector-timer'),
    h('h2', { id: 'committed-heading' }, t('menus.team.deciding')),
    h(
      'ul',
      { class: 'committed-list', 'data-testid': 'committed-list' },
      CAPITALS.map((c) => {
        const words = statusWords(view.controllers[c], view.capitals[c]);
        const done = view.capitals[c] === 'committed' || view.capitals[c] === 'locked';
        return h(
          'li',
          { class: done ? 'done' : '', 'data-testid': `status-${c}` },
          h('span', { 'aria-hidden': 'true' }, done ? '✓ ' : '○ '),
          h('strong', {}, capitalName(c)),
          ` ${words}`,
        );
      }),
    ),
  );
}

/**
 * On a device that does not run the game (a team, the projector), the briefing's Begin and the
 * reveal's Next round become a line saying the teacher does that.
 */
export function withoutFacilitatorButtons(dock: HTMLElement): HTMLElement {
  const swaps: [string, string][] = [
    ['begin', t('menus.team.waitBegin')],
    ['next-round', t('menus.team.waitNext')],
  ];
  for (const [testId, text] of swaps)
    dock
      .querySelector(`[data-testid="${testId}"]`)
      ?.replaceWith(h('p', { class: 'waiting-teacher', 'data-testid': 'waiting-teacher' }, text));
  return dock;
}
