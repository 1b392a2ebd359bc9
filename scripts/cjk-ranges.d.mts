/** Whether a character needs the Japanese or Korean web font. */
export function needsCjkFont(ch: string): boolean;
