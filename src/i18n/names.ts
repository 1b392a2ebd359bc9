// The names every screen shares, from the catalog: capitals (by their seats of government, as
// players speak of them) and indicators.
import type { CapitalId, IndicatorId } from '../model/ids';
import { t } from './messages';

/** A capital's name in the page's language: Washington, ワシントン, 워싱턴. */
export function capitalName(capital: CapitalId): string {
  return t(`common.capital.${capital}`);
}

/** An indicator's full name. */
export function indicatorLabel(id: IndicatorId): string {
  return t(`common.indicator.${id}.label`);
}

/** An indicator's name in a word or two, where the full name does not fit. */
export function indicatorShort(id: IndicatorId): string {
  return t(`common.indicator.${id}.short`);
}

/** What a high value of an indicator means. */
export function indicatorMeaning(id: IndicatorId): string {
  return t(`common.indicator.${id}.meaning`);
}
