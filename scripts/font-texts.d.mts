/** A language's texts for its web font: those the screens before the first board show, and all. */
export function fontTexts(root: string, locale: string): { first: string; all: string };
