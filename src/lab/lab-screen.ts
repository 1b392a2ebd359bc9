import { h, replaceChildren } from '../dom/h';
import type { Scenario } from '../model/schema';
import './lab.css';
import { bandChart } from './lab-band-chart';
import { LabClient } from './lab-client';
import { labForm } from './lab-form';
import { labRecordTable } from './lab-record';
import { endTable, resultPanel } from './lab-results';
import { type LabRequest, type LabResults, requestProblems } from './lab-run';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The policy lab, for workshop facilitators: fix strategies for some capitals, run many
 * seeded games in a worker, and compare how they end and how the indicators spread.
 * Returns the screen and a cleanup that stops the worker and releases the chart.
 */
export function labScreen(scenarios: Scenario[], onBack: () => void) {
  const form = labForm(scenarios);
  const progress = h('progress', { max: 1, value: 0, 'data-testid': 'lab-progress' });
  const progressText = h('span', { class: 'lab-progress-text', 'aria-hidden': 'true' }, '');
  const status = h('p', { role: 'status', class: 'lab-status', 'data-testid': 'lab-status' });
  const alert = h('div', { role: 'alert', class: 'lab-alert' });
  const results = h('section', { class: 'lab-results', 'aria-labelledby': 'lab-results-heading' });
  const run = h('button', { type: 'submit', class: 'primary', 'data-testid': 'lab-run' }, 'Run');
  const cancel = h(
    'button',
    { type: 'button', disabled: true, 'data-testid': 'lab-cancel', onclick: () => stop() },
    'Cancel',
  );
  let chart: ReturnType<typeof bandChart> | null = null;
  let running: { request: LabRequest; scenario: Scenario } | null = null;

  const setProgress = (done: number, total: number) => {
    progress.max = Math.max(1, total);
    progress.value = done;
    progressText.textContent = `${count(done)} of ${count(total)} games`;
  };
  const setBusy = (busy: boolean) => {
    form.setBusy(busy);
    run.disabled = busy;
    cancel.disabled = !busy;
  };
  const idle = (message: string) => {
    running = null;
    setBusy(false);
    status.textContent = message;
    run.focus();
  };

  const client = new LabClient({
    progress: setProgress,
    done: (finished) => {
      const shown = running;
      running = null;
      setBusy(false);
      if (!shown) return;
      const total = shown.request.runs * (shown.request.b ? 2 : 1);
      setProgress(total, total);
      status.textContent = `Done: ${count(total)} games in ${(finished.elapsedMs / 1000).toFixed(1)} s.`;
      show(shown.scenario, shown.request, finished);
    },
    cancelled: (done, total) =>
      idle(
        `Cancelled after ${count(done)} of ${count(total)} games; nothing is shown for a part-run.`,
      ),
    error: (message) => {
      idle('The run failed.');
      alert.textContent = message;
    },
  });

  const stop = () => {
    if (!client.running) return;
    status.textContent = 'Cancelling…';
    client.cancel();
  };

  const show = (scenario: Scenario, request: LabRequest, finished: LabResults) => {
    chart?.destroy();
    chart = bandChart(scenario, finished);
    const seeds = `seeds ${request.seed}–${request.seed + request.runs - 1}`;
    const heading = h(
      'h2',
      { id: 'lab-results-heading', tabindex: -1 },
      `Results: ${scenario.title}`,
    );
    replaceChildren(
      results,
      heading,
      h(
        'p',
        { class: 'lab-seeds', 'data-testid': 'lab-seeds' },
        finished.b
          ? `Both strategies played the same ${count(request.runs)} games (${seeds}, ${request.turnOrder} turns): the same dice, so differences come from the strategy and lens.`
          : `${count(request.runs)} games, ${seeds}, ${request.turnOrder} turns.`,
      ),
      h(
        'div',
        { class: 'lab-pair' },
        resultPanel(scenario, 'a', request.a, finished.a),
        finished.b && request.b
          ? resultPanel(scenario, 'b', request.b, finished.b, finished.a)
          : null,
      ),
      chart.element,
      labRecordTable(scenario, request.runs, finished.a, finished.b),
      endTable(scenario, request, finished.a, finished.b),
    );
    chart.mount();
    // Focus moves to the results (Cancel, which had it, is now disabled), shown from the top.
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  };

  form.element.addEventListener('submit', (event) => {
    event.preventDefault();
    if (client.running) return;
    const request = form.read();
    const scenario = form.scenario();
    const problems = requestProblems(scenario, request);
    alert.textContent = problems.length > 0 ? `Cannot run: ${problems.join('; ')}.` : '';
    if (problems.length > 0) return;
    running = { request, scenario };
    // Earlier results would sit under settings they no longer match while this run goes.
    chart?.destroy();
    chart = null;
    replaceChildren(results);
    setBusy(true);
    setProgress(0, request.runs * (request.b ? 2 : 1));
    status.textContent = `Running ${count(request.runs)} games${request.b ? ' per strategy' : ''}…`;
    client.run(request);
    cancel.focus();
  });

  form.element.append(
    h(
      'div',
      { class: 'lab-runbar' },
      run,
      cancel,
      h(
        'label',
        { class: 'lab-progress' },
        h('span', { class: 'sr-only' }, 'Games played'),
        progress,
      ),
      progressText,
    ),
  );
  const element = h(
    'section',
    { class: 'panel lab-screen', 'aria-labelledby': 'lab-heading', 'data-testid': 'lab' },
    h(
      'header',
      { class: 'lab-head' },
      h('h1', { id: 'lab-heading', 'data-autofocus': true }, 'Policy lab'),
      h(
        'p',
        { class: 'small' },
        'Fix what some capitals do — every round, alternating, phased or round by round — let the AI play the rest, and run many seeded games. The same model as `npm run simulate`.',
      ),
      h('button', { type: 'button', onclick: onBack, 'data-testid': 'lab-back' }, 'Back'),
    ),
    form.element,
    status,
    alert,
    results,
  );
  const cleanup = () => {
    client.dispose();
    chart?.destroy();
    chart = null;
  };
  return { element, cleanup };
}
