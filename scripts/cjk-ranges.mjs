// Characters the Latin font (DejaVu Sans) does not draw: CJK, kana, Hangul, full-width forms.
// Shared by scripts/build-fonts.mjs and the test that checks the fonts cover the translations.

/** Whether a character needs the Japanese or Korean web font. */
export function needsCjkFont(ch) {
  const c = ch.codePointAt(0);
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}
