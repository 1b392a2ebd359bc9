import { t } from '../../i18n/messages';
import type { LabelProblem } from '../../model/labels';

/**
 * A problem with a game's labels in the page's words, as a clause ("the class must …"): the
 * setup form says it beside its field, a record's refusal inside a sentence.
 */
export function labelProblemText(problem: LabelProblem): string {
  switch (problem.problem) {
    case 'empty':
      return t(`menus.labels.problem.${problem.field}.empty`);
    case 'too-long':
      return t(`menus.labels.problem.${problem.field}.tooLong`, { max: problem.max });
    case 'characters':
      return t(`menus.labels.problem.${problem.field}.characters`);
    case 'spaces':
      return t(`menus.labels.problem.${problem.field}.spaces`);
    case 'date-format':
      return t('menus.labels.problem.date.format');
    case 'date-day':
      return t('menus.labels.problem.date.day');
    case 'ai-team':
      return t('menus.labels.problem.aiTeam');
    case 'other':
      return t('menus.labels.problem.other');
  }
}

/** The same, as a sentence on its own (beside a form's field): its first letter capitalized. */
export function labelProblemSentence(problem: LabelProblem): string {
  const text = labelProblemText(problem);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
