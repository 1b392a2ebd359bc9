// The menus texts (see src/i18n/en/common.ts for how catalogs are laid out): the title, the
// scenario list and setup, saved games and record files, and the networked classroom (the
// teacher's console, a room's setup, a student's way in, the statuses and refusals).
export default {
  // Small words several screens share.
  'menus.nameSeparator': ', ',
  'menus.away': '(away)',
  'menus.captainMark': 'Captain',

  // The title screen (src/board/dom/menus.ts).
  'menus.title.name': 'Overflight',
  'menus.title.tagline':
    'Four capitals, one missile crisis — and the sources behind every consequence.',
  'menus.title.play': 'Play',
  'menus.title.lab': 'Policy lab (workshops)',
  'menus.title.evidence': 'The evidence (sources and claims)',
  'menus.title.credits':
    'Map: Natural Earth. Test record: CNS North Korea Missile Test Database (via NTI).',
  'menus.packsFailed': 'The team packs could not be loaded. Check the connection and try again.',
  // The evidence screen, while its code loads or when it cannot (src/board/menu-screens.ts).
  'menus.evidence.loading': 'Loading the evidence…',
  'menus.evidence.failed': 'The evidence could not be loaded. Check the connection and try again.',

  // The scenario list.
  'menus.select.heading': 'Choose a crisis',
  'menus.select.subtitle': '{subtitle} · from {date} · {length}',
  'menus.select.lengthMonths':
    '{rounds, plural, one {# round} other {# rounds}} of {months, plural, one {a month} other {# months}}',
  'menus.select.lengthWeeks':
    '{rounds, plural, one {# round} other {# rounds}} of {weeks, plural, one {# week} other {# weeks}}',
  'menus.select.objectives': 'Briefing and learning objectives',
  'menus.select.play': 'Play “{title}”',
  'menus.select.packs': 'Team packs to print',

  // The setup form.
  'menus.setup.heading': 'Set up: {title}',
  'menus.setup.humanTeam': 'Human team',
  'menus.setup.ai': 'AI',
  'menus.setup.turnOrder': 'Turn order',
  'menus.setup.sealed': 'Sealed',
  'menus.setup.sealedHint': 'all four decide, then the decisions are revealed together',
  'menus.setup.sequential': 'Sequential',
  'menus.setup.sequentialHint': 'Pyongyang acts first; the others see its move and respond',
  'menus.setup.lens': 'Lens: how to read the contested evidence',
  'menus.setup.seed': 'Seed (same seed and decisions, same game)',
  'menus.setup.seedInvalid': 'The seed must be a whole number from 0 to {max, number}.',
  'menus.setup.guided': 'Guide me through the first round (when one team plays alone)',
  'menus.setup.printPacks': 'Print team packs',
  'menus.setup.start': 'Start the game',

  // The class, date and team names (src/board/dom/setup-labels.ts); a problem is said beside
  // its field (first letter capitalized there) and inside a sentence about a record file.
  'menus.labels.legend': 'For your records (optional)',
  'menus.labels.class': 'Class',
  'menus.labels.classPlaceholder': 'e.g. 10B History',
  'menus.labels.date': 'Date',
  'menus.labels.teamName': '{capital} team name',
  'menus.labels.teamPlaceholder': 'Team name (optional)',
  'menus.labels.problem.class.empty': 'the class must not be empty (leave it out instead)',
  'menus.labels.problem.class.tooLong': 'the class must be at most {max} characters',
  'menus.labels.problem.class.characters':
    "the class may hold only letters, digits, spaces and . , : ; ' ( ) & / + # ! ? -",
  'menus.labels.problem.class.spaces':
    'the class must not start or end with a space, nor hold two in a row',
  'menus.labels.problem.team.empty': 'a team name must not be empty (leave it out instead)',
  'menus.labels.problem.team.tooLong': 'a team name must be at most {max} characters',
  'menus.labels.problem.team.characters':
    "a team name may hold only letters, digits, spaces and . , : ; ' ( ) & / + # ! ? -",
  'menus.labels.problem.team.spaces':
    'a team name must not start or end with a space, nor hold two in a row',
  'menus.labels.problem.date.format': 'the date must be written YYYY-MM-DD',
  'menus.labels.problem.date.day': 'the date must be a day of the calendar',
  'menus.labels.problem.aiTeam': 'a team name is given for a capital the AI plays',
  'menus.labels.problem.other': 'this cannot be used',

  // Saved games (src/board/dom/saved-games.ts).
  'menus.saves.heading': 'Saved games',
  'menus.saves.none': 'None yet. Games save themselves every round.',
  'menus.saves.named': '{title} — {filed}',
  'menus.saves.teams': 'Teams: {teams}',
  'menus.saves.teamSeparator': '; ',
  'menus.saves.branchOf': 'Branch of {name} (saved {when}) from round {round}',
  'menus.saves.branchOfUnknown': 'Branch of an earlier game from round {round}',
  'menus.saves.itemFinished': '{name} — finished · {when}',
  'menus.saves.itemRound': '{name} — round {round} · {when}',
  'menus.saves.open': 'Open',
  'menus.saves.resume': 'Resume',
  'menus.saves.delete': 'Delete',
  'menus.saves.deleteLabel': 'Delete {name}, {when}',
  'menus.saves.openFallback': 'Open the last good save (round {round}, {when})',
  'menus.saves.noFallback': 'No earlier good save of this game was found.',
  'menus.saves.dismiss': 'Dismiss',
  'menus.saves.recordFile': 'Open a game record file',
  'menus.saves.recordFileLabel': 'Open a game record file:',
  'menus.saves.compare': 'Compare games…',
  'menus.saves.compareHint': 'Rooms or groups side by side: the class debrief.',

  // Why a saved game cannot be opened (src/board/save).
  'menus.save.missing': 'This saved game is missing from the browser’s storage.',
  'menus.save.tooLarge': 'This saved game is damaged: it is far larger than a save.',
  'menus.save.tooDeep': 'This saved game is damaged: its data is nested too deep.',
  'menus.save.unchecked': 'This saved game is damaged: it cannot be checked.',
  'menus.save.unreadable': 'This saved game is damaged: its data cannot be read.',
  'menus.save.otherVersion':
    'This game was saved by another version of Overflight (format {version}; this one reads {current}).',
  'menus.save.malformed': 'This saved game is damaged: parts of it are missing or malformed.',
  'menus.save.checksum': 'This saved game is damaged: its contents do not match their checksum.',
  'menus.save.noScenario':
    'This saved game is for a scenario this version does not have ({scenarioId}).',
  'menus.save.noReplay': 'This saved game is damaged: its record cannot be replayed.',
  'menus.save.disagrees': 'This saved game is damaged: its record and its board disagree.',

  // A game record from a file or a link (src/board/save/record-link.ts).
  'menus.record.tooLongForLink':
    'This game is too long for a link: save it as a file (Download the record) instead.',
  'menus.record.notARecord': 'That is not an Overflight game record (it cannot be read).',
  'menus.record.tooLong':
    'That is too long to be an Overflight game record (over {max, number} characters).',
  'menus.record.badSeed': 'That game record’s seed must be a whole number from 0 to {max, number}.',
  'menus.record.badLabels':
    'That game record’s class, date or team names cannot be read: {problem}.',
  'menus.record.otherVersion':
    'That is not an Overflight game record, or it comes from another version.',

  // Why a record cannot be opened (src/board/save/open-record-text.ts).
  'menus.openRecord.wrongScenario':
    'This record is for a scenario this version does not have ({scenarioId}).',
  'menus.openRecord.disagrees': 'This record is damaged: its rounds and its log of play disagree.',
  'menus.openRecord.noReplay': 'This record cannot be replayed. {reason}',
  'menus.openRecord.unknownLens':
    'This record cannot be replayed: it starts under a lens this version does not have ("{lens}").',
  'menus.openRecord.intentRefused':
    'This record cannot be replayed: step {step} ({intent}) is one the game refuses.',

  // Why a record does not replay (src/board/save/replay-error-text.ts).
  'menus.replay.wrongScenario': 'It is for another crisis ({recordScenario}), not {scenario}.',
  'menus.replay.unknownLens':
    'In round {round} it reads the evidence through a lens this version does not have (“{lens}”).',
  'menus.replay.optionNotAvailable':
    'In round {round} it has {capital} choose {optionId}, which was not open to {capital} then.',
  'menus.replay.unknownEvent':
    'In round {round} it injects an event this version does not have ({eventId}).',
  'menus.replay.repeatedEvent': 'In round {round} it injects the same event twice ({eventId}).',
  'menus.replay.continuesAfterEnd':
    'It goes on to round {round}, after the game had already ended.',
  'menus.replay.cannotEnd': 'It ends the game after round {round}, where the game cannot end.',
  'menus.replay.modelRefused': 'Round {round} cannot be played ({detail}).',

  // The title's way into a class on devices (src/board/dom/class-entry.ts).
  'menus.class.run': 'Run a class (teams on their own devices)',
  'menus.class.join': 'Join a class',
  'menus.class.needsServer':
    'A class with each team on its own phone or laptop needs the classroom server: {command}.',
  'menus.class.unavailableHeading': 'A class on devices needs the classroom server',
  'menus.class.unavailableHow':
    'On the teacher’s computer, in the game’s folder, run {command} and open the address it prints. Students then join from their phones, tablets or laptops on the same network.',
  'menus.class.unavailableSolo':
    'Without it, the whole class can still play on this one screen (solo or hotseat).',

  // A student's way in: the join form and the lobby (src/board/dom/join-screens.ts).
  'menus.join.heading': 'Join a class',
  'menus.join.code': 'Room code',
  'menus.join.name': 'Your name',
  'menus.join.nameLabel': 'Your name (your team sees it)',
  'menus.join.projector': 'Show on the projector',
  'menus.join.join': 'Join',
  'menus.join.joining': 'Joining…',
  'menus.join.codeEmpty': 'Type the code on the board.',
  'menus.join.codeLength': 'A room code has five characters.',
  'menus.join.codeCharacters': 'A room code has letters and the digits 2–9 only (no O, I, 0 or 1).',
  'menus.join.nameEmpty': 'Type the name your team will see.',
  'menus.join.nameTooLong': 'A name has at most {max} characters.',
  'menus.join.problem.noSuchRoom': 'No room has that code. Check it on the board.',
  'menus.join.problem.roomLocked': 'The teacher has locked this room. Ask them to open it.',
  'menus.join.problem.roomFull': 'This room is full.',
  'menus.join.problem.badName': 'That name cannot be used. Try another.',
  'menus.join.problem.notFacilitator': 'This browser is not the teacher’s for that room.',
  'menus.join.problem.unreachable':
    'The classroom server cannot be reached. Check the Wi-Fi and try again.',
  'menus.lobby.pickHeading': 'Pick your team',
  'menus.lobby.waitHeading': 'Wait to be placed',
  'menus.lobby.open': 'Join a team, or wait: the teacher can place you.',
  'menus.lobby.locked': 'The teacher has locked the teams and will place you on one.',
  'menus.lobby.join': 'Join {capital}',
  'menus.lobby.nobody': 'nobody yet',
  'menus.lobby.leave': 'Leave the room',

  // The connection, on every networked screen.
  'menus.connection.connecting': 'Connecting…',
  'menus.connection.connected': 'Connected',
  'menus.connection.reconnecting': 'Reconnecting…',
  'menus.connection.offline': 'Offline — trying again',
  'menus.connection.removed': 'The teacher removed you from this room.',

  // A room message the server refused (its code), as a student or the teacher is told.
  'menus.refusal.malformed': 'That request could not be read, so nothing changed.',
  'menus.refusal.unknownMessage':
    'The classroom server does not know that request. Reload the page and try again.',
  'menus.refusal.tooLarge': 'That was too large to send.',
  'menus.refusal.rateLimited': 'Too many requests at once. Wait a moment and try again.',
  'menus.refusal.notFacilitator': 'Only the teacher can do that.',
  'menus.refusal.noSeat': 'Join a team first.',
  'menus.refusal.roomLocked': 'The room is locked.',
  'menus.refusal.noSuchMember': 'That student has left the room.',
  'menus.refusal.captainOnly': 'Only the captain can do that for {capital}.',
  'menus.refusal.teamFull': 'That team is full.',
  'menus.refusal.playedByAi': 'The AI plays that capital.',

  // Who a device is in its room (src/board/dom/room-parts.ts).
  'menus.seat.none': 'Not on a team yet',
  'menus.seat.facilitator': 'Teacher',
  'menus.seat.observer': 'Projector',
  'menus.you.observer': 'Room {code}',
  'menus.you.seat': '{seat} · room {code}',
  'menus.you.member': '{name} · {seat} · room {code}',
  'menus.you.captain': '{name} (captain) · {seat} · room {code}',
  'menus.roomCode.label': 'Room code',
  'menus.roomCode.open': 'Open {url} and type it, or scan:',
  'menus.roomCode.qr': 'QR code of {url}',
  'menus.roomCode.qrFailed': 'The QR code could not be drawn.',

  // A team's dock on its own device, and the projector's (src/board/dom/team-room.ts).
  'menus.team.proposedBy': 'Proposed by {names}',
  'menus.team.proposals': 'Our proposals',
  'menus.team.proposalOption': ': {option}',
  'menus.team.rationale': ' — “{rationale}”',
  'menus.team.noProposals': 'No proposals yet: choose a card to propose it to your team.',
  'menus.team.deciding': 'Teams are deciding',
  'menus.team.waitBegin': 'Waiting for the teacher to begin round 1.',
  'menus.team.waitNext': 'Waiting for the teacher to open the next round.',
  'menus.team.captainCommits':
    'Only your captain, {name}, commits for the team. Propose an option instead.',
  'menus.team.noCaptain': 'Only a captain commits for the team; the teacher has not named one yet.',

  // A capital's status on the console and the projector.
  'menus.status.aiDeciding': 'AI deciding',
  'menus.status.ai': 'AI',
  'menus.status.deciding': 'deciding…',
  'menus.status.committed': 'committed',
  'menus.status.locked': 'committed (locked)',
  'menus.status.waiting': 'waiting',

  // A room at a glance (parts joined with " · ").
  'menus.summary.notStarted': 'Not started',
  'menus.summary.round': 'Round {round} of {rounds}',
  'menus.summary.phase.briefing': 'briefing',
  'menus.summary.phase.decisions': 'teams deciding',
  'menus.summary.phase.report': 'round revealed',
  'menus.summary.phase.debrief': 'game over',
  'menus.summary.paused': '{phase}, paused',
  'menus.summary.committed': '{done} of {teams} teams committed',
  'menus.summary.students': '{count, plural, one {# student} other {# students}}',
  'menus.summary.studentsAway': '{count, plural, one {# student} other {# students}} ({away} away)',
  'menus.summary.locked': 'locked',

  // The teacher's class console (src/board/dom/room-console.ts, src/board/classroom-console.ts).
  'menus.console.heading': 'Class console',
  'menus.console.opening': 'Opening the console…',
  'menus.console.addRoom': 'Add a room (another group)',
  'menus.console.createRoom': 'Create a room',
  'menus.console.debrief': 'Class debrief ({finished} of {total} finished)',
  'menus.console.debriefWhen': 'Once a room has finished its game',
  'menus.console.title': 'Title',
  'menus.console.empty': 'No rooms yet: create one, then show its code on the projector.',
  'menus.console.room': 'Room {code}',
  'menus.console.inFocus': 'In focus',
  'menus.console.focus': 'Focus',
  'menus.console.col.capital': 'Capital',
  'menus.console.col.status': 'Status',
  'menus.console.col.team': 'Team',
  'menus.console.col.proposals': 'Proposals',
  'menus.console.col.choice': 'Choice (only you see it)',
  'menus.console.awayTitle': 'away',
  'menus.console.proposal': '{name}: {option}',
  'menus.console.done': 'Done.',
  'menus.console.roomName': 'code {code}',

  // The room in focus (src/board/dom/room-controls.ts).
  'menus.controls.begin': 'Begin round 1',
  'menus.controls.openRound': 'Open round {round}',
  'menus.controls.over': 'The game is over.',
  'menus.controls.deciding': 'Teams are deciding.',
  'menus.controls.facilitator': 'Facilitator controls',
  'menus.controls.board': 'Open the board',
  'menus.controls.showCode': 'Show the code',
  'menus.controls.lock': 'Lock the room (no one joins or changes team)',
  'menus.controls.commitRule': 'Who commits for a team',
  'menus.controls.anyCommits': 'Any member commits',
  'menus.controls.captainCommits': 'Only the captain commits',
  'menus.controls.noStudents': 'No students have joined yet.',
  'menus.controls.teamOf': 'Team of {name}',
  'menus.controls.noTeam': 'Not on a team',
  'menus.controls.makeCaptain': 'Make captain',
  'menus.controls.remove': 'Remove',

  // A room's setup (src/board/room-setup.ts).
  'menus.room.heading': 'A room for the class: {title}',
  'menus.room.legend': 'The room',
  'menus.room.scenario': 'Scenario',
  'menus.room.minutes': 'Round timer, minutes (0: none)',
  'menus.room.timeUp': 'When time is up',
  'menus.room.timeUp.aiDecides': 'the AI decides for teams still deciding',
  'menus.room.timeUp.selectionStands': "a team's current choice stands (else the AI decides)",
  'menus.room.timeUp.roundWaits': 'the round waits for every team',
  'menus.room.anyMember': 'Any member',
  'menus.room.captain': 'Only its captain (you name one)',
  'menus.room.create': 'Create the room',

  // The copy of the game kept in this browser (src/offline/offline-notice.ts).
  'menus.offline.ready':
    'Overflight is now kept in this browser: it will open here even without the internet.',
  'menus.offline.update': 'A new version of Overflight is ready. Reload when the class is done.',
  'menus.offline.updatedElsewhere':
    'Overflight was updated in another tab. Reload this one when the class is done.',
  'menus.offline.ok': 'OK',
  'menus.offline.reload': 'Reload now',
  'menus.offline.later': 'Later',
} as const;
