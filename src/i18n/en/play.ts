// The play texts: the board during a game (top bar, gauges, capitals, feed, docks, cards, the
// facilitator's controls, the map's lettering and captions, refusals, sound captions). See
// src/i18n/en/common.ts for how catalogs are laid out.
export default {
  // Quotation marks around a text a team typed (its reason), which is never translated.
  'play.quote.open': '“',
  'play.quote.close': '”',

  // src/board/dom/hud.ts: the top bar
  'play.hud.round': 'Round {round} of {rounds} · {date}',
  'play.hud.roundRevealed': 'Round {round} of {rounds} · {date} · revealed',
  'play.hud.lens': 'Lens: {lens}',
  'play.hud.paused': 'Paused',
  'play.hud.console': 'Console',
  'play.hud.facilitator': 'Facilitator',
  'play.hud.pausedNotice': 'Play is paused by the facilitator.',

  // src/board/dom/hud-dock.ts
  'play.dock.pausedHeading': 'Play is paused by the facilitator',
  'play.dock.pausedText':
    'The options and any reason being typed are hidden until play resumes. Nothing is lost.',
  'play.dock.gameOver': 'The game is over.',

  // src/board/dom/hud-guide.ts: the guided first round
  'play.guide.heading': 'Guided first round · {step} of {steps}: {title}',
  'play.guide.gauges.title': 'The world state',
  'play.guide.gauges.text':
    'These gauges are the crisis in numbers, 0 to 100: each one says what it measures when you point at it. After each round they show how much they moved (▲ up, ▼ down).',
  'play.guide.card.title': 'Reading a card',
  'play.guide.card.text':
    'Each card is something your capital can do this round: what it is, what it costs, and what the model expects it to change — a range where the outcome is uncertain. Closed options say why they are closed.',
  'play.guide.choosing.title': 'Choosing',
  'play.guide.choosing.text':
    'Choose a card, add a one-line reason if you like, then commit. You can revise until every capital has committed.',
  'play.guide.why.title': 'Why?',
  'play.guide.why.text':
    'After the reveal, select any gauge, any line of the feed, or the “Why?” beside a decision: you will see the rule behind the change, the claim it rests on and the source paragraph — or a note that it is a designer assumption.',
  'play.guide.done': 'Done — start playing',
  'play.guide.next': 'Next',
  'play.guide.skip': 'Skip the guide',

  // src/board/dom/hud-parts.ts: gauges, capitals, feed, the AI's reasoning
  'play.gauges.heading': 'World state',
  'play.gauges.aria': '{label}: {value} of 100',
  'play.gauges.ariaMoved':
    '{label}: {value} of 100, {change, select, up {up {amount}} down {down {amount}} other {unchanged}} last round. Why?',
  'play.capitals.heading': 'Capitals',
  'play.feed.heading': 'What has happened',
  'play.feed.empty': 'Nothing yet.',
  'play.feed.round': 'R{round}',
  'play.feed.why': ' — why?',
  'play.ai.heading': 'AI reasoning (facilitator view)',
  'play.ai.choice': '{capital}: {option}',

  // src/board/view/board-view.ts: what the gauges, capitals, feed and cards say
  'play.capital.locked': 'Decision locked in',
  'play.capital.deciding': 'Deciding…',
  'play.capital.waiting': 'Waiting',
  'play.capital.ai': 'AI',
  'play.capital.human': 'Human team',
  'play.feed.decision': '{capital}: {option}',
  'play.feed.launch': 'Launch: {launch} ({cause})',
  'play.feed.event': '{title}: {text}',
  'play.forecast.range': '{min} to {max}',
  'play.forecast.chance': '{percent}% chance',
  'play.card.closedDefault': 'Not available now.',

  // src/board/dom/decision-dock.ts
  'play.decide.rationalePlaceholder': 'Why? One line for the record (optional)',
  'play.decide.rationaleLabel': "{capital}'s reason for this decision, one line",
  'play.decide.ready': '{capital} is ready — show our options',
  'play.decide.notNowPass': 'Not now — pass to {capital}',
  'play.decide.notNow': 'Not now',
  'play.decide.reviseIntro':
    'Already committed and want to change it? Until the round locks, a team can revise:',
  'play.decide.reviseTeam': '{capital}: revise our decision',
  'play.decide.passHeading': 'Pass to {capital} — press Enter when ready',
  'play.decide.passText':
    "Hand the screen to {capital}'s team. The other teams' choices stay hidden until all have committed.",
  'play.decide.allCommitted': 'All teams have committed.',
  'play.decide.tabs': 'Capitals deciding now',
  'play.decide.tabCommitted': '{capital} ● committed',
  'play.decide.waitingOthers': 'Waiting for the others to move…',
  'play.decide.aiDeciding': 'The AI capitals are deciding…',
  'play.decide.committed': '{capital} has committed.',
  'play.decide.ourReason': 'Our reason:',
  'play.decide.locked': 'Locked: the others have seen it.',
  'play.decide.revise': 'Revise',
  'play.decide.keep': 'Keep our decision — hand the screen on',
  'play.decide.commit': 'Commit: {option}',
  'play.decide.chooseFirst': 'Choose an option, then commit',
  'play.decide.heading': '{capital} decides',
  'play.decide.assumptionHint': '* partly a designer assumption',

  // src/board/dom/option-card.ts
  'play.card.forecast': '{indicator} {change}',
  'play.card.chance': ' ({chance})',
  'play.card.assumptionTag': ' · designer assumption',
  'play.card.assumptionSr': ' (in part a designer assumption)',
  'play.card.effects': 'Expected effects this round',
  'play.card.noEffect': 'No direct effect.',
  'play.card.chosen': 'Chosen',
  'play.card.choose': 'Choose',
  'play.card.chooseOption': 'Choose {option}',
  'play.card.chooseTitle': 'Choose this option',
  'play.card.closedTitle': 'Closed this round',
  'play.card.closed': 'Closed: ',
  'play.card.details': 'Details',
  'play.card.detailsOf': 'Details of {option}',
  'play.card.why': 'Why?',
  'play.card.whyOf': 'Why these effects? ({option})',
  'play.card.cost': 'Cost: ',
  'play.card.notAvailable': 'Not available: ',
  'play.card.assumption': 'Designer assumption: {text}',
  'play.card.whyEffects': 'Why these effects?',

  // src/board/dom/objectives.ts: aims and running scores
  'play.objective.text': '{label} ({indicator}: {want, select, high {high} other {low}})',
  'play.objectives.aria': "{capital}'s objectives",
  'play.objectives.key': '▲ we want it high, ▼ we want it low',
  'play.objectives.heading': 'Aims:',
  'play.objectives.now': '{objective}, now {value}',
  'play.score.now': 'Score {score} (how?)',
  'play.score.list': 'Scores now: ',
  'play.score.capitalAria': '{capital}: score {score} of 100. How is it worked out?',
  'play.score.capital': '{capital} {score}',
  'play.score.how': '(how?)',
  'play.score.dialogHeading': 'How the score is worked out',
  'play.score.during':
    'During the game the score is what it would be if the game ended now, before any ending’s bonus.',
  'play.score.capitalHeading': '{capital}: {score}',
  'play.score.part':
    '{label}: {indicator} is {value}, wanted {want, select, high {high} other {low}}, so {points} points, counted {weight}×',
  'play.closeEsc': 'Close (Esc)',

  // src/board/dom/reveal-dock.ts
  'play.reveal.heading': 'Round {round} revealed — {date}',
  'play.reveal.capital': '{capital}:',
  'play.reveal.capitalAi': '{capital} (AI):',
  'play.reveal.whyAi': 'Why? (AI reasoning)',
  'play.reveal.why': 'Why?',
  'play.reveal.launches': 'Launches',
  'play.reveal.launch': 'Launch: {launch}',
  'play.reveal.launchWhy': '{cause} — why?',
  'play.reveal.events': 'Events',
  'play.reveal.event': 'Event: {title} — why?',
  'play.reveal.noEvent': 'No event this round.',
  'play.reveal.hint': 'Select any gauge or line in the feed to see why it changed.',
  'play.reveal.next': 'Next round',

  // src/board/dom/briefing-dock.ts
  'play.briefing.heading': 'Briefing',
  'play.briefing.yourTeam': '{capital} — your team',
  'play.briefing.ai': '{capital} — AI',
  'play.briefing.begin': 'Begin round 1',

  // src/board/dom/alert-banner.ts: the J-Alert banner while a missile crosses Japan
  'play.alert.title': 'J-Alert: ',
  'play.alert.text':
    'missile passing over Japan — people in the area should take shelter in a sturdy building.',

  // src/board/dom/sound-controls.ts
  'play.sound.off': 'Sound: off',
  'play.sound.on': 'Sound: on',
  'play.sound.volume': 'Volume',
  'play.sound.group': 'Sound',

  // src/board/dom/share-link.ts
  'play.share.copied': 'Share link copied.',
  'play.share.notCopied': 'Could not copy: select the link and copy it.',
  'play.share.label': 'Share link: ',

  // src/board/dom/facilitator-panel.ts
  'play.timeUp.aiDecides': 'the AI decides for teams still deciding',
  'play.timeUp.selectionStands': "a team's current choice stands (else the AI decides)",
  'play.timeUp.roundWaits': 'the round waits for every team',
  'play.facilitator.heading': 'Facilitator',
  'play.facilitator.minutes': 'Minutes per round',
  'play.facilitator.atTimeUp': 'When time is up',
  'play.facilitator.injectSelect': 'Event card to inject',
  'play.facilitator.rewindSelect': 'Round to rewind to',
  'play.facilitator.roundStart': 'Start of round {round}',
  'play.facilitator.lensSelect': 'Lens',
  'play.facilitator.paused': 'Play is paused.',
  'play.facilitator.running': 'Play is running.',
  'play.facilitator.resume': 'Resume',
  'play.facilitator.pause': 'Pause',
  'play.facilitator.timer': 'Round timer',
  'play.facilitator.stopTimer': 'Stop timer',
  'play.facilitator.startTimer': 'Start timer',
  'play.facilitator.injectRow': 'Inject an event this round',
  'play.facilitator.inject': 'Inject',
  'play.facilitator.injectWhyNot':
    'Only while teams are deciding: inject when the next round opens.',
  'play.facilitator.rewindRow': 'Rewind and branch',
  'play.facilitator.rewind': 'Rewind (the original is kept)',
  'play.facilitator.endRow': 'End the game after this round and debrief',
  'play.facilitator.end': 'End now',
  'play.facilitator.endWhyNot': 'Only after a reveal: the game ends on the round just revealed.',
  'play.facilitator.lensRow': 'Lens',
  'play.facilitator.switchLens': 'Switch lens',
  'play.facilitator.revealRow': 'Show the AI capitals’ choices and reasons now',
  'play.facilitator.reveal': 'Reveal the AI’s reasoning',
  'play.facilitator.branchRow': 'This game is a branch.',
  'play.facilitator.compare': 'Compare with the original',
  'play.facilitator.recordRow': 'Game record',
  'play.facilitator.download': 'Download record',
  'play.facilitator.copyLink': 'Copy share link',
  'play.facilitator.packsRow': 'Team packs for round {round}',
  'play.facilitator.packs': 'Print team packs',

  // src/board/scenes/board-facilitation.ts: confirmations and the round timer
  'play.confirm.resumed': 'Play resumed.',
  'play.confirm.timerSet': 'Round timer set: {minutes} min a round; when time is up, {rule}.',
  'play.confirm.timerStopped': 'Round timer stopped.',
  'play.confirm.injected': 'Event added to this round: {event}. It happens at the reveal.',
  'play.confirm.rewound':
    "Rewound to the start of round {round}: this is a branch. The original game is kept (compare it in the facilitator's controls).",
  'play.confirm.lens': 'Lens switched to “{lens}”, from now on.',
  'play.confirm.compareFailed': 'The comparison could not be loaded. Try again.',
  'play.confirm.packsFailed': 'The team packs could not be loaded. Try again.',
  'play.timer.up': 'Time is up',
  'play.timer.running': 'Time {clock}',
  'play.timer.paused': 'Time {clock}, paused',

  // src/board/scenes/BoardScene.ts: said to screen readers
  'play.announce.timeUp': 'Time is up for this round.',
  'play.announce.event': 'Event, {date}: {title}. {text}',

  // src/board/dom/branch-compare.ts
  'play.compare.original': 'Original game',
  'play.compare.branch': 'This branch',
  'play.compare.chartTitle': '{indicator}: the original game and this branch, round by round',
  'play.compare.now': 'Now: original {original}, branch {branch} ({change})',
  'play.compare.same': 'same',
  'play.compare.key': 'Each chart: rounds across, 0–100 up.',
  'play.compare.heading': 'The original game and this branch',
  'play.compare.diverged': 'Where the decisions diverged',
  'play.compare.noDiff': 'No decision differs yet.',
  'play.compare.diff': 'Round {round}, {capital}: original “{original}” — branch “{branch}”',

  // src/board/view/reveal-plan.ts: launches in words (also on the map and in exports)
  'play.launch.shortRange':
    '{count, plural, one {a short-range missile} other {# short-range missiles}}',
  'play.launch.salvo': 'a salvo of {count} medium-range missiles',
  'play.launch.mediumRange': 'a medium-range missile into the sea',
  'play.launch.overflight':
    '{count, plural, one {a missile over Japan} other {# missiles over Japan}}',
  'play.launch.icbm': '{count, plural, one {an ICBM} other {# ICBMs}}',
  'play.launch.nuclear': 'a nuclear test',
  'play.launch.cruise': '{count, plural, one {a cruise missile} other {# cruise missiles}}',
  'play.launch.byDecision': 'decision: {option}',
  'play.launch.byRule': 'rule: {rule}',
  'play.launch.byEvent': 'event: {event}',
  'play.launch.addedByRule': 'Added by a rule: {rule}',
  'play.launch.addedByEvent': 'Added by an event: {event}',
  'play.launch.caused': '{what} — {cause}',
  'play.launch.position': 'launch {index} of {count}',
  'play.launch.positioned': '{what} ({position})',

  // src/board/view/visuals.ts and story.ts
  'play.visual.caption': '{capital}: {label}',
  'play.story.title': '{cause} — {rounds}',

  // src/board/view/shortcuts.ts
  'play.shortcut.facilitator':
    'Facilitator controls (Alt+Shift+F anywhere; Shift+F when not typing)',

  // src/board/event-visuals.ts: the badges on the map
  'play.badge.drills': 'DRILLS',
  'play.badge.un': 'UN',
  'play.badge.talks': 'TALKS',
  'play.badge.shield': 'SHIELD',

  // src/board/map-lettering.ts: the map's names. `.wrap` and `.short` are the shorter ways to
  // letter a name where the whole has no room (a line break is \n); the same text as the name
  // (or as the one before) means there is no shorter way.
  'play.map.inset': 'Guam (US) · 3,400 km',
  'play.map.place.pyongyang': 'Pyongyang',
  'play.map.place.seoul': 'Seoul',
  'play.map.place.tokyo': 'Tokyo',
  'play.map.place.beijing': 'Beijing',
  'play.map.place.vladivostok': 'Vladivostok',
  'play.map.place.sapporo': 'Sapporo',
  'play.map.place.naha': 'Naha',
  'play.map.place.shanghai': 'Shanghai',
  'play.map.place.sinpo': 'Sinpo',
  'play.map.place.punggye-ri': 'Punggye-ri',
  'play.map.place.guam': 'Hagåtña',
  'play.map.country.prk': 'North Korea',
  'play.map.country.prk.wrap': 'N. Korea',
  'play.map.country.kor': 'South Korea',
  'play.map.country.kor.wrap': 'S. Korea',
  'play.map.country.jpn': 'Japan',
  'play.map.country.chn': 'China',
  'play.map.country.rus': 'Russia',
  'play.map.country.twn': 'Taiwan',
  'play.map.country.phl': 'Philippines',
  'play.map.country.mng': 'Mongolia',
  'play.map.sea.japan': 'Sea of Japan (East Sea)',
  'play.map.sea.japan.wrap': 'Sea of Japan\n(East Sea)',
  'play.map.sea.yellow': 'Yellow Sea',
  'play.map.sea.yellow.wrap': 'Yellow\nSea',
  'play.map.sea.eastChina': 'East China Sea',
  'play.map.sea.eastChina.wrap': 'East China\nSea',
  'play.map.sea.pacific': 'Pacific Ocean',
  'play.map.sea.pacific.wrap': 'Pacific\nOcean',
  'play.map.sea.pacific.short': 'Pacific',
  'play.map.sea.okhotsk': 'Sea of Okhotsk',
  'play.map.sea.okhotsk.wrap': 'Sea of\nOkhotsk',

  // src/audio/sound-names.ts: captions of the sounds, shown on the map
  'play.sound.caption.launch': '[Missile launch]',
  'play.sound.caption.siren': '[Air-raid siren: missile over Japan]',
  'play.sound.caption.chime': '[Diplomatic chime]',
  'play.sound.caption.bell': '[Round bell]',
  'play.sound.caption.ambient': '[Ambient sound]',

  // src/board/view/refusal-text.ts and src/machines/game-refusals.ts: refusals in plain words
  'play.refusal.malformed': 'That request could not be read, so nothing changed.',
  'play.refusal.observer': 'This screen only watches the game.',
  'play.refusal.facilitatorOnly': 'Only the facilitator can do that.',
  'play.refusal.notYourCapital': "Only {capital}'s team can decide for {capital}.",
  'play.refusal.playedByAi': 'The AI plays {capital}: only the facilitator can decide for it.',
  'play.refusal.gameOver': 'The game is over: see the debrief.',
  'play.refusal.paused': 'Paused by the facilitator.',
  'play.refusal.alreadyStarted': 'The game has already started.',
  'play.refusal.roundNotResolved': 'Not now: this round has not been resolved yet.',
  'play.refusal.decisionsClosed': 'Not now: decisions are closed until the next round opens.',
  'play.refusal.notOpen': "It is not {capital}'s turn yet.",
  'play.refusal.alreadyCommitted': '{capital} has already committed; revise first.',
  'play.refusal.optionNotAvailable': '{option} is not open to {capital} this round.',
  'play.refusal.nothingSelected': '{capital} has not chosen an option yet.',
  'play.refusal.nothingToRevise': '{capital} has nothing committed to revise.',
  'play.refusal.decisionLocked': "{capital}'s decision is locked: the others have seen it.",
  'play.refusal.unknownEvent': 'No event card "{event}" in this scenario.',
  'play.refusal.injectWhileDeciding':
    'Events can be injected only while the capitals are deciding.',
  'play.refusal.unknownLens': 'No lens "{lens}".',
  'play.refusal.endBetweenRounds': 'The game can be ended only between rounds, after a reveal.',
  'play.refusal.noSuchRound': 'Round {round} has not been played yet ({played} so far).',
  'play.refusal.noTimer': 'No round timer is running.',
  'play.refusal.notTimeYet': 'The round timer has not run out yet.',
  'play.refusal.logFull':
    'This game has reached its limit of {limit} actions: save it and start a branch.',
  'play.refusal.noSuchCapital': 'No such capital.',
} as const;
