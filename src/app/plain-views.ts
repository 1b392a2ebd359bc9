import type { SnapshotFrom } from 'xstate';
import type { GameMachine } from '../machines/game-machine';
import { CAPITAL_NAMES, CAPITALS, INDICATORS } from '../model/ids';
import { INDICATOR_DOCS } from '../model/indicators';
import { optionsFor } from '../model/options';
import type { Scenario } from '../model/schema';
import { describeCause } from '../sim/trace-report';
import { esc } from './escape';

type Snapshot = SnapshotFrom<GameMachine>;

/** The indicator table, with the last round's change beside each value. */
export function indicatorTable(scenario: Scenario, snap: Snapshot): string {
  const { game } = snap.context;
  const previous = game.history.at(-2)?.indicators ?? scenario.indicators;
  const last = game.history.at(-1);
  const rows = INDICATORS.map((id) => {
    const now = game.indicators[id];
    const before = last
      ? typeof previous[id] === 'number'
        ? previous[id]
        : previous[id].value
      : now;
    const delta = now - (before as number);
    const sign = delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : '';
    return `<tr><th scope="row" title="${esc(INDICATOR_DOCS[id].meaning)}">${esc(INDICATOR_DOCS[id].label)}</th><td>${now}</td><td>${sign}</td></tr>`;
  });
  return `<table class="indicators"><caption>World state (0–100)</caption>${rows.join('')}</table>`;
}

/** The open human turns: a select of options (closed ones disabled, with the reason) and commit. */
export function decisionForms(scenario: Scenario, snap: Snapshot): string {
  const { context } = snap;
  return CAPITALS.map((capital) => {
    const name = CAPITAL_NAMES[capital];
    if (!context.open.includes(capital))
      return `<section class="capital"><h3>${name}</h3><p>Waiting.</p></section>`;
    if (context.committed.includes(capital)) {
      const revise = context.locked.includes(capital)
        ? ''
        : `<button data-revise="${capital}">Revise</button>`;
      return `<section class="capital"><h3>${name}</h3><p>Committed (${context.controllers[capital]}).</p>${revise}</section>`;
    }
    const options = optionsFor(scenario, context.game, capital)
      .map(({ option, available, reason }) => {
        const selected = context.selections[capital]?.optionId === option.id ? ' selected' : '';
        const label = available ? option.label : `${option.label} — closed: ${reason ?? ''}`;
        return `<option value="${esc(option.id)}"${available ? '' : ' disabled'}${selected}>${esc(label)}</option>`;
      })
      .join('');
    return `<section class="capital"><h3>${name}</h3>
      <label>Option <select data-select="${capital}"><option value="">— choose —</option>${options}</select></label>
      <button data-commit="${capital}">Commit</button></section>`;
  }).join('');
}

/** The last round: decisions, events, and every change with its cause and claims. */
export function lastRound(scenario: Scenario, snap: Snapshot): string {
  const record = snap.context.game.history.at(-1);
  if (!record) return '';
  const decisions = CAPITALS.map((c) => {
    const d = record.decisions[c];
    const why = d.rationale && typeof d.rationale !== 'string' ? ` — ${esc(d.rationale.text)}` : '';
    return `<li><strong>${CAPITAL_NAMES[c]}</strong>: ${esc(scenario.optionIndex[d.optionId]?.label)}${why}</li>`;
  }).join('');
  const events = record.events
    .map((id) => `<li>${esc(scenario.events.find((e) => e.id === id)?.title ?? id)}</li>`)
    .join('');
  const changes = record.trace
    .map((t) => {
      const claims = t.claims
        .map(
          (id) =>
            `${esc(scenario.claimIndex[id]?.text ?? id)} [${esc(scenario.claimIndex[id]?.cites.join(', '))}]`,
        )
        .join('<br>');
      const basis = t.assumption ? `Designer assumption: ${esc(t.assumption)}` : claims;
      const lensNote = t.lensWeight ? ` <em>(×${t.lensWeight} under this lens)</em>` : '';
      return `<li>${esc(INDICATOR_DOCS[t.indicator].label)} ${t.before} → ${t.after} · ${esc(describeCause(scenario, t.cause))}${lensNote}<br><small>${basis}</small></li>`;
    })
    .join('');
  return `<section><h2>Round ${record.round} (${record.date})</h2><ul>${decisions}</ul>
    ${events ? `<h3>Events</h3><ul>${events}</ul>` : ''}<details><summary>Why? Every change and its sources</summary><ul class="trace">${changes}</ul></details></section>`;
}
