import { createActor } from 'xstate';
import { createGameMachine, phaseOf } from '../machines/game-machine';
import { CAPITAL_NAMES, CAPITALS, type CapitalId } from '../model/ids';
import type { Scenario } from '../model/schema';
import type { Controller } from '../model/state';
import { bundledScenarioIds, loadBundledScenario } from '../scenario/bundled';
import { formatError } from '../scenario/result';
import { esc } from './escape';
import { decisionForms, indicatorTable, lastRound } from './plain-views';

function setupForm(scenario: Scenario): string {
  const capitals = CAPITALS.map(
    (c) =>
      `<label>${CAPITAL_NAMES[c]} <select name="${c}"><option value="ai">AI</option><option value="human"${c === 'us' ? ' selected' : ''}>Human</option></select></label>`,
  ).join(' ');
  const lenses = scenario.lenses
    .map((l) => `<option value="${esc(l.id)}" title="${esc(l.summary)}">${esc(l.title)}</option>`)
    .join('');
  return `<form id="setup">${capitals}
      <label>Turn order <select name="order"><option value="sealed">Sealed</option><option value="sequential">Sequential</option></select></label>
      <label>Lens <select name="lens">${lenses}</select></label>
      <label>Seed <input name="seed" type="number" value="1"></label>
      <button type="submit">Start</button></form>`;
}

/**
 * A plain HTML page over the game machine: pick a scenario and who plays each capital, then
 * decide round by round and read why things changed. The Phaser board replaces it later.
 */
export function startPlainPage(root: HTMLElement): void {
  const ids = bundledScenarioIds();
  const wanted = new URLSearchParams(location.search).get('scenario');
  const id = wanted && ids.includes(wanted) ? wanted : (ids[0] ?? '');
  const loaded = loadBundledScenario(id);
  if (!loaded.ok) {
    root.innerHTML = `<h1>Overflight</h1><p role="alert">${loaded.errors.map((e) => esc(formatError(e))).join('<br>')}</p>`;
    return;
  }
  const scenario = loaded.value;
  const others = ids
    .map((other) =>
      other === id
        ? `<strong>${esc(other)}</strong>`
        : `<a href="?scenario=${esc(other)}">${esc(other)}</a>`,
    )
    .join(' · ');
  root.innerHTML = `<nav>Scenarios: ${others}</nav><h1>Overflight — ${esc(scenario.title)}</h1>
    <p>${esc(scenario.subtitle)}</p><p>${esc(scenario.briefing)}</p>${setupForm(scenario)}`;
  root.querySelector('#setup')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const controllers = Object.fromEntries(
      CAPITALS.map((c) => [c, form.get(c) as Controller]),
    ) as Record<CapitalId, Controller>;
    const lens = scenario.lenses.find((l) => l.id === form.get('lens')) ?? scenario.lenses[0];
    const actor = createActor(createGameMachine(scenario), {
      input: {
        seed: Number(form.get('seed')) || 1,
        lens: lens?.id,
        turnOrder: form.get('order') === 'sequential' ? 'sequential' : 'sealed',
        controllers,
      },
    });
    const render = () => {
      const snap = actor.getSnapshot();
      const phase = phaseOf(snap.value);
      const { game, refusal } = snap.context;
      const outcome = game.outcome
        ? scenario.outcomes.find((o) => o.id === game.outcome?.outcomeId)
        : undefined;
      root.innerHTML = `<h1>Overflight — ${esc(scenario.title)}</h1>
        <p class="status">Round ${game.round} of ${scenario.rounds} · phase: ${esc(phase)} · lens: <span title="${esc(lens?.summary)}">${esc(lens?.title)}</span></p>
        ${refusal ? `<p role="alert" class="refusal">${esc(refusal)}</p>` : ''}
        <div class="columns"><div>${indicatorTable(scenario, snap)}</div><div>
        ${phase === 'briefing' ? '<button data-action="start">Begin round 1</button>' : ''}
        ${phase === 'decisions' ? decisionForms(scenario, snap) : ''}
        ${phase === 'report' || phase === 'debrief' ? lastRound(scenario, snap) : ''}
        ${phase === 'report' ? '<button data-action="next">Next round</button>' : ''}
        ${outcome ? `<section class="outcome"><h2>${esc(outcome.title)}</h2><p>${esc(outcome.text)}</p><p>Scores: ${CAPITALS.map((c) => `${CAPITAL_NAMES[c]} ${game.outcome?.scores[c]}`).join(' · ')}</p></section>` : ''}
        </div></div>`;
    };
    root.addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const capital = (target.dataset.commit ?? target.dataset.revise) as CapitalId | undefined;
      if (target.dataset.action === 'start') actor.send({ type: 'game.start' });
      if (target.dataset.action === 'next') actor.send({ type: 'round.next' });
      if (target.dataset.commit && capital) actor.send({ type: 'policy.commit', capital });
      if (target.dataset.revise && capital) actor.send({ type: 'policy.revise', capital });
    });
    root.addEventListener('change', (e) => {
      const target = e.target as HTMLSelectElement;
      const capital = target.dataset.select as CapitalId | undefined;
      if (capital && target.value) {
        actor.send({ type: 'policy.select', capital, optionId: target.value });
      }
    });
    actor.subscribe(render);
    actor.start();
    render();
  });
}
