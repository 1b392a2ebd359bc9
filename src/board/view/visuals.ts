import { t } from '../../i18n/messages';
import { capitalName } from '../../i18n/names';
import type { CapitalId } from '../../model/ids';
import type { Option } from '../../model/schema';
import type { TrajectoryKind } from '../trajectories';

/** What the map shows for a decision: a flight (or nuclear test), or another visual. */
export type Visual = TrajectoryKind | 'exercise' | 'sanctions' | 'talks' | 'defence' | 'none';

/** The map visual for an option, from its tags (content stays free of presentation). */
export function visualFor(option: Option | undefined): Visual {
  if (!option) return 'none';
  const tags = new Set(option.tags);
  if (tags.has('overflight')) return 'overflight';
  if (tags.has('salvo')) return 'salvo';
  if (tags.has('icbm')) return 'icbm';
  if (tags.has('nuclear-test')) return 'nuclear';
  if (tags.has('cruise')) return 'cruise';
  if (tags.has('lofted')) return 'lofted';
  if (tags.has('missile-test')) return 'short';
  if (tags.has('threat')) return 'guam-threat';
  if (tags.has('show-of-force')) return 'bomber';
  if (tags.has('exercise')) return 'exercise';
  if (tags.has('sanctions')) return 'sanctions';
  if (tags.has('talks-offer')) return 'talks';
  if (tags.has('missile-defence') || tags.has('intercept')) return 'defence';
  return 'none';
}

/** Words for a visual, shown as a caption on the map so its meaning never rests on the picture alone. */
export function visualCaption(capital: CapitalId, label: string): string {
  return t('play.visual.caption', { capital: capitalName(capital), label });
}
