import { h, replaceChildren } from '../dom/h';
import { t } from '../i18n/messages';
import type { Scenario } from '../model/schema';
import './lab.css';
import { bandChart } from './lab-band-chart';
import { LabClient } from './lab-client';
import { labForm } from './lab-form';
import { labRecordTable } from './lab-record';
import { endTable, resultPanel } from './lab-results';
import { type LabRequest, type LabResults, requestProblems } from './lab-run';
import { requestProblemText } from './lab-words';

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
  const run = h(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'lab-run' },
    t('lab.screen.run'),
  );
  const cancel = h(
    'button',
    { type: 'button', disabled: true, 'data-testid': 'lab-cancel', onclick: () => stop() },
    t('lab.screen.cancel'),
  );
  let chart: ReturnType<typeof bandChart> | null = null;
  let running: { request: LabRequest; scenario: Scenario } | null = null;

  const setProgress = (done: number, total: number) => {
    progress.max = Math.max(1, total);
    progress.value = done;
    progressText.textContent = t('lab.screen.progress', { done, total });
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
      const seconds = (finished.elapsedMs / 1000).toFixed(1);
      status.textContent = t('lab.screen.done', { total, seconds });
      show(shown.scenario, shown.request, finished);
    },
    cancelled: (done, total) => idle(t('lab.screen.cancelled', { done, total })),
    error: (message) => {
      idle(t('lab.screen.failed'));
      alert.textContent = message;
    },
  });

  const stop = () => {
    if (!client.running) return;
    status.textContent = t('lab.screen.cancelling');
    client.cancel();
  };

  const show = (scenario: Scenario, request: LabRequest, finished: LabResults) => {
    chart?.destroy();
    chart = bandChart(scenario, finished);
    const seeds = {
      runs: request.runs,
      first: String(request.seed),
      last: String(request.seed + request.runs - 1),
      turnOrder: request.turnOrder,
    };
    const heading = h(
      'h2',
      { id: 'lab-results-heading', tabindex: -1 },
      t('lab.screen.results', { scenario: scenario.title }),
    );
    replaceChildren(
      results,
      heading,
      h(
        'p',
        { class: 'lab-seeds', 'data-testid': 'lab-seeds' },
        t(finished.b ? 'lab.screen.seedsCompared' : 'lab.screen.seeds', seeds),
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
    alert.textContent =
      problems.length > 0
        ? t('lab.screen.cannotRun', {
            problems: problems.map(requestProblemText).join(t('lab.screen.problemSeparator')),
          })
        : '';
    if (problems.length > 0) return;
    running = { request, scenario };
    // Earlier results would sit under settings they no longer match while this run goes.
    chart?.destroy();
    chart = null;
    replaceChildren(results);
    setBusy(true);
    setProgress(0, request.runs * (request.b ? 2 : 1));
    status.textContent = t(request.b ? 'lab.screen.runningPerStrategy' : 'lab.screen.running', {
      runs: request.runs,
    });
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
        h('span', { class: 'sr-only' }, t('lab.screen.gamesPlayed')),
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
      h('h1', { id: 'lab-heading', 'data-autofocus': true }, t('lab.screen.title')),
      h('p', { class: 'small' }, t('lab.screen.intro')),
      h('button', { type: 'button', onclick: onBack, 'data-testid': 'lab-back' }, t('common.back')),
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
