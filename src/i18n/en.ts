// The English catalog: every UI text the game shows, by key. Keys are `area.what`; each area's
// texts live in src/i18n/en/<area>.ts, and the other languages translate the same keys in
// src/i18n/<locale>/<area>.json. The key type comes from this object, so a mistyped key does
// not compile.
import common from './en/common';
import debrief from './en/debrief';
import lab from './en/lab';
import menus from './en/menus';
import play from './en/play';
import why from './en/why';

export const EN = { ...common, ...play, ...why, ...debrief, ...menus, ...lab } as const;

/** The catalog areas, each a file in every locale's folder. */
export const CATALOG_AREAS = ['common', 'play', 'why', 'debrief', 'menus', 'lab'] as const;
