// The kinds of launch in words, in the page's language: the long name an option's "why?" gives
// (model/launches.ts keeps the English for the command line's tables) and the short name of a
// row of the launch record's table.
import { t } from '../i18n/messages';
import type { LaunchKind } from '../model/launches';

/** A kind of launch in plain words: "medium/intermediate range (into the sea)". */
export function launchKindLabel(kind: LaunchKind): string {
  return t(`why.launchKind.${kind}`);
}

/** A kind's short name, for a table's row where twelve rounds must fit beside it. */
export function kindRowLabel(kind: LaunchKind): string {
  return t(`why.launchKind.${kind}.row`);
}
