import { describe, expect, it } from 'vitest';
import { timerText } from '../../src/board/scenes/board-facilitation';
import { feed } from '../../src/board/view/board-view';
import { hotseatTurn, teamReason } from '../../src/board/view/hotseat';
import { type KeyPress, opensFacilitator } from '../../src/board/view/shortcuts';
import { scenario } from '../helpers';
import { twoTeamsDeciding } from '../machines/hosted';

const s = scenario();

const hotseat = twoTeamsDeciding;

describe('the hotseat turn', () => {
  it('goes to the first team deciding; a committed team may ask for it back until the round locks', () => {
    const { game, as } = hotseat();
    expect(hotseatTurn(game.view('observer'), null)).toEqual({
      target: 'us',
      pending: ['us', 'southKorea'],
      revisable: [],
    });
    as('us', { type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
    as('us', { type: 'policy.commit', capital: 'us', rationale: 'Reassure Tokyo' });
    const view = game.view('observer');
    // Seoul's turn; Washington (a human team, not the AI capitals) is offered a revision.
    expect(hotseatTurn(view, null)).toEqual({
      target: 'southKorea',
      pending: ['southKorea'],
      revisable: ['us'],
    });
    // Washington asks for the device back: it keeps it while committed and once it revises.
    expect(hotseatTurn(view, 'us').target).toBe('us');
    expect(hotseatTurn(view, 'us').revisable).toEqual([]);
    as('us', { type: 'policy.revise', capital: 'us' });
    const revising = game.view('observer');
    expect(hotseatTurn(revising, 'us')).toMatchObject({
      target: 'us',
      pending: ['us', 'southKorea'],
    });
    // Nothing of what Washington chose is in the view the hand-over is drawn from.
    expect(JSON.stringify(revising)).not.toMatch(/show-of-force|Reassure Tokyo/);
    // Its own view still holds its reason, to put back in the box.
    expect(teamReason(game.view('us').own?.selection)).toBe('Reassure Tokyo');
    // An AI capital, or a team whose decision the round has resolved, is never the target.
    expect(hotseatTurn(revising, 'japan').target).toBe('us');
  });
});

describe('team reasons', () => {
  it("are a human team's line of text, never the AI's reasons", () => {
    expect(teamReason({ optionId: 'x', by: 'human', rationale: '  Hold firm ' })).toBe('Hold firm');
    expect(teamReason({ optionId: 'x', by: 'human', rationale: ' ' })).toBeNull();
    expect(teamReason({ optionId: 'x', by: 'human' })).toBeNull();
    expect(
      teamReason({ optionId: 'x', by: 'ai', rationale: { text: 'why', factors: [] } as never }),
    ).toBeNull();
    expect(teamReason(null)).toBeNull();
  });

  it('show in the feed beside the decision', () => {
    const { game, as } = hotseat();
    as('us', { type: 'policy.select', capital: 'us', optionId: 'us.show-of-force' });
    as('us', { type: 'policy.commit', capital: 'us', rationale: 'Reassure Tokyo' });
    as('southKorea', { type: 'policy.select', capital: 'southKorea', optionId: 'sk.thaad' });
    as('southKorea', { type: 'policy.commit', capital: 'southKorea' });
    const items = feed(s, game.view('observer').game);
    const us = items.find((i) => i.key === '1:us');
    expect(us?.text).toMatch(/^Washington: /);
    expect(us?.reason).toBe('Reassure Tokyo');
    expect(items.find((i) => i.key === '1:southKorea')?.reason).toBeUndefined();
    expect(items.find((i) => i.key === '1:japan')?.reason).toBeUndefined();
  });
});

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: 'F',
  code: 'KeyF',
  shiftKey: true,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...over,
});

describe("the facilitator's shortcut", () => {
  it('Alt+Shift+F opens the controls anywhere; Shift+F only where nothing is typed', () => {
    expect(opensFacilitator(press({}), false)).toBe(true);
    expect(opensFacilitator(press({}), true)).toBe(false);
    // Option+Shift+F on a Mac types "Ï": the key's code is what counts.
    expect(opensFacilitator(press({ altKey: true, key: 'Ï' }), true)).toBe(true);
    expect(opensFacilitator(press({ altKey: true }), false)).toBe(true);
    expect(opensFacilitator(press({ shiftKey: false, key: 'f' }), false)).toBe(false);
    expect(opensFacilitator(press({ ctrlKey: true }), false)).toBe(false);
    expect(opensFacilitator(press({ key: 'G', code: 'KeyG', altKey: true }), true)).toBe(false);
  });
});

describe('the countdown', () => {
  it('reads in minutes and seconds, says when paused or up, and is absent outside decisions', () => {
    const { game, as } = hotseat();
    const t0 = Date.now();
    expect(timerText(game.view('observer'), t0)).toBeNull();
    as('facilitator', { type: 'facilitator.timer', seconds: 90, atTimeUp: 'round-waits' });
    const view = game.view('observer');
    const deadline = view.timer?.deadline ?? 0;
    expect(timerText(view, deadline - 65_000)).toBe('Time 1:05');
    expect(timerText(view, deadline - 400)).toBe('Time 0:01');
    expect(timerText(view, deadline + 5_000)).toBe('Time 0:00');
    expect(timerText({ ...view, phase: 'report' }, deadline - 65_000)).toBeNull();
  });
});
