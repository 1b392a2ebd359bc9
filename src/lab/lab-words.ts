// The lab's words for what its worker reports in data (a failed run, a request's problems), and
// the small pieces its screen shares: a strategy's letter, a list of names, a stretch of rounds.
// The worker never imports this: it says no words, the page says them in its language.
import { t } from '../i18n/messages';
import type { CommandIssue, LabFailure, RequestProblem, StrategyKey } from './lab-run';

/** A strategy's letter from its key: A or B. */
export function strategyLetter(key: StrategyKey): string {
  return t(key === 'a' ? 'lab.strategy.a' : 'lab.strategy.b');
}

/** Names side by side, as the lab lists them ("Pyongyang, Seoul"; 「平壌、ソウル」). */
export function nameList(items: readonly string[]): string {
  return items.join(t('lab.separator.comma'));
}

/** "1–4": a stretch of numbers (rounds, seeds), as the language writes one. */
export function numberRange(from: number, to: number): string {
  return t('lab.range', { from: String(from), to: String(to) });
}

/** One problem of a request, in a line: "the first seed must be a whole number from 0 to …". */
export function requestProblemText(problem: RequestProblem): string {
  switch (problem.kind) {
    case 'games':
      return t('lab.problem.games', { max: String(problem.max) });
    case 'seed':
      return t('lab.problem.seed', { max: String(problem.max) });
    case 'lens':
      return t('lab.problem.lens', {
        strategy: strategyLetter(problem.strategy),
        lens: problem.lens,
      });
    case 'option':
      return t('lab.problem.option', {
        strategy: strategyLetter(problem.strategy),
        capital: problem.capital,
        option: problem.option,
      });
  }
}

/** Why the worker could not read a message: "request.runs must be a whole number from 1 to …". */
export function commandIssueText(issue: CommandIssue): string {
  const where = issue.where ?? t('lab.issue.theMessage');
  switch (issue.id) {
    case 'missing':
      return t('lab.issue.missing', { where });
    case 'type':
      return t('lab.issue.type', { where, expected: issue.expected });
    case 'unknownKeys':
      return t('lab.issue.unknownKeys', { where, keys: nameList(issue.keys) });
    case 'unknownValue':
      return t('lab.issue.unknownValue', { where });
    case 'tooLong':
      return t('lab.issue.tooLong', { where, max: String(issue.max) });
    case 'range':
      return t('lab.issue.range', { where, min: String(issue.min), max: String(issue.max) });
    case 'turnOrder':
      return t('lab.issue.turnOrder', { where });
    case 'seedTooLarge':
      return t('lab.issue.seedTooLarge', { where, max: String(issue.max) });
    case 'detail':
      return t('lab.issue.detail', { where, detail: issue.detail });
    case 'wrong':
      return t('lab.issue.wrong', { where });
  }
}

/** A failed run, as the lab's alert says it. */
export function failureText(failure: LabFailure): string {
  switch (failure.kind) {
    case 'unreadable':
      return t('lab.failure.unreadable', { problem: commandIssueText(failure.issue) });
    case 'scenario':
      return t('lab.failure.scenario', { errors: failure.errors.join('\n') });
    case 'request':
      return failure.problems.map(requestProblemText).join('\n');
    case 'crashed':
      return t('lab.failure.crashed', { detail: failure.detail });
    case 'noAnswer':
      return t('lab.failure.noAnswer');
    case 'workerFailed':
      return failure.detail === null
        ? t('lab.failure.workerFailed')
        : t('lab.failure.workerError', { detail: failure.detail });
  }
}
