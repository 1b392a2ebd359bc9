// The lab texts (see src/i18n/en/common.ts for how catalogs are laid out): the policy lab's
// screen, its results, charts and tables, and the words for what its worker reports.
export default {
  // LabScene.ts: the lines shown while the lab's code loads, or when it cannot
  // (src/board/scenes/lazy-screen.ts shows them).
  'lab.scene.loading': 'Loading the policy lab…',
  'lab.scene.failed': 'The policy lab could not be loaded. Check the connection and try again.',

  // Shared by the lab's files.
  'lab.strategy.a': 'A',
  'lab.strategy.b': 'B',
  'lab.separator.comma': ', ',
  'lab.range': '{from}–{to}',

  // lab-screen.ts
  'lab.screen.title': 'Policy lab',
  'lab.screen.intro':
    'Fix what some capitals do — every round, alternating, phased or round by round — let the AI play the rest, and run many seeded games. The same model as `npm run simulate`.',
  'lab.screen.run': 'Run',
  'lab.screen.cancel': 'Cancel',
  'lab.screen.gamesPlayed': 'Games played',
  'lab.screen.progress': '{done, number} of {total, number} games',
  'lab.screen.running': 'Running {runs, number} games…',
  'lab.screen.runningPerStrategy': 'Running {runs, number} games per strategy…',
  'lab.screen.done': 'Done: {total, number} games in {seconds} s.',
  'lab.screen.cancelling': 'Cancelling…',
  'lab.screen.cancelled':
    'Cancelled after {done, number} of {total, number} games; nothing is shown for a part-run.',
  'lab.screen.failed': 'The run failed.',
  'lab.screen.cannotRun': 'Cannot run: {problems}.',
  'lab.screen.problemSeparator': '; ',
  'lab.screen.results': 'Results: {scenario}',
  'lab.screen.seeds':
    '{runs, number} games, seeds {first}–{last}, {turnOrder, select, sequential {sequential} other {sealed}} turns.',
  'lab.screen.seedsCompared':
    'Both strategies played the same {runs, number} games (seeds {first}–{last}, {turnOrder, select, sequential {sequential} other {sealed}} turns): the same dice, so differences come from the strategy and lens.',

  // lab-form.ts
  'lab.form.settings': 'Lab settings',
  'lab.form.crisis': 'Crisis',
  'lab.form.turnOrder': 'Turn order',
  'lab.form.sealed': 'Sealed: all decide, then reveal',
  'lab.form.sequential': 'Sequential: Pyongyang first',
  'lab.form.games': 'Games per strategy (1–{max})',
  'lab.form.seed': 'First seed',
  'lab.form.strategyA': 'Strategy A (solid, shaded)',
  'lab.form.compare': 'Compare with strategy B (dashed, hatched)',
  'lab.form.lens': 'Lens',

  // lab-plan-field.ts
  'lab.plan.every': 'Every round',
  'lab.plan.alternate': 'Alternate (odd / even)',
  'lab.plan.phased': 'Phased (one, then another)',
  'lab.plan.rounds': 'Round by round',
  'lab.plan.plan': 'Plan',
  'lab.plan.aiDecides': 'AI decides',
  'lab.plan.whenOpen': '{option} (when open)',
  'lab.plan.switchAfter': 'Switch after round',
  'lab.plan.roundByRound': '{capital}, round by round',
  'lab.plan.round': 'Round {round}',
  'lab.plan.aiEveryRound': 'AI decides every round.',
  'lab.plan.words': '{plan}.',
  'lab.plan.odd': 'Odd rounds (1, 3, 5…)',
  'lab.plan.even': 'Even rounds (2, 4, 6…)',
  'lab.plan.first': 'First',
  'lab.plan.option': 'Option',
  'lab.plan.then': 'Then',

  // lab-plan-words.ts
  'lab.words.aiDecides': 'the AI decides',
  'lab.words.option': '{option}',
  'lab.words.every': '{option} every round',
  'lab.words.alternate': '{first} in odd rounds, {second} in even rounds',
  'lab.words.inTurn': 'in turn, round after round: {options}',
  'lab.words.stretch': '{option} in {count, plural, one {round {rounds}} other {rounds {rounds}}}',
  'lab.words.then': ', then ',

  // lab-results.ts
  'lab.results.same': '= same',
  'lab.results.rounds': '{count, plural, one {round {list}} other {rounds {list}}}',
  'lab.results.fixed': '{capital}: {plan}',
  'lab.results.aiDecides': '{capitals}: AI decides',
  'lab.results.lens': 'Lens: {lens}',
  'lab.results.allOpen': 'Every fixed option was open whenever its turn came.',
  'lab.results.fallbacks': '⚠ Closed in some rounds, so the AI chose instead:',
  'lab.results.fallback':
    '{capital}’s “{option}”: {count, plural, one {{times} time} other {{times} times}}, in {rounds}',
  'lab.results.strategy': 'Strategy {strategy}',
  'lab.results.heading': 'Strategy {strategy}: {runs} games',
  'lab.results.versus': '({difference} vs A)',
  'lab.results.outcomes': 'How the games ended',
  'lab.results.tests': 'Pyongyang’s tests per game',
  'lab.results.overflights': 'Overflights of Japan',
  'lab.results.roundsPerGame': 'Rounds per game',
  'lab.results.endCaption':
    'Where the games stood when they ended (after round {rounds}, or earlier for a game that ended early): median (p10–p90) of {runs} games',
  'lab.results.indicator': 'Indicator',
  'lab.results.bMinusA': 'B − A (median)',

  // lab-played.ts
  'lab.played.summary': 'Strategy {strategy}: what the fixed capitals played, round by round',
  'lab.played.round': 'Round',
  'lab.played.option': '{option} ({count, number})',
  'lab.played.ai': 'AI decided ({count, number})',
  'lab.played.none': '— (no game reached it)',

  // lab-running.ts
  'lab.running.endedBy': '{count, number} by {outcome}',
  'lab.running.few':
    'After round {after} only {running, number} of {total, number} games were still running ({ended, number} had ended: {endings}); from round {few} on the band rests on few games and is drawn faint.',
  'lab.running.all':
    'All {total, number} games ran to round {round}: every band rests on all of them.',
  'lab.running.last':
    'In round {round}, {running, number} of {total, number} games were still running ({ended, number} had ended before it: {endings}).',
  'lab.running.caption':
    'Games in each round: the bands rest on the games still running; ended games are counted by ending (* few games: band drawn faint)',
  'lab.running.round': 'Round',
  'lab.running.stillRunning': '{strategy}: still running, of {runs, number}',
  'lab.running.fewTitle': 'Few games: the band is drawn faint',
  'lab.running.endedRow': '{strategy}: ended by {outcome}',

  // lab-band-chart.ts
  'lab.chart.roundSeries': 'Round',
  'lab.chart.p90': '{strategy} p90',
  'lab.chart.median': '{strategy} median',
  'lab.chart.p10': '{strategy} p10',
  'lab.chart.p90Few': '{strategy} p90, few games',
  'lab.chart.medianFew': '{strategy} median, few games',
  'lab.chart.p10Few': '{strategy} p10, few games',
  'lab.chart.playing': '{strategy} games still playing',
  'lab.chart.fewShaded': 'few games still running',
  'lab.chart.start': 'Start',
  'lab.chart.roundShort': 'R{round}',
  'lab.chart.aria':
    '{indicator} over the rounds: median lines and p10–p90 bands. The table below has the values.',
  'lab.chart.ariaCompared':
    '{indicator} over the rounds: median lines and p10–p90 bands, A solid and shaded, B dashed and hatched. The table below has the values.',
  'lab.chart.pick': 'Indicator over the rounds',
  'lab.chart.keyAMedian': 'A median (solid),',
  'lab.chart.keyABand': 'A p10–p90',
  'lab.chart.keyBMedian': 'B median (dashed),',
  'lab.chart.keyBBand': 'B p10–p90',
  'lab.chart.keyFew': 'faint and dotted: few games still running',
  'lab.chart.bandNote':
    'Each band holds the middle 80% of the games still running in that round (p10 to p90); games that had ended are not in it, they are counted below by ending.',
  'lab.chart.noteOf': '{strategy}: {note}',
  'lab.chart.asTable': 'The same values as a table',

  // lab-record.ts
  'lab.record.mean': 'mean',
  'lab.record.what': 'the mean over {runs, number} games',
  'lab.record.whatCompared': 'the mean over {runs, number} games (A, then B)',

  // lab-run.ts: what is wrong with a request (the form's settings)
  'lab.problem.games': 'the number of games must be a whole number from 1 to {max}',
  'lab.problem.seed': 'the first seed must be a whole number from 0 to {max}',
  'lab.problem.lens': 'strategy {strategy}: unknown lens "{lens}"',
  'lab.problem.option': 'strategy {strategy}: {capital} has no option "{option}"',

  // lab-command.ts: why the worker could not read a message
  'lab.issue.theMessage': 'the message',
  'lab.issue.missing': '{where} is missing',
  'lab.issue.type':
    '{where} must be {expected, select, string {text} object {a set of settings} int {a whole number} number {a number} other {{expected}}}',
  'lab.issue.unknownKeys': '{where} has settings the lab does not know ({keys})',
  'lab.issue.unknownValue': '{where} is not one the lab knows',
  'lab.issue.tooLong': '{where} must be at most {max} characters',
  'lab.issue.range': '{where} must be a whole number from {min} to {max}',
  'lab.issue.turnOrder': '{where} must be "sealed" or "sequential"',
  'lab.issue.seedTooLarge':
    "{where} is too large: the last game's seed (first seed + games − 1) must be at most {max}",
  'lab.issue.detail': '{where} {detail}',
  'lab.issue.wrong': '{where} is wrong',

  // lab-words.ts: a failed run, as the page says it
  'lab.failure.unreadable': 'The lab could not read its request: {problem}.',
  'lab.failure.scenario': '{errors}',
  'lab.failure.crashed': 'The lab run failed: {detail}',
  'lab.failure.noAnswer': 'The lab could not read the answer of its worker.',
  'lab.failure.workerError': '{detail}',
  'lab.failure.workerFailed': 'the lab worker failed to start',
} as const;
